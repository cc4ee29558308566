import { describe, expect, it } from 'vitest';
import { engineRules } from '../../../../shared/engine/engine-rules.js';
import { fingerprint } from '../../../../shared/engine/fingerprint.js';
import { fingerprintFindings } from '../../../../shared/engine/stages/fingerprint-findings.js';
import { locateFindings } from '../../../../shared/engine/stages/locate-findings.js';
import { pipelineFinding } from '../../../../shared/engine/stages/pipeline-finding.js';
import { createFileSet } from '../../../../shared/files/file-set.js';
import type { OffsetRange } from '../../../../shared/model/finding.js';
import { hitRule, raw, secretRule } from './stage-helpers.js';

const located = (text: string, ...findings: Parameters<typeof locateFindings>[0]) =>
  locateFindings(findings, createFileSet({ 'a.ts': text, '.env': text }));
const none = new Map<string, OffsetRange[]>();

describe('fingerprintFindings', () => {
  it("renders the message and hashes the line with the finding's own characters masked", () => {
    const [out] = fingerprintFindings(located('const k = HIT;\n', pipelineFinding(raw('a.ts', 10, 13), hitRule)), none);
    expect(out?.pinned).toBe(false);
    expect(out?.finding).toMatchObject({
      ruleId: 'word/hit',
      severity: 'error',
      message: 'found HIT',
      location: { startLine: 1, startColumn: 11 },
      docsUrl: hitRule.docsUrl,
    });
    expect(out?.finding.fingerprint).toBe(fingerprint({ ruleId: 'word/hit', path: 'a.ts', maskedLine: 'const k = ***;', occurrence: 0 }));
  });

  it('masks every secret range on the line, so another secret never feeds the hash', () => {
    const finding = pipelineFinding(raw('a.ts', 0, 3), hitRule);
    const a = fingerprintFindings(located('HIT k=SECRET1', finding), new Map([['a.ts', [{ start: 6, end: 13 }]]]));
    const b = fingerprintFindings(located('HIT k=SECRET2', finding), new Map([['a.ts', [{ start: 6, end: 13 }]]]));
    expect(a[0]?.finding.fingerprint).toBe(b[0]?.finding.fingerprint);
  });

  it('hashes no line for a whole-file secret finding or a pinned finding on an unread file', () => {
    const wholeFile = pipelineFinding(raw('.env', 0, 0, { ruleId: secretRule.id, messageId: 'key' }), secretRule);
    const [one] = fingerprintFindings(located('A=1\n', wholeFile), none);
    const [two] = fingerprintFindings(located('B=2\n', wholeFile), none);
    expect(one?.finding.fingerprint).toBe(two?.finding.fingerprint);
    const unread = pipelineFinding(
      raw('a.ts', 0, 0, { ruleId: engineRules.fileNotAnalyzed.id, messageId: 'binary', data: { path: 'a.ts' } }),
      engineRules.fileNotAnalyzed,
      '',
    );
    const [pinned] = fingerprintFindings(located('whatever', unread), none);
    expect(pinned?.pinned).toBe(true);
    expect(pinned?.finding.fingerprint).toBe(fingerprint({ ruleId: engineRules.fileNotAnalyzed.id, path: 'a.ts', maskedLine: '', occurrence: 0 }));
  });

  it('tells identical findings apart by occurrence, in order, and uses the hint', () => {
    const text = 'HIT\nHIT\n';
    const out = fingerprintFindings(
      located(
        text,
        pipelineFinding(raw('a.ts', 0, 3), hitRule),
        pipelineFinding(raw('a.ts', 4, 7), hitRule),
        pipelineFinding(raw('a.ts', 4, 7, { fingerprintHint: 'h' }), hitRule),
      ),
      none,
    );
    expect(out.map((o) => o.finding.fingerprint)).toEqual([
      fingerprint({ ruleId: 'word/hit', path: 'a.ts', maskedLine: '***', occurrence: 0 }),
      fingerprint({ ruleId: 'word/hit', path: 'a.ts', maskedLine: '***', occurrence: 1 }),
      fingerprint({ ruleId: 'word/hit', path: 'a.ts', maskedLine: '***', hint: 'h', occurrence: 0 }),
    ]);
  });

  it('masks the rest of the first line for a finding over several lines', () => {
    const [out] = fingerprintFindings(located('key = HIT\nMORE\n', pipelineFinding(raw('a.ts', 6, 14), hitRule)), none);
    expect(out?.finding.fingerprint).toBe(fingerprint({ ruleId: 'word/hit', path: 'a.ts', maskedLine: 'key = ***', occurrence: 0 }));
  });
});
