import { createRule } from '../../model/rule.js';
import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { createKeywordMatcher } from '../../text/keyword-matcher.js';

export interface VendorPattern {
  readonly vendor: string;
  /** Report under this rule instead of `secrets/vendor-token` (a rule the secretlint bridge declares, when its pattern misses a shape). */
  readonly ruleId?: string;
  /** A short, literal-led regular-expression fragment every token contains (found in one combined pass). */
  readonly anchor: string;
  /** How far before the anchor the token may start (0 when the anchor is its prefix). */
  readonly back: number;
  /** The whole token, with boundaries; flags `g`. Every repetition is bounded. */
  readonly pattern: RegExp;
}

// Boundaries: a token is not part of a longer run of token characters.
const B = '(?<![A-Za-z0-9_-])';
const E = '(?![A-Za-z0-9_-])';
const p = (vendor: string, anchor: string, body: string, back = 0, ruleId?: string): VendorPattern => ({
  vendor,
  anchor,
  back,
  pattern: new RegExp(`${B}(?:${body})${E}`, 'g'),
  ...(ruleId ? { ruleId } : {}),
});

/**
 * Prefixed token formats of services AI connectors talk to that secretlint's
 * preset has no rule for. Each is distinctive enough to report without a key name.
 * Sources: each vendor's API documentation and the gitleaks / trufflehog rule sets.
 */
