import { describe, expect, it } from 'vitest';
import { primaryLocationLineHashes } from '../../../../shared/engine/primary-location-line-hashes.js';
import { hashPrimaryLines } from '../../../../shared/engine/stages/hash-primary-lines.js';
import { locateFindings } from '../../../../shared/engine/stages/locate-findings.js';
import { pipelineFinding, type PipelineFinding } from '../../../../shared/engine/stages/pipeline-finding.js';
import { createFileSet } from '../../../../shared/files/file-set.js';
import { runReview } from '../../../../shared/engine/run-review.js';
import { DEFAULT_POLICY } from '../../../../shared/policy/policy-schema.js';
import { secretsAnalyzer } from '../../../../shared/secrets/secrets-analyzer.js';
import { hitRule, raw, secretRule } from './stage-helpers.js';

/** Line hashes of the findings in `files`, with `found` as every finding the analyzers reported. */
function hashes(
  files: Record<string, string>,
  findings: readonly PipelineFinding[],
  found: readonly PipelineFinding[] = findings,
): (string | undefined)[] {
  const head = createFileSet(files);
  return hashPrimaryLines(locateFindings(findings, head), head, found).map((f) => f.lineHash);
}

const secretAt = (path: string, text: string, value: string): PipelineFinding =>
  pipelineFinding(
    raw(path, text.indexOf(value), text.indexOf(value) + value.length, { ruleId: secretRule.id, messageId: 'key', data: { masked: 'sk_****' } }),
    secretRule,
  );

describe('hashPrimaryLines', () => {
  it("gives each finding GitHub's hash of its start line", () => {
    const text = 'one\ntwo HIT\nthree\n';
    const [hash] = hashes({ 'a.ts': text }, [pipelineFinding(raw('a.ts', 8, 11), hitRule)]);
    expect(hash).toBe(primaryLocationLineHashes(text)[1]);
    expect(hash).toMatch(/^[0-9a-f]{1,16}:\d+$/);
  });

  it('hashes the file with every found secret masked: the value never feeds the hash', () => {
    const one = 'const a = "sk_live_AAAAAAAAAAAA";\nconst b = HIT;\n';
    const two = 'const a = "sk_live_BBBBBBBBBBBB";\nconst b = HIT;\n';
    const findingsOf = (text: string, secret: string) => [
      secretAt('a.ts', text, secret),
      pipelineFinding(raw('a.ts', text.indexOf('HIT'), text.indexOf('HIT') + 3), hitRule),
    ];
    const a = hashes({ 'a.ts': one }, findingsOf(one, 'sk_live_AAAAAAAAAAAA'));
    const b = hashes({ 'a.ts': two }, findingsOf(two, 'sk_live_BBBBBBBBBBBB'));
    expect(a).toEqual(b);
    expect(a[0]).toBe(primaryLocationLineHashes(`const a = "${'*'.repeat(20)}";\nconst b = HIT;\n`)[0]);
    // Unmasked, the secret would change line 1's hash.
    expect(a[0]).not.toBe(primaryLocationLineHashes(one)[0]);
  });

  it('masks secrets the report leaves out (found, but not among the findings hashed)', () => {
    const one = 'HIT = 1\nkey = "sk_live_AAAA"\n';
    const two = 'HIT = 1\nkey = "sk_live_BBBB"\n';
    const hit = pipelineFinding(raw('a.ts', 0, 3), hitRule);
    const a = hashes({ 'a.ts': one }, [hit], [hit, secretAt('a.ts', one, 'sk_live_AAAA')]);
    const b = hashes({ 'a.ts': two }, [hit], [hit, secretAt('a.ts', two, 'sk_live_BBBB')]);
    expect(a).toEqual(b);
  });

  it('masks the whole file for a whole-file secret finding, keeping its lines', () => {
    const env = pipelineFinding(raw('.env', 0, 0, { ruleId: secretRule.id, messageId: 'key', data: { masked: '' } }), secretRule);
    const [a] = hashes({ '.env': 'A=secret-one\nB=2\n' }, [env]);
    const [b] = hashes({ '.env': 'A=secret-two\nB=2\n' }, [env]);
    expect(a).toBe(b);
    expect(a).toBe(primaryLocationLineHashes('************\n***\n')[0]);
  });

  it('hashes a pinned finding in its pinned text, and an unread file as empty', () => {
    const pinned = pipelineFinding(raw('policy.yml', 5, 8), hitRule, 'a: 1\nHIT\n');
    const unread = pipelineFinding(raw('big.bin', 0, 0), hitRule, '');
    const [p, u] = hashes({ 'policy.yml': 'other text\n' }, [pinned, unread]);
    expect(p).toBe(primaryLocationLineHashes('a: 1\nHIT\n')[1]);
    expect(u).toBe(primaryLocationLineHashes('')[0]);
  });

  it('masks a pinned text entirely when a secret was found in that path', () => {
    const head = 'k = "sk_live_AAAA"\n';
    const secret = secretAt('.github/tollgate.yml', head, 'sk_live_AAAA');
    const pinned = (text: string) => pipelineFinding(raw('.github/tollgate.yml', 0, 1), hitRule, text);
    const [a] = hashes({ '.github/tollgate.yml': head }, [pinned('k: sk_live_AAAA\n')], [secret]);
    const [b] = hashes({ '.github/tollgate.yml': head }, [pinned('k: sk_live_BBBB\n')], [secret]);
    expect(a).toBe(b);
  });
});

describe('runReview lineHashes', () => {
  const head = new Map([['config/app.ts', 'export const one = 1;\nconst key = "sk_live_51Hc9xQ2eZvKYlo2C8mN3pR7tW0aBcDeF";\n']]);

  it('are computed by default and left out with lineHashes: false, every other field the same', async () => {
    const withHashes = await runReview({ head, policy: DEFAULT_POLICY, analyzers: [secretsAnalyzer] });
    const without = await runReview({ head, policy: DEFAULT_POLICY, analyzers: [secretsAnalyzer], lineHashes: false });
    expect(withHashes.findings.length).toBeGreaterThan(0);
    expect(withHashes.findings.every((f) => f.lineHash !== undefined)).toBe(true);
    expect(without.findings.some((f) => f.lineHash !== undefined)).toBe(false);
    expect(without.findings).toEqual(withHashes.findings.map(({ lineHash: _lineHash, ...rest }) => rest));
  });
});
