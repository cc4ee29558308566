import type { SecretLintCoreConfig } from '@secretlint/types';
import type { lintSource as LintSource } from '@secretlint/core';
import { createRule, type RuleMeta } from '../model/rule.js';
import type { ScannedFile, SecretCandidate } from './secret-detector.js';
import { SECRETLINT_TRIGGERS, secretlintRulesMayReport } from './secretlint-triggers.js';

/** secretlint, loaded when a file first needs it: most files trigger none of its rules. */
interface Secretlint {
  /** The recommended preset as the bridge runs it (every rule; see `configFor` for the rules run per file). */
  readonly config: SecretLintCoreConfig;
  readonly lintSource: typeof LintSource;
}

let loading: Promise<Secretlint> | undefined;

/** Loads secretlint's core and recommended preset once (about 400 KB of code a scan without a triggered rule never needs). */
export function loadSecretlint(): Promise<Secretlint> {
  loading ??= (async () => {
    const [{ lintSource }, { secretLintProfiler }, { rules: recommendedRules }] = await Promise.all([
      import('@secretlint/core'),
      import('@secretlint/profiler'),
      import('@secretlint/secretlint-rule-preset-recommend'),
    ]);
    // secretlint 11's profiler keeps every performance mark of the process and, for
    // each `::end` mark, searches all earlier entries: a long-lived process slows down
    // quadratically with the files it lints (measured: 3,800 files took ~87x as long
    // as 380). We never read its measures, so marks become no-ops; nothing is recorded.
    secretLintProfiler.mark = () => undefined;
    const config: SecretLintCoreConfig = {
      rules: recommendedRules
        // Inline markers are Tollgate's job: it honours and reports them itself.
        .filter((r) => r.meta.id !== '@secretlint/secretlint-rule-filter-comments')
        .map((r) => ({
          id: r.meta.id,
          rule: r,
          // The preset leaves AWS access-key-id scanning off; AI connectors leak them often.
          options: r.meta.id === '@secretlint/secretlint-rule-aws' ? { enableIDScanRule: true } : {},
        })) as SecretLintCoreConfig['rules'],
    };
    return { config, lintSource };
  })();
  return loading;
}

/** Our rule for each secretlint message id (one secretlint rule may report several kinds). */
const MESSAGE_RULES: Record<string, RuleMeta> = {};
const rule = (id: string, description: string, what: string, messageIds: string[]): RuleMeta => {
  const meta = createRule({
    id,
    description: `${description} (detected by secretlint's recommended preset).`,
    defaultSeverity: 'error',
    messages: {
      found: `${what} {{masked}} is hard-coded. Move it to a secret store and reference it (e.g. an environment variable), then revoke and rotate it.`,
    },
  });
  for (const m of messageIds) MESSAGE_RULES[m] = meta;
  return meta;
};

/** The rules secretlint's preset reports under, in Tollgate's naming. */
export const SECRETLINT_RULES: readonly RuleMeta[] = [
  rule('secrets/aws-access-key-id', 'AWS access key id', 'AWS access key id', ['AWSAccessKeyID']),
  rule('secrets/aws-secret-access-key', 'AWS secret access key', 'AWS secret access key', ['AWSSecretAccessKey']),
  rule('secrets/gcp-service-account-key', 'Google Cloud service-account private key (JSON or P12)', 'GCP service-account key', [
    'PrivateKeyJSON',
    'PrivateKeyP12',
  ]),
  rule('secrets/private-key', 'PEM private key (RSA, DSA, EC, OpenSSH, PGP)', 'Private key', ['PrivateKey']),
  rule('secrets/npm-token', 'npm access token', 'npm token', ['PackageJSON_xOauthToken', 'Npmrc_authToken', 'NPM_ACCESS_TOKEN']),
  rule('secrets/basic-auth-url', 'Credentials embedded in a URL (user:password@host)', 'URL credential', ['BasicAuth']),
  rule('secrets/slack-token', 'Slack bot, user, app or configuration token', 'Slack token', ['SLACK_TOKEN']),
  rule('secrets/slack-webhook', 'Slack incoming-webhook URL', 'Slack incoming webhook', ['IncomingWebhook']),
  rule('secrets/sendgrid-key', 'SendGrid API key', 'SendGrid API key', ['SENDGRID_KEY']),
  rule('secrets/shopify-token', 'Shopify access token or shared secret', 'Shopify token', ['SHOPIFY_KEY']),
  rule('secrets/github-token', 'GitHub token (classic or fine-grained PAT, OAuth, app, refresh)', 'GitHub token', ['GITHUB_TOKEN']),
  rule('secrets/openai-key', 'OpenAI API key', 'OpenAI API key', ['OPENAI_TOKEN']),
  rule('secrets/anthropic-key', 'Anthropic API key (including admin keys)', 'Anthropic API key', ['ANTHROPIC_API_KEY']),
  rule('secrets/linear-key', 'Linear API key', 'Linear API key', ['LINEAR_API_TOKEN']),
  rule('secrets/1password-token', '1Password service-account token', '1Password token', ['OPS_TOKEN']),
  rule('secrets/database-url', 'Database or broker connection string with a password', 'Connection string password', [
    'MongoDBConnection',
    'MySQLConnection',
    'PostgreSQLConnection',
  ]),
];