const PATTERNS: readonly VendorPattern[] = [
  p('Hugging Face', 'hf_', 'hf_[A-Za-z0-9]{30,40}'),
  p('GitLab', 'gl(?:pat|ptt|dt|rt|oas|cbt|imt|agent)-', 'gl(?:pat|ptt|dt|rt|oas|cbt|imt|agent)-[A-Za-z0-9_-]{20,64}'),
  p('Groq', 'gsk_', 'gsk_[A-Za-z0-9]{40,60}'),
  p('Replicate', 'r8_', 'r8_[A-Za-z0-9]{30,45}'),
  p('Perplexity', 'pplx-', 'pplx-[A-Za-z0-9]{40,60}'),
  p('xAI', 'xai-', 'xai-[A-Za-z0-9]{60,100}'),
  p('LangSmith', 'lsv2_', 'lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}'),
  p('Langfuse', 'sk-lf-', 'sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}'),
  p('Pinecone', 'pcsk_', 'pcsk_[A-Za-z0-9_]{40,120}'),
  p('Tavily', 'tvly-', 'tvly-(?:dev-|prod-)?[A-Za-z0-9]{28,40}'),
  p('Firecrawl', 'fc-', 'fc-[0-9a-f]{32}'),
  p('Notion', 'ntn_', 'ntn_[A-Za-z0-9]{40,50}'),
  p('Notion', 'secret_', 'secret_[A-Za-z0-9]{43}'),
  p('Atlassian', 'ATATT3', 'ATATT3[A-Za-z0-9_=-]{100,300}'),
  p('Mailgun', 'key-', 'key-[0-9a-f]{32}'),
  p('Mailchimp', '-us\\d', '[0-9a-f]{32}-us[0-9]{1,2}', 32),
  p('Square', 'sq0(?:atp|csp)-', 'sq0(?:atp|csp)-[0-9A-Za-z_-]{22,43}'),
  p('Square', 'EAAA', 'EAAA[A-Za-z0-9_-]{56,64}'),
  p('Meta / WhatsApp', 'EAA[BCDGIJQZ]', 'EAA[BCDGIJQZ][A-Za-z0-9]{90,300}'),
  p('Telegram', ':AA', '[0-9]{8,10}:AA[A-Za-z0-9_-]{33}', 10),
  p(
    'Discord webhook',
    'discord(?:app)?\\.com/api/webhooks/',
    'https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/[0-9]{17,20}/[A-Za-z0-9_-]{60,70}',
    16,
  ),
  p('Microsoft Teams webhook', '\\.webhook\\.office\\.com/', 'https://[a-z0-9-]{1,60}\\.webhook\\.office\\.com/webhookb2/[A-Za-z0-9@/-]{40,300}', 70),
  p('DigitalOcean', 'do[opr]_v1_', 'do[opr]_v1_[a-f0-9]{64}'),
  p('Databricks', 'dapi[a-f0-9]', 'dapi[a-f0-9]{32}(?:-[0-9])?'),
  p('Supabase', 'sbp_', 'sbp_[a-f0-9]{40}'),
  p('Supabase', 'sb_secret_', 'sb_secret_[A-Za-z0-9_-]{20,80}'),
  p('Airtable', 'pat[A-Za-z0-9]{14}\\.', 'pat[A-Za-z0-9]{14}\\.[a-f0-9]{64}'),
  p('Postman', 'PMAK-', 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}'),
  p('Sentry', 'sntry[su]_', 'sntry[su]_[A-Za-z0-9_=+/-]{40,200}'),
  p('Doppler', 'dp\\.(?:st|pt|ct|sa|scim|audit)\\.', 'dp\\.(?:st|pt|ct|sa|scim|audit)\\.[A-Za-z0-9_-]{40,50}'),
  p('PayPal Braintree', 'access_token\\$', 'access_token\\$(?:production|sandbox)\\$[0-9a-z]{16}\\$[0-9a-f]{32}'),
  p('Asana', '[0-9]/[0-9]{16}:', '[0-9]/[0-9]{16}:[0-9a-f]{32}'),
  p('New Relic', 'NRAK-', 'NRAK-[A-Z0-9]{27}'),
  p('Shippo', 'shippo_', 'shippo_(?:live|test)_[a-f0-9]{40}'),
  p('Mapbox', 'sk\\.eyJ', 'sk\\.eyJ[A-Za-z0-9_-]{50,200}\\.[A-Za-z0-9_-]{20,50}'),
  p('age', 'AGE-SECRET-KEY-1', 'AGE-SECRET-KEY-1[0-9A-Z]{58}'),
  p('ElevenLabs', 'sk_[0-9a-f]', 'sk_[0-9a-f]{48}'),
  p('Salesforce', '00D[A-Za-z0-9]', '00D[A-Za-z0-9]{12,15}![A-Za-z0-9._]{80,120}'),
  // Runs of `A` also open lines of base64 key material: not next to base64 punctuation.
  p('Twitter / X', 'AAAAAAAAAAAAAAAAAAAAA', '(?<![+/=])AAAAAAAAAAAAAAAAAAAAA[A-Za-z0-9%]{30,150}(?![+/=])'),
  p('Amazon Bedrock', 'ABSK', 'ABSK[A-Za-z0-9+/]{100,300}={0,2}'),
  p('PyPI', 'pypi-AgEI', 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,300}'),
  p('Shopify', 'shp(?:at|ca|pa|ss)_', 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}', 0, 'secrets/shopify-token'),
  p('Slack app', 'xapp-', 'xapp-[0-9]-[A-Z0-9]{9,12}-[0-9]{10,14}-[a-f0-9]{60,70}', 0, 'secrets/slack-token'),
  p('OpenAI-compatible', 'sk-[a-f0-9]', 'sk-[a-f0-9]{32}'),
  // Microsoft Entra ID client secrets: 3 characters, a digit, `Q~`, then 31-34 (the `Q~` marker
  // is in every secret issued since 2021; trufflehog's azure_entra spv2 and gitleaks' azure rule).
  p('Microsoft Entra ID client secret', '[0-9]Q~', '(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])', 4),
  // HashiCorp Vault service (`hvs.`) and batch (`hvb.`) tokens (Vault 1.10+ token formats).
  p('HashiCorp Vault', 'hv[sb]\\.', 'hvs\\.[A-Za-z0-9_-]{90,120}|hvb\\.[A-Za-z0-9_-]{138,300}'),
  p('Heroku', 'HRKU-AA', 'HRKU-AA[A-Za-z0-9_-]{58}'),
  p('Grafana', 'gl(?:c|sa)_', 'glc_eyJ[A-Za-z0-9+/]{32,400}={0,2}|glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}'),
  p('Cloudflare Origin CA', 'v1\\.0-', 'v1\\.0-[a-f0-9]{24}-[a-f0-9]{146}'),
  p('Hugging Face', 'api_org_', 'api_org_[A-Za-z0-9]{34}'),
  p(
    'Plaid',
    'access-(?:sandbox|development|production)-',
    'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
  ),
  p('Docker Hub', 'dckr_pat_', 'dckr_pat_[A-Za-z0-9_-]{27}'),
  // Slack configuration and refresh tokens (`xoxe.xoxp-1-…`, `xoxe-1-…`) and rotated user tokens (`xoxe-…`).
  p(
    'Slack',
    'xoxe[.-]',
    'xoxe\\.xox[bp]-[0-9]-[A-Za-z0-9]{160,170}|xoxe-[0-9]-[A-Za-z0-9]{140,150}|xoxe-(?:[0-9]{10,13}-){3}[A-Za-z0-9]{28,34}',
    0,
    'secrets/slack-token',
  ),
  // Slack Workflow Builder webhooks: `hooks.slack.com/workflows/…` and `/triggers/…`.
  p(
    'Slack workflow webhook',
    'hooks\\.slack\\.com/(?:workflows|triggers)/',
    'https://hooks\\.slack\\.com/(?:workflows|triggers)/T[A-Z0-9]{8,12}/[A-Za-z0-9]{8,16}/(?:[0-9]{8,20}/)?[A-Za-z0-9]{20,40}',
    8,
  ),
  p('Zapier webhook', 'hooks\\.zapier\\.com/hooks/catch/', 'https://hooks\\.zapier\\.com/hooks/catch/[0-9]{5,10}/[a-z0-9]{5,8}/?', 8),
  // Legacy Office 365 connector URLs: `outlook.office.com/webhook/<group>@<tenant>/IncomingWebhook/<id>/<owner>`.
  p(
    'Microsoft Teams webhook',
    'outlook\\.office(?:365)?\\.com/webhook/',
    'https://outlook\\.office(?:365)?\\.com/webhook/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}',
    8,
  ),
  // Power Automate / Logic Apps HTTP triggers: the `sig=` parameter is the credential.
  p(
    'Power Automate / Logic Apps trigger',
    '\\.(?:logic\\.azure\\.com|api\\.powerplatform\\.com)',
    'https://[a-z0-9.-]{1,120}\\.(?:logic\\.azure\\.com|api\\.powerplatform\\.com)(?::[0-9]{1,5})?/[A-Za-z0-9/_.?=&%-]{1,400}?sig=[A-Za-z0-9_-]{43}',
    130,
  ),
  // secretlint's SendGrid rule misses keys that end in `-` or `_`.
  p('SendGrid', 'SG\\.', 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}', 0, 'secrets/sendgrid-key'),
];

