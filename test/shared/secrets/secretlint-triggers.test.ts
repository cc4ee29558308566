import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintSource } from '@secretlint/core';
import type { SecretLintCoreConfig } from '@secretlint/types';
import { describe, expect, it } from 'vitest';
import { loadSecretlint } from '../../../shared/secrets/secretlint-bridge.js';
import { SECRETLINT_TRIGGERS, secretlintRuleMayReport, type TriggerInput } from '../../../shared/secrets/secretlint-triggers.js';

/**
 * The pre-filter may skip a secretlint rule only where the rule reports nothing:
 * each rule is run alone on known positives (which must pass their trigger) and on
 * every fixture and corpus file (a rule that reports must have passed its trigger),
 * and the rules a file keeps report exactly what the whole preset reports. Fake
 * secrets are assembled from parts so no complete token shape appears here.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { config: SECRETLINT_CONFIG } = await loadSecretlint();
const ALNUM = 'Zq8Lm2Vx9Np3Rw7Bc1Hd6Jf0Ys5Ga4KtXe';
const B64 = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7' + 'Vq3n8Jx2Lk5Pm9Rt4Wz7Yb1Cd6Fg0Hj3Kl8Mn2Pq5Rs9Tu4Vw7Xy1Za6Bc0De3Fg';

function input(path: string, text: string): TriggerInput {
  const ext = path.includes('.') ? path.slice(path.lastIndexOf('.')) : '';
  return { text, lower: text.toLowerCase(), ext };
}

async function messagesOf(path: string, text: string, config: SecretLintCoreConfig): Promise<unknown[]> {
  const ext = path.includes('.') ? path.slice(path.lastIndexOf('.')) : '';
  const result = await lintSource({
    source: { content: text, filePath: path, ext, contentType: 'text' },
    options: { config, noPhysicFilePath: true, maskSecrets: false },
  });
  return result.messages;
}

const ruleConfig = (id: string): SecretLintCoreConfig => ({
  rules: SECRETLINT_CONFIG.rules.filter((r) => r.id === id) as SecretLintCoreConfig['rules'],
});

function opsToken(): string {
  let json = '{"email":"svc@1passwordserviceaccounts.lcl","secretKey":"A3-' + ALNUM + ALNUM + '"}';
  while (json.length % 3 !== 1) json = json.replace('"}', ' "}');
  return 'ops_' + Buffer.from(json).toString('base64').replace(/=+$/, '') + '==';
}

/** At least one file each rule reports on (and, for case-insensitive rules, an upper-case spelling). */
const POSITIVES: Record<string, [string, string][]> = {
  '@secretlint/secretlint-rule-aws': [
    ['a.ts', `const id = "AKIA${'Z7Q2W3E4R5T6Y7U8'}";`],
    ['a.env', `AWS_SECRET_ACCESS_KEY=${'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYzz7Q2W3E4R'}`],
    ['a.env', `SecretAccessKey: "${'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYzz7Q2W3E4R'}"`],
  ],
  '@secretlint/secretlint-rule-gcp': [
    [
      'sa.json',
      JSON.stringify({
        type: 'service_account',
        private_key_id: 'abc',
        private_key: `-----BEGIN PRIVATE KEY-----\n${B64}\n-----END PRIVATE KEY-----\n`,
      }),
    ],
    [
      'sa.json',
      `{"type":"service_account","private\\u005fkey_id":"abc","private_key":"-----BEGIN PRIVATE KEY-----\\n${B64}\\n-----END PRIVATE KEY-----\\n"}`,
    ],
  ],
  '@secretlint/secretlint-rule-privatekey': [['id_rsa', `-----BEGIN RSA PRIVATE KEY-----\n${B64}${B64}\n-----END RSA PRIVATE KEY-----\n`]],
  '@secretlint/secretlint-rule-npm': [
    ['a.txt', `token: npm_${(ALNUM + ALNUM).slice(0, 36)}`],
    ['.npmrc', `//registry.npmjs.org/:_authToken=${ALNUM}`],
    ['package.json', `{"repository": "https://${ALNUM}:x-oauth-basic@github.com/o/r.git"}`],
  ],
  '@secretlint/secretlint-rule-basicauth': [['a.ts', `const u = "https://svc-reporting:${'Xk9rT2mQ7vL4pW8z'}@db.example.com/x";`]],
  '@secretlint/secretlint-rule-slack': [
    ['a.ts', `const t = "xoxb-${'123456789012-1234567890123-'}${ALNUM.slice(0, 24)}";`],
    ['a.ts', `const h = "https://hooks.slack.com/services/${'T0ABCDEF1/B0ABCDEF2/'}${ALNUM.slice(0, 24)}";`],
    ['a.ts', `const h = "HTTPS://HOOKS.SLACK.COM/SERVICES/${'T0ABCDEF1/B0ABCDEF2/'}${ALNUM.slice(0, 24)}";`],
  ],
  '@secretlint/secretlint-rule-sendgrid': [['a.ts', `const k = "SG.${ALNUM.slice(0, 22)}.${(ALNUM + ALNUM).slice(0, 43)}";`]],
  '@secretlint/secretlint-rule-shopify': [['a.ts', `const k = "shpat_${'0123456789abcdef' + '0123456789abcdef'}";`]],
  '@secretlint/secretlint-rule-github': [
    ['a.ts', `const k = "ghp_${(ALNUM + ALNUM).slice(0, 36)}";`],
    ['a.ts', `const k = "github_pat_${(ALNUM + ALNUM + ALNUM).slice(0, 82)}";`],
  ],
  '@secretlint/secretlint-rule-openai': [['a.ts', `const k = "sk-${ALNUM.slice(0, 20)}T3BlbkFJ${ALNUM.slice(1, 21)}";`]],
  '@secretlint/secretlint-rule-anthropic': [['a.ts', `const k = "sk-ant-api03-${(ALNUM + ALNUM + ALNUM).slice(0, 93)}AA";`]],
  '@secretlint/secretlint-rule-linear': [['a.ts', `const k = "lin_api_${ALNUM.slice(0, 34)}";`]],
  '@secretlint/secretlint-rule-1password': [['a.env', `OP_SERVICE_ACCOUNT_TOKEN=${opsToken()}`]],
  '@secretlint/secretlint-rule-database-connection-string': [
    ['a.env', `DATABASE_URL=postgres://app:${'S3cr3tPassw0rdXyz'}@db.internal:5432/app`],
    ['a.env', `MONGO=mongodb+srv://app:${'S3cr3tPassw0rdXyz'}@cluster0.example.net/db`],
    ['a.env', `DB=JDBC:MYSQL://app:${'S3cr3tPassw0rdXyz'}@db.internal:3306/app`],
  ],
};