/** Configurations with only some of the rules (in the preset's order), by the rules' indices. */
const subsets = new Map<string, SecretLintCoreConfig>();

/**
 * The configuration with only the rules that may report on the file (see
 * `secretlint-triggers.ts`), or undefined when none may: then secretlint is not run,
 * nor loaded. Every rule of the preset has a trigger (a test holds the two lists
 * equal), so when no trigger holds, no rule may report.
 */
async function configFor(
  file: ScannedFile,
  lower: string,
  ext: string,
  present: ((needed: string) => boolean) | undefined,
): Promise<{ config: SecretLintCoreConfig; lintSource: typeof LintSource } | undefined> {
  const mayReport = secretlintRulesMayReport({ text: file.text, lower, ext }, present);
  if (!Object.keys(SECRETLINT_TRIGGERS).some((id) => mayReport(id))) return undefined;
  const { config, lintSource } = await loadSecretlint();
  const picked: number[] = [];
  config.rules.forEach((r, i) => {
    if (mayReport(r.id)) picked.push(i);
  });
  if (picked.length === 0) return undefined;
  if (picked.length === config.rules.length) return { config, lintSource };
  const key = picked.join(',');
  let subset = subsets.get(key);
  if (!subset) {
    subset = { rules: picked.map((i) => config.rules[i]) as SecretLintCoreConfig['rules'] };
    subsets.set(key, subset);
  }
  return { config: subset, lintSource };
}

/** Messages this bridge does not report (an account id is not a secret). */
const IGNORED_MESSAGES = new Set(['AWSAccountID']);

/** Where the secret sits inside what a secretlint message covers. */
const VALUE_KEYS = ['KEY', 'ID', 'TOKEN', 'URI', 'URL', 'CREDENTIAL', 'SECRET', 'PASSWORD', 'PRIVATE_KEY'];

/**
 * Runs secretlint's recommended preset (minus its comment filter) on one file, in
 * process, and returns candidates under Tollgate's rule ids. Only the rules that
 * may report on the file run (an exact pre-filter: `secretlint-triggers.ts`). The
 * raw value is recovered from the message data and re-located in the text, because
 * some secretlint rules report a range that does not cover the value exactly.
 *
 * @param lower the file's text lower-cased, when the caller has it already
 * @param present whether a trigger string is in `lower`, when the caller has looked already (see `secretlintRulesMayReport`)
 */
export async function secretlintCandidates(
  file: ScannedFile,
  lower: string = file.text.toLowerCase(),
  present?: (needed: string) => boolean,
): Promise<SecretCandidate[]> {
  const ext = file.path.includes('.') ? file.path.slice(file.path.lastIndexOf('.')) : '';
  const subset = await configFor(file, lower, ext, present);
  if (!subset) return [];
  const result = await subset.lintSource({
    source: { content: file.text, filePath: file.path, ext, contentType: 'text' },
    options: { config: subset.config, noPhysicFilePath: true, maskSecrets: false },
  });
  const out: SecretCandidate[] = [];
  for (const message of result.messages) {
    if (IGNORED_MESSAGES.has(message.messageId)) continue;
    const meta = MESSAGE_RULES[message.messageId];
    if (!meta) continue;
    if (message.messageId === 'PrivateKeyJSON') {
      // secretlint reports the whole file and only its name; the secret is the `private_key` value.
      const key = /"private_key"\s{0,20}:\s{0,20}"/.exec(file.text);
      if (!key) continue;
      const start = key.index + key[0].length;
      const end = file.text.indexOf('"', start);
      if (end === -1) continue;
      out.push({ ruleId: meta.id, messageId: 'found', start, end, value: file.text.slice(start, end), priority: 5 });
      continue;
    }
    const data = (message.data ?? {}) as Record<string, unknown>;
    const reported =
      VALUE_KEYS.map((k) => data[k]).find((v): v is string => typeof v === 'string') ??
      Object.values(data).find((v): v is string => typeof v === 'string') ??
      file.text.slice(message.range[0], message.range[1]);
    const value = reported.replace(/["'`;,)\]}>\s]+$/, '');
    if (value.length === 0) continue;
    let start = file.text.indexOf(value, Math.max(0, message.range[0] - 8));
    if (start === -1 || start > message.range[1] + 200) start = file.text.indexOf(value);
    if (start === -1) continue;
    out.push({
      ruleId: meta.id,
      messageId: 'found',
      start,
      end: start + value.length,
      value,
      priority: meta.id === 'secrets/database-url' || meta.id === 'secrets/basic-auth-url' || meta.id === 'secrets/private-key' ? 20 : 10,
    });
  }
  return out;
}
