import { decodeBase64 } from './decode-base64.js';

/**
 * Why a value on its own is not a secret. Shared by the false-positive filter
 * (`shared/secrets/is-false-positive.ts`) and by detectors that decode values
 * before judging them (Kubernetes `data:`, HTTP Basic credentials).
 */
export type FalsePositiveReason =
  | 'placeholder'
  | 'redacted'
  | 'documented-example'
  | 'reference'
  | 'hash'
  | 'uuid'
  | 'public-key'
  | 'encrypted'
  | 'identifier'
  | 'local-development'
  | 'invalid-format';

/** Keys and tokens vendors print in their documentation (split so no scanner mistakes this file for a leak). */
const DOCUMENTED_EXAMPLES = new Set([
  // jwt.io's sample token (HS256, "John Doe") and its secret.
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  'your-256-bit-secret',
  // Stripe's API reference keys.
  'sk_' + 'test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_' + 'test_BQokikJOvBiI2HlWgH4olfQ2',
  'sk_' + 'test_26PHem9AhJZvU623DfE1x4sd',
  'sk_' + 'test_51HqLyjWDarjtT1zdp7dc',
  // Google's API-key documentation sample.
  'AI' + 'zaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe',
  // The Azure Storage emulator (Azurite) well-known account key.
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  // Slack's and GitHub's documentation tokens.
  'xox' + 'b-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy',
  'gh' + 'p_16C7e42F292c6912E7710c838347Ae178B4a',
  // Mailgun's documentation key.
  'ke' + 'y-3ax6xnjp29jd6fds4gc373sgvjxteol0',
  // OAuth 2.0 (RFC 6749) and OAuth 1.0 (RFC 5849) example credentials, copied into many libraries' docs and tests.
  '2YotnFZFEjr1zCsicMWpAA',
  'tGzv3JOkF0XG5Qx2TlKWIA',
  'SplxlOBeZQQYbYS6WxSbIA',
  '7Fjfp0ZBr1KtDRbnfVdmIw',
  'gX1fBat3bV',
  'mF_9.B5f-4.1JqM',
  'dpf43f3p2l4k3l03',
  'kd94hf93k423kf44',
  'nnch734d00sl2jdk',
  'pfkkdhi9sl3r4s00',
  'hh5s93j4hdidpola',
  'hdk48Djdsa',
  'xyz4992k83j47x0b',
  '9djdj82h48djs9d2',
  '0685bd9184jfhq22',
  'ad180jjd733klru7',
  'lsdkfol23w54jlksdef',
  'qwe089234lkjsdf',
]);

/** Secret stores and indirections: the value names where the secret lives. */
const REFERENCE_PREFIX =
  /^(?:env:|vault:|secrets?:|op:\/\/|ssm:|awssm:|aws-sm:|sm:\/\/|gcpsm:\/\/|gcp-secret:|azkv:\/\/|keyvault:|sops:|ref\+|file:|k8s:|arn:aws[\w-]*:(?:secretsmanager|ssm|kms):|projects\/[^/\s]{1,100}\/secrets\/|https:\/\/[\w-]{1,100}\.vault\.azure\.net\/|@Microsoft\.KeyVault\(|!Ref\b|!Sub\b|!GetAtt\b|\{\{resolve:)/i;
const REFERENCE_ANYWHERE =
  /\$\{[^}\n]{0,200}\}|\{\{[^}\n]{0,200}\}\}|\$\([^)\n]{0,200}\)|#\{[^}\n]{0,100}\}|<%[^%\n]{0,200}%>|%\(\w{1,50}\)[sd]|process\.env|os\.environ|getenv|import\.meta\.env|Deno\.env|System\.getenv|ENV\[|secretKeyRef|valueFrom|\bsecrets\.[A-Z_]/;