/** Every fixture and corpus file of the secrets tests (the held-out and real-world corpora included). */
function corpusFiles(): [string, string][] {
  const out: [string, string][] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push([relative(ROOT, path), readFileSync(path, 'utf8')]);
    }
  };
  for (const dir of ['shared/secrets/fixtures', 'corpus/holdout/files', 'corpus/real-world/secrets/files', 'corpus/real-world/scopes'])
    walk(join(ROOT, dir));
  return out;
}

describe('secretlint rule triggers', () => {
  it('covers every rule the bridge runs', () => {
    expect(SECRETLINT_CONFIG.rules.map((r) => r.id).sort()).toEqual(Object.keys(SECRETLINT_TRIGGERS).sort());
    expect(Object.keys(POSITIVES).sort()).toEqual(Object.keys(SECRETLINT_TRIGGERS).sort());
  });

  it('never skips a rule on a file it reports on: known positives', async () => {
    for (const [id, cases] of Object.entries(POSITIVES)) {
      for (const [path, text] of cases) {
        expect((await messagesOf(path, text, ruleConfig(id))).length, `${id} on ${text.slice(0, 40)}`).toBeGreaterThan(0);
        expect(secretlintRuleMayReport(id, input(path, text)), id).toBe(true);
      }
    }
  });

  it('skips a rule whose literals are absent, and runs a rule it does not know', () => {
    expect(secretlintRuleMayReport('@secretlint/secretlint-rule-github', input('a.ts', 'const x = "nothing here";'))).toBe(false);
    expect(secretlintRuleMayReport('@secretlint/secretlint-rule-gcp', input('a.ts', '{"private_key_id": "x"}'))).toBe(false);
    expect(secretlintRuleMayReport('@secretlint/secretlint-rule-gcp', input('a.p12', ''))).toBe(true);
    expect(secretlintRuleMayReport('@secretlint/secretlint-rule-new-vendor', input('a.ts', ''))).toBe(true);
  });

  it('is exact on every fixture and corpus file: a rule that reports passed its trigger, and the kept rules report what the preset does', async () => {
    const files = corpusFiles();
    expect(files.length).toBeGreaterThan(500);
    for (const [path, text] of files) {
      const kept = SECRETLINT_CONFIG.rules.filter((r) => secretlintRuleMayReport(r.id, input(path, text)));
      for (const rule of SECRETLINT_CONFIG.rules) {
        if (kept.includes(rule)) continue;
        expect(await messagesOf(path, text, ruleConfig(rule.id)), `${rule.id} on ${path}`).toEqual([]);
      }
      const subset = { rules: kept } as SecretLintCoreConfig;
      expect(kept.length === 0 ? [] : await messagesOf(path, text, subset), path).toEqual(await messagesOf(path, text, SECRETLINT_CONFIG));
    }
  }, 120_000);
});
