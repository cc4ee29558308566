import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken, gitIn, randomString, runTollgate, tempTree } from './run-tollgate.js';

/**
 * The attack: a token sits where a parser or a schema complains about it — an
 * unresolved alias, a block-scalar header, an unknown key, a rule id, next to a
 * JSON syntax error in a baseline or an IAM policy, an owner in CODEOWNERS. The
 * error is reported; the token appears in no output and no evidence file.
 */

const FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;

/** Neither the token nor any 10 characters of its random part. */
function expectAbsent(output: string, secret: string): void {
  expect(output).not.toContain(secret);
  const body = secret.slice(4);
  for (let i = 0; i + 10 <= body.length; i += 5) expect(output).not.toContain(body.slice(i, i + 10));
}

const POLICIES: readonly [string, (s: string) => string][] = [
  ['an unresolved alias', (s) => `ignore:\n  - *${s}\n`],
  ['a bad block-scalar header', (s) => `ignore:\n  - |${s}\n    x\n`],
  ['an unknown key', (s) => `suppressions:\n  ${s}: true\n`],
  ['a rule id', (s) => `rules:\n  ${s}:\n    severity: off\n`],
];

describe('error messages print no secret (tollgate scan)', () => {
  it.each(POLICIES)('policy with %s; invalid baseline and IAM JSON beside the token', async (_name, policy) => {
    const secret = fakeGithubToken();
    const root = tempTree({
      '.github/tollgate.yml': policy(secret),
      '.tollgate-baseline.json': `{"version": 1, "findings": [{"fingerprint": "${secret}" "ruleId": 1}]}`,
      'iam/policy.json': `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*" "Sid": "${secret}"}]}`,
    });
    for (const format of FORMATS) {
      const run = await runTollgate(['scan', '.', '--format', format], root);
      expect(run.code, run.stderr).not.toBe(0);
      expectAbsent(run.stdout + run.stderr, secret);
      if (format === 'json') {
        const ruleIds = (JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId);
        expect(ruleIds).toContain('tollgate/policy-invalid');
        expect(ruleIds).toContain('scopes/malformed-file');
      }
    }
  });

  it('a baseline whose unknown key is a token', async () => {
    const secret = `Xk9v${randomString(28)}`;
    const root = tempTree({ '.tollgate-baseline.json': JSON.stringify({ version: 1, findings: [], [secret]: 1 }) });
    const run = await runTollgate(['scan', '.', '--format', 'json'], root);
    expect((JSON.parse(run.stdout) as { findings: { ruleId: string }[] }).findings.map((f) => f.ruleId)).toContain('tollgate/policy-invalid');
    expectAbsent(run.stdout + run.stderr, secret);
  });
});

describe('error messages print no secret (tollgate review, evidence, policy check)', () => {
  it('review: policy, baseline, CODEOWNERS and IAM errors in text, JSON, markdown and the evidence file', async () => {
    const secret = fakeGithubToken();
    const root = tempTree({
      '.github/tollgate.yml': `ignore:\n  - *${secret}\n`,
      '.github/CODEOWNERS': `* @acme/security ${secret}\n`,
      '.tollgate-baseline.json': `{"version": 1, "findings": [${secret}]}`,
      'README.md': 'base\n',
    });
    gitIn(root, 'init', '-q');
    gitIn(root, 'add', '.');
    gitIn(root, 'commit', '-qm', 'base');
    gitIn(root, 'checkout', '-qb', 'change');
    tempTreeWrite(root, 'iam/policy.json', `{"Statement": [{"Effect": "Allow", "Action": "s3:*" "Resource": "${secret}"}]}`);
    gitIn(root, 'add', '.');
    gitIn(root, 'commit', '-qm', 'change');
    let all = '';
    for (const format of ['text', 'json', 'markdown']) {
      const run = await runTollgate(['review', '--base', 'main', '--format', format, '--evidence', `out/evidence-${format}.json`], root);
      all += run.stdout + run.stderr + readFileSync(join(root, `out/evidence-${format}.json`), 'utf8');
      if (format === 'json') expect(run.stdout).toContain('tollgate/policy-invalid');
    }
    expectAbsent(all, secret);
  });

  it('policy check: every attack is reported with its position, the token never', async () => {
    for (const [, policy] of POLICIES) {
      const secret = fakeGithubToken();
      const run = await runTollgate(['policy', 'check', 'p.yml'], tempTree({ 'p.yml': `version: 1\n${policy(secret)}` }));
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^p\.yml:\d+:\d+: /m);
      expectAbsent(run.stdout + run.stderr, secret);
    }
  });

  it('--reviews: an invalid JSON file with a token is reported by position only', async () => {
    const secret = fakeGithubToken();
    const root = tempTree({ 'README.md': 'x\n' });
    gitIn(root, 'init', '-q');
    gitIn(root, 'add', '.');
    gitIn(root, 'commit', '-qm', 'base');
    tempTreeWrite(root, 'reviews.json', `{"reviews": [${secret}]}`);
    const run = await runTollgate(['review', '--base', 'main', '--reviews', 'reviews.json'], root);
    expect(run.code).toBe(2);
    expectAbsent(run.stdout + run.stderr, secret);
    tempTreeWrite(root, 'reviews.json', JSON.stringify({ reviews: [], [secret]: 1 }));
    const unknownKey = await runTollgate(['review', '--base', 'main', '--reviews', 'reviews.json'], root);
    expect(unknownKey.code).toBe(2);
    expectAbsent(unknownKey.stdout + unknownKey.stderr, secret);
  });
});

describe('an invalid regex in the policy is a positioned error (tollgate policy check)', () => {
  it('exits 1 naming the file, line and key path of allow.match', async () => {
    const root = tempTree({
      'p.yml': 'allow:\n  - rule: "secrets/*"\n    reason: fixtures\n  - rule: "secrets/*"\n    match: "[unclosed"\n    reason: fixtures\n',
    });
    const run = await runTollgate(['policy', 'check', 'p.yml'], root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^p\.yml:5:\d+: allow\.1\.match: /m);
  });
});

function tempTreeWrite(root: string, path: string, content: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
