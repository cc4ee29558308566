import { describe, expect, it } from 'vitest';
import { applySuppressions } from '../../../../shared/engine/stages/apply-suppressions.js';
import type { Finding } from '../../../../shared/model/finding.js';
import type { InlineSuppression } from '../../../../shared/suppressions/find-inline-suppressions.js';
import { policy } from './stage-helpers.js';

const finding = (ruleId: string, line: number, fingerprint = 'f'.repeat(32)): Finding => ({
  ruleId,
  messageId: 'm',
  severity: 'error',
  path: 'a.ts',
  range: { start: 0, end: 1 },
  location: { startLine: line, startColumn: 1, endLine: line, endColumn: 2 },
  message: 'm',
  fingerprint,
  data: {},
  docsUrl: '',
});
const comment = (line: number, rules: string[], reason: string, kind: InlineSuppression['kind'] = 'inline'): InlineSuppression => ({
  kind,
  commentLine: line,
  targetLine: line,
  rules,
  reason,
  start: 0,
  end: 1,
});

describe('applySuppressions', () => {
  it('suppresses findings a comment with a reason targets, and says where the comment is', () => {
    const inline = new Map([['a.ts', [comment(1, ['word/*'], 'test value'), comment(2, ['word/hit'], '')]]]);
    const out = applySuppressions(
      [
        { finding: finding('word/hit', 1), pinned: false },
        { finding: finding('word/hit', 2), pinned: false },
      ],
      inline,
      policy(),
      undefined,
    );
    expect(out.suppressed.map((f) => [f.location.startLine, f.suppression])).toEqual([
      [1, { kind: 'inline', reason: 'test value', path: 'a.ts', line: 1 }],
    ]);
    expect(out.findings.map((f) => f.location.startLine)).toEqual([2]);
  });

  it('honours legacy markers and inline comments only as the policy says', () => {
    const inline = new Map([['a.ts', [comment(1, ['secrets/*'], 'gitleaks:allow', 'legacy-marker'), comment(2, ['secrets/key'], 'ok')]]]);
    const list = [
      { finding: finding('secrets/key', 1), pinned: false },
      { finding: finding('secrets/key', 2), pinned: false },
    ];
    expect(applySuppressions(list, inline, policy(), undefined).suppressed).toHaveLength(2);
    expect(applySuppressions(list, inline, policy({ suppressions: { legacyMarkers: false, inline: false } }), undefined).suppressed).toHaveLength(0);
  });

  it('suppresses baseline fingerprints', () => {
    const fp = 'a'.repeat(32);
    const out = applySuppressions([{ finding: finding('word/hit', 3, fp), pinned: false }], new Map(), policy(), {
      version: 1,
      findings: [{ fingerprint: fp, ruleId: 'word/hit', path: 'a.ts' }],
    });
    expect(out.suppressed.map((f) => f.suppression)).toEqual([{ kind: 'baseline', reason: 'listed in the baseline' }]);
  });

  it('never suppresses pinned findings, suppression findings or engine failures', () => {
    const inline = new Map([['a.ts', [comment(1, ['*'], 'everything')]]]);
    const fp = 'b'.repeat(32);
    const baseline = { version: 1 as const, findings: [{ fingerprint: fp, ruleId: 'word/hit', path: 'a.ts' }] };
    const list = [
      { finding: finding('word/hit', 1, fp), pinned: true },
      { finding: finding('suppressions/moved', 1), pinned: false },
      { finding: finding('tollgate/analyzer-failed', 1), pinned: false },
      { finding: finding('tollgate/file-not-analyzed', 1), pinned: false },
    ];
    const out = applySuppressions(list, inline, policy(), baseline);
    expect(out.suppressed).toEqual([]);
    expect(out.findings).toHaveLength(4);
  });
});