/** Longer than any token after its anchor. */
const WINDOW = 420;

/**
 * Strings of which every match of `anchor` contains at least one: for each way
 * through its alternations, the longest run of literal characters (a class, `\d` or
 * an optional part breaks a run). Undefined when some way has no run of two or more
 * (`[0-9]/[0-9]{16}:`): such an anchor is always looked for. Handles the constructs
 * anchors use: literals, escapes, classes, counted repetition and (optional) groups.
 */
export function requiredLiterals(anchor: string): string[] | undefined {
  // A look-around consumes nothing: not handled, so such an anchor is always looked for.
  if (/\(\?<?[=!]/.test(anchor)) return undefined;
  let i = 0;
  // Each way through the source as text, with \0 where a run of literals breaks.
  const alternatives = (): string[] => {
    let ways = [''];
    const done: string[] = [];
    while (i < anchor.length) {
      const c = anchor[i] as string;
      if (c === ')') break;
      if (c === '|') {
        done.push(...ways);
        ways = [''];
        i++;
      } else if (c === '(') {
        i += anchor.startsWith('(?:', i) ? 3 : 1;
        const inner = alternatives();
        i++; // ')'
        const optional = anchor[i] === '?' || anchor[i] === '*';
        if (optional) i++;
        const options = optional ? [...inner, '\0'] : inner;
        ways = ways.flatMap((w) => options.map((o) => w + o));
      } else if (c === '[') {
        i++;
        while (i < anchor.length && anchor[i] !== ']') i += anchor[i] === '\\' ? 2 : 1;
        i++;
        ways = ways.map((w) => `${w}\0`);
      } else if (c === '\\') {
        const e = anchor[i + 1] as string;
        i += 2;
        ways = ways.map((w) => w + (/[dDwWsSbB]/.test(e) ? '\0' : e));
      } else if (c === '{' || c === '?' || c === '*' || c === '+') {
        // A repeated or optional character: drop it from the run.
        if (c === '{') i = anchor.indexOf('}', i) + 1;
        else i++;
        ways = ways.map((w) => `${w.slice(0, -1)}\0`);
      } else if (c === '.' || c === '^' || c === '$') {
        i++;
        ways = ways.map((w) => `${w}\0`);
      } else {
        i++;
        ways = ways.map((w) => w + c);
      }
    }
    return [...done, ...ways];
  };
  const runs = alternatives().map((way) => way.split('\0').reduce((a, b) => (b.length > a.length ? b : a), ''));
  return runs.every((r) => r.length >= 2) ? [...new Set(runs)] : undefined;
}

/** Each pattern's required strings (undefined: always looked for). */
const NEEDS = PATTERNS.map((v) => requiredLiterals(v.anchor));
/** All required strings, found in one pass over a text. */
const NEEDED = createKeywordMatcher(NEEDS.flatMap((n) => n ?? []));
const NEEDED_IDS = NEEDS.map((n) => n?.map((k) => NEEDED.keywords.indexOf(k)));

/** One pass finds every anchor of `patterns`; the group that matched says which pattern to try there. */
const anchorsOf = (patterns: readonly VendorPattern[]): RegExp => new RegExp(patterns.map((v) => `(${v.anchor})`).join('|'), 'g');

/** Anchor expressions by the patterns they look for (a text usually holds the strings of none or few). */
const anchorSets = new Map<string, { patterns: readonly VendorPattern[]; anchors: RegExp }>();

/**
 * The vendor tokens in `text`. The anchors looked for are those of the patterns
 * whose required strings occur in it (found in one pass); an anchor whose strings
 * are absent cannot match, so the result is the same as looking for every anchor
 * (`prefilter: false`, which tests compare against).
 */
export function findVendorTokens(text: string, options: { prefilter?: boolean } = {}): { pattern: VendorPattern; start: number; value: string }[] {
  let set: { patterns: readonly VendorPattern[]; anchors: RegExp };
  if (options.prefilter === false) set = { patterns: PATTERNS, anchors: anchorsOf(PATTERNS) };
  else {
    const found = NEEDED.find(text);
    const picked: number[] = [];
    NEEDED_IDS.forEach((ids, p) => {
      if (ids === undefined || ids.some((id) => found[id] === 1)) picked.push(p);
    });
    const key = picked.join(',');
    let known = anchorSets.get(key);
    if (!known) {
      const patterns = picked.map((p) => PATTERNS[p] as VendorPattern);
      known = { patterns, anchors: anchorsOf(patterns) };
      if (anchorSets.size < 1024) anchorSets.set(key, known);
    }
    set = known;
  }
  const out: { pattern: VendorPattern; start: number; value: string }[] = [];
  const anchors = new RegExp(set.anchors.source, 'g');
  let reportedUntil = 0;
  let a: RegExpExecArray | null;
  while ((a = anchors.exec(text)) !== null) {
    if (a.index < reportedUntil) continue;
    const which = a.findIndex((g, i) => i > 0 && g !== undefined) - 1;
    const v = set.patterns[which];
    if (!v) continue;
    // Match inside a bounded window (one character of context before it for the boundary check),
    // so a miss costs at most the window, never the rest of the file.
    const from = Math.max(0, a.index - v.back - 1);
    const window = text.slice(from, a.index + WINDOW);
    const re = new RegExp(v.pattern.source, 'g');
    re.lastIndex = Math.max(0, a.index - v.back - from);
    const m = re.exec(window);
    // The match must contain the anchor; anything further on is found by its own anchor.
    if (!m || from + m.index > a.index || from + m.index + m[0].length <= a.index) continue;
    const start = from + m.index;
    out.push({ pattern: v, start, value: m[0] });
    reportedUntil = start + m[0].length;
    anchors.lastIndex = Math.max(anchors.lastIndex, reportedUntil);
  }
  return out;
}

/**
 * Well-known prefixed tokens of other services an AI stack talks to (Hugging Face,
 * GitLab, Groq, Replicate, Perplexity, xAI, LangSmith, Pinecone, Tavily, Notion,
 * Atlassian, Mailgun, Square, Meta, Telegram, Discord/Teams webhooks, DigitalOcean,
 * Databricks, Supabase, Airtable, Sentry, Doppler, Braintree, ...). The vendor is in
 * the finding's data. One pass finds the strings the anchors need, one regular-
 * expression pass the anchors of the patterns whose strings are there; the full
 * pattern is tried only around each anchor.
 */
export const vendorToken: SecretDetector = {
  rule: createRule({
    id: 'secrets/vendor-token',
    description: 'A prefixed access token or webhook URL of a known service (Hugging Face, GitLab, Groq, Pinecone, Notion, Telegram, ...).',
    defaultSeverity: 'error',
    messages: {
      found: '{{vendor}} credential {{masked}} is hard-coded. Revoke it with the vendor and load the replacement from a secret store.',
    },
  }),
  *detect(file) {
    const out: SecretCandidate[] = findVendorTokens(file.text).map(({ pattern, start, value }) => ({
      ruleId: pattern.ruleId ?? this.rule.id,
      messageId: 'found',
      start,
      end: start + value.length,
      value,
      data: { vendor: pattern.vendor },
      priority: 12,
    }));
    yield* out;
  },
};