const VARIABLE = /^\$[A-Za-z_{(]|^#\{|^%[A-Za-z_]{1,50}%$|^\{[A-Za-z_][\w.]{0,60}\}$|^\{\d\}$|^%s$/;
const ENV_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
/** Ciphertext that only a key holder can read: SOPS, Ansible Vault, Jasypt, Vault transit, KMS. */
const ENCRYPTED = /^(?:ENC\[(?:AES256_GCM|PGP|KMS)|\$ANSIBLE_VAULT;|!vault\b|ENC\(|vault:v\d+:|enc:|encrypted:|cipher:|kms:)/i;
/** Stripe objects meant for the browser or single use: PaymentIntent/SetupIntent client secrets, card tokens, object ids. */
/** Twilio resource SIDs other than API keys (`SK…`) identify things; they are not credentials. */
const TWILIO_SID = /^(?:AC|MG|PN|SM|MM|CA|RE|CH|IS|WS|US|VA|MS|HS|CF|QU|TR|FW|ZS|ZB|KS|EX|FN)[0-9a-f]{32}$/;
const CLIENT_SIDE_ID =
  /^(?:pi|seti)_[A-Za-z0-9]{8,40}_secret_[A-Za-z0-9]{8,60}$|^(?:tok|src|pm|card|ba|btok|cus|ch|evt|acct|prod|price|sub|in|txn|po|re|py|cs_test|cs_live|sess|req|org|proj|asst|thread|msg|run|file|vs|batch|ft|chatcmpl|resp|msg)_[A-Za-z0-9]{8,64}$/;

/** An Amazon Resource Name names a resource (secret-store ARNs are references, above). */
const ARN = /^arn:aws[\w-]*:[\w-]+:[\w-]*:[\w*-]*:\S+$/;
/** A CSS id or class selector (`#add-password`, `.api-key-field`): words in a stylesheet or query. */
const CSS_SELECTOR = /^[#.][a-z]+(?:-[a-z]+)+$/;

const REDACTED =
  /\*{3,}|•{2,}|●{2,}|█{2,}|■{2,}|x{3,}-x{3,}|redacted|\[(?:hidden|masked|removed|omitted|censored)\]|<(?:hidden|masked|removed|omitted)>/i;

const PLACEHOLDER_MARKERS =
  /x{4,}|your|placeholder|change[-_]?me|changeit|replace[-_]?(?:me|with|this)|example|dummy|sample|insert[-_ ]|lorem|ipsum|not[-_]?a?[-_]?real|(?:^|[^a-z0-9])(?:fake|todo|tbd|fixme)(?![a-z0-9])|foobar|insecure|(?:token|key|secret|password|value|string)here|random[-_]?string|(?:fake){2}|a1b2c3d4|#{4,}|\.{3}|…|<[^>\n]{1,60}>|^\[[^\]\n]{1,60}\]$|^\([^)\n]{1,60}\)$/i;
/** For long values (key blocks, tokens of hundreds of characters) only unmistakable markers count. */
const LONG_PLACEHOLDER_MARKERS =
  /\*{4,}|x{8,}|#{8,}|(?:token|key|secret)here|random[-_]?string|(?:fake){2}|\.{3}|…|<[^>\n]{1,60}>|your[-_ ]|placeholder|redacted/i;

/** Values that are placeholders when they make up the whole value (case-insensitive). */
const PLACEHOLDER_VALUES = new Set([
  '',
  'none',
  'null',
  'nil',
  'undefined',
  'empty',
  'unset',
  'notset',
  'n/a',
  'na',
  'true',
  'false',
  'yes',
  'no',
  'on',
  'off',
  'enabled',
  'disabled',
  'required',
  'optional',
  'string',
  'str',
  'value',
  'hunter2',
  'p@ssw0rd',
  'p@ssword',
  'passw0rd',
  'p4ssw0rd',
  'p@55w0rd',
  'p@$$w0rd',
  's3cr3t',
  's3cret',
  'pa$$word',
  'pa55word',
  'pa55w0rd',
  'qwerty',
  'letmein',
  'abc123',
  'keyboard cat',
  'secr3t',
  'adm1n',
  'r00t',
  't0ps3cr3t',
  'ch@ngeme',
  'chang3me',
]);

/**
 * Words that placeholders and local defaults are made of. A value made only of
 * these (plus a few digits and separators) is a placeholder: `my-api-key`,
 * `supersecretjwtkey123`, `sk_test_key_here`, `devpassword`.
 */
const VOCABULARY = [
  'api',
  'key',
  'keys',
  'secret',
  'secrets',
  'token',
  'tokens',
  'access',
  'client',
  'here',
  'goes',
  'the',
  'my',
  'your',
  'app',
  'application',
  'auth',
  'password',
  'passwd',
  'pass',
  'pwd',
  'user',
  'username',
  'bot',
  'value',
  'put',
  'insert',
  'enter',
  'real',
  'actual',
  'live',
  'prod',
  'production',
  'dev',
  'development',
  'local',
  'localhost',
  'staging',
  'stage',
  'test',
  'testing',
  'tests',
  'sk',
  'pk',
  'rk',
  'id',
  'new',
  'default',
  'some',
  'super',
  'very',
  'long',
  'random',
  'string',
  'sample',
  'example',
  'placeholder',
  'dummy',
  'fake',
  'change',
  'changeme',
  'me',
  'it',
  'this',
  'that',
  'stripe',
  'openai',
  'hubspot',
  'slack',
  'github',
  'aws',
  'azure',
  'google',
  'twilio',
  'anthropic',
  'sendgrid',
  'jwt',
  'signing',
  'webhook',
  'private',
  'public',
  'service',
  'account',
  'admin',
  'administrator',
  'root',
  'guest',
  'db',
  'database',
  'postgres',
  'postgresql',
  'mysql',
  'redis',
  'mongo',
  'mongodb',
  'rabbit',
  'rabbitmq',
  'hunter',
  'letmein',
  'qwerty',
  'abc',
  'xyz',
  'foo',
  'bar',
  'baz',
  'qux',
  'demo',
  'mock',
  'temp',
  'tmp',
  'welcome',
  'hello',
  'world',
  'session',
  'cookie',
  'encryption',
  'master',
  'insecure',
  'unsafe',
  'do',
  'not',
  'use',
  'in',
  'for',
  'only',
  'of',
  'to',
  'with',
  'and',
  'or',
  'top',
  'shh',
  'hidden',
  'default',
  'defaults',
  'sql',
  'pg',
  'app',
  'apps',
  'bearer',
  'oauth',
  'hmac',
  'salt',
  'creds',
  'credential',
  'credentials',
  'login',
  'admin',
  'changeit',
  'server',
  'host',
  'hostname',
  'port',
  'name',
  'dbname',
  'database',
  'system',
  'sys',
  'sa',
  'toor',
  'pwd',
  'wordpass',
  'strong',
  'complex',
  'simple',
  'best',
  'good',
  'great',
  'cool',
  'awesome',
  'magic',
  'special',
  'shared',
  'common',
  'global',
  'team',
  'company',
  'acme',
  'corp',
  'org',
  'internal',
  'external',
  'backend',
  'frontend',
  'web',
  'site',
  'project',
  'ci',
  'docker',
  'compose',
  'kube',
  'k8s',
  'cluster',
  'node',
  'worker',
  'agent',
  'llm',
  'connector',
  'integration',
  'hook',
  'signature',
  'sig',
  'mail',
  'email',
  'smtp',
  'ftp',
  'ldap',
  'proxy',
  'queue',
  'cache',
  'store',
  'vault',
  'please',
  'set',
  'replace',
  'update',
  'todo',
  'fixme',
  'tbd',
  'none',
  'null',
  'empty',
  'blank',
  'generated',
  'generate',
  'one',
  'two',
  'three',
  'first',
  'second',
  'abc',
  'def',
  'abcdef',
  'qwertyuiop',
  'asdf',
  'asdfgh',
  'zxcv',
  'letme',
  'opensesame',
  'open',
  'sesame',
  'trustno',
  'princess',
  'dragon',
  'monkey',
  'sunshine',
  'personal',
  'refresh',
  'accesstoken',
  'apikey',
  'secretkey',
  'authtoken',
  'bottoken',
  'level',
  'levels',
  'sk',
  'xoxb',
  'xoxp',
  'ghp',
  'whsec',
  'rk',
  'pat',
  'pwd',
  'pw',
  'user1',
  'admin1',
  'qa',
  'uat',
  'preprod',
  'sandbox',
];
const VOCAB = new Set(VOCABULARY);
const MAX_WORD = Math.max(...VOCABULARY.map((w) => w.length));

/**
 * True when `value` (at most 64 characters) splits entirely into vocabulary words,
 * separators and at most 6 digits in at most 2 runs.
 */
function madeOfVocabulary(value: string): boolean {
  if (value.length === 0 || value.length > 64) return false;
  const s = value.toLowerCase();
  // best[i]: fewest digits used to cover s[0..i); -1 when not coverable.
  const digits = new Array<number>(s.length + 1).fill(-1);
  const runs = new Array<number>(s.length + 1).fill(-1);
  const words = new Array<number>(s.length + 1).fill(-1);
  digits[0] = 0;
  runs[0] = 0;
  words[0] = 0;
  for (let i = 0; i < s.length; i++) {
    const d = digits[i] as number;
    if (d < 0) continue;
    const r = runs[i] as number;
    const w = words[i] as number;
    const relax = (j: number, nd: number, nr: number, nw: number): void => {
      const cur = digits[j] as number;
      if (cur < 0 || nd < cur || (nd === cur && nw > (words[j] as number))) {
        digits[j] = nd;
        runs[j] = nr;
        words[j] = nw;
      }
    };
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      // A digit run: extend to its end.
      let j = i;
      while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
      relax(j, d + (j - i), r + 1, w);
      continue;
    }
    if (!(c >= 97 && c <= 122)) {
      relax(i + 1, d, r, w);
      continue;
    }
    for (let len = 2; len <= MAX_WORD && i + len <= s.length; len++) {
      if (VOCAB.has(s.slice(i, i + len))) relax(i + len, d, r, w + 1);
    }
    // A single stray letter before a separator or digit (`r1.`, `v2_`) costs as much as 2 digits.
    const next = s.charCodeAt(i + 1);
    if (i + 1 === s.length || !(next >= 97 && next <= 122)) relax(i + 1, d + 2, r, w);
  }
  const d = digits[s.length] as number;
  return d >= 0 && d <= 6 && (runs[s.length] as number) <= 2 && (words[s.length] as number) >= 1;
}

/** True for a value whose alphanumeric body is a run of one or two characters or a keyboard sequence. */
function lowEntropyBody(value: string): boolean {
  const body = value.replace(/^(?:sk|rk|pk)_(?:live|test)_|^[A-Za-z]{2,8}[-_]/, '').replace(/[^A-Za-z0-9]/g, '');
  if (body.length < 12) return false;
  const distinct = new Set(body.toLowerCase()).size;
  if (distinct <= 4) return true;
  let sequential = 0;
  const lower = body.toLowerCase();
  for (let i = 1; i < lower.length; i++) if (lower.charCodeAt(i) === lower.charCodeAt(i - 1) + 1) sequential++;
  return sequential / (lower.length - 1) >= 0.6;
}

/** A JWT whose payload says it is a public client key (Supabase `anon`). */
function isPublicJwt(value: string): boolean {
  if (!value.startsWith('eyJ') || value.length > 4000) return false;
  const parts = value.split('.');
  if (parts.length !== 3) return false;
  const payload = decodeBase64(parts[1] as string);
  return payload !== undefined && !payload.binary && /"role"\s*:\s*"anon"/.test(payload.text);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH_PREFIX =
  /^(?:sha(?:1|224|256|384|512)?|md5|blake2b?|sha3-\d{3})[-:=][A-Za-z0-9+/=]{16,}|^\$(?:2[abxy]?|argon2(?:id|i|d)?|pbkdf2[-\w]{0,20}|scrypt|[156])\$|^pbkdf2_sha\d{3}\$/i;
const PUBLIC_KEY =
  /^(?:-----BEGIN (?:RSA |EC |PGP |OPENSSH |SSH2 )?PUBLIC KEY|-----BEGIN CERTIFICATE|ssh-(?:rsa|ed25519|dss) AAAA|ecdsa-sha2-nistp\d{3} AAAA|sk-ssh-ed25519@openssh\.com|pk_(?:live|test)_)/;

/**
 * Why `value` is not a secret, judged from the value alone, or `undefined`.
 * Checks, in order: documented examples, public keys, references, redacted values,
 * placeholders, UUIDs, hash notations. Values longer than 20,000 characters are
 * judged by their first 20,000.
 */
export function plainValueReason(input: string): FalsePositiveReason | undefined {
  const value = input.length > 20_000 ? input.slice(0, 20_000) : input;
  // URL-encoded text is judged as what it encodes (`secret%3Dpassword` is `secret=password`).
  if (/%[0-9A-Fa-f]{2}/.test(value) && value.length <= 200) {
    let decoded = value;
    try {
      decoded = decodeURIComponent(value);
    } catch {
      // keep the raw value
    }
    if (decoded !== value) {
      const inner = plainValueReason(decoded);
      if (inner) return inner;
    }
  }
  const trimmed = value.trim();
  if (DOCUMENTED_EXAMPLES.has(trimmed) || /EXAMPLE/.test(trimmed)) return 'documented-example';
  if (PUBLIC_KEY.test(trimmed) || isPublicJwt(trimmed)) return 'public-key';
  if (ENCRYPTED.test(trimmed)) return 'encrypted';
  if (CLIENT_SIDE_ID.test(trimmed) || TWILIO_SID.test(trimmed)) return 'identifier';
  if (REFERENCE_PREFIX.test(trimmed) || VARIABLE.test(trimmed) || REFERENCE_ANYWHERE.test(trimmed)) return 'reference';
  if (ARN.test(trimmed) || CSS_SELECTOR.test(trimmed)) return 'identifier';
  if (trimmed.length > 160) return LONG_PLACEHOLDER_MARKERS.test(trimmed) ? 'placeholder' : undefined;
  if (REDACTED.test(trimmed)) return 'redacted';
  const lower = trimmed.toLowerCase();
  if (PLACEHOLDER_VALUES.has(lower) || PLACEHOLDER_VALUES.has(lower.replace(/[!.?#*]+$/, '').replace(/\d{1,4}$/, ''))) return 'placeholder';
  if (PLACEHOLDER_MARKERS.test(trimmed)) return 'placeholder';
  // An environment-variable name where a value belongs: the value is read from it elsewhere.
  if (ENV_NAME.test(trimmed)) return 'reference';
  if (trimmed.length <= 64 && /(.)\1{5,}/.test(trimmed)) return 'placeholder';
  if (madeOfVocabulary(trimmed)) return 'placeholder';
  if (lowEntropyBody(trimmed)) return 'placeholder';
  if (UUID.test(trimmed)) return 'uuid';
  if (HASH_PREFIX.test(trimmed)) return 'hash';
  return undefined;
}
