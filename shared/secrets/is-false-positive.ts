import { classifyKey } from './rules/support/classify-key.js';
import { decodeBase64 } from './rules/support/decode-base64.js';
import { lineAt } from './rules/support/line-at.js';
import { parseUrlCredentials, type UrlCredentials } from './rules/support/parse-url-credentials.js';
import { plainValueReason, type FalsePositiveReason } from './rules/support/plain-value-reason.js';
import { vendorFormatReason } from './rules/support/vendor-format-reason.js';
import type { ScannedFile, SecretCandidate } from './secret-detector.js';

/** Hosts that only exist on the developer's machine. */
const LOOPBACK =
  /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|::1|0:0:0:0:0:0:0:1|host\.docker\.internal|kubernetes\.docker\.internal|[\w.-]{1,200}\.localhost)$/;
/** A docker-compose / Kubernetes service name: one DNS label, not an IP. */
const SERVICE_NAME = /^[a-z][a-z0-9_-]{0,62}$/;
/** Passwords images and tutorials ship with; harmless only where they cannot be reached. */
const COMMON_DEFAULTS = new Set([
  'postgres',
  'password',
  'secret',
  'example',
  'admin',
  'root',
  'guest',
  'pass',
  'changeme',
  'test',
  'dev',
  'local',
  'mysql',
  'redis',
  'rabbitmq',
  'mongo',
  'mongodb',
  'user',
  'default',
  'demo',
  'sa',
  'toor',
  'letmein',
  '123456',
  'password1',
  'pg',
  'postgrespassword',
  'devpassword',
  'localpassword',
  'docker',
  'app',
  'airflow',
  'minio',
  'minioadmin',
  'minio123',
  'keycloak',
  'neo4j',
  'elastic',
  'kibana',
  'clickhouse',
  'bitnami',
  'sonar',
  'superset',
]);
const URL_PLACEHOLDER_PART =
  /^(?:user(?:name)?|usr|login|pass(?:word)?|pwd|pw|passwd|secret|host(?:name)?|server|db|database|dbname|port|name|x+|\*+|\.{3}|…)$/i;
const HASH_CONTEXT =
  /\bsha(?:1|224|256|384|512)?\b|sha(?:1|256|512)[-_:]|hash|digest|checksum|integrity|\bcommit\b|commit[-_]?(?:id|sha)|etag|fingerprint|\bmd5\b|\brevision\b|\brev\b|\bsri\b/i;
const HEX_HASH = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{56}|[0-9a-f]{64}|[0-9a-f]{96}|[0-9a-f]{128})$/i;
const XML_MAP_ENTRY = /<[\w:.-]{1,40}\s[^>]{0,300}\bkey\s*=\s*["'][^"']{0,300}["'][^>]{0,300}\bvalue\s*=/;
const URL_RULES = new Set(['secrets/database-url', 'secrets/basic-auth-url']);

/**
 * Why a candidate is not a secret, or `undefined` when it may be one.
 *
 * - `documented-example`: vendors' documentation keys (AWS `…EXAMPLE`, jwt.io's
 *   sample and its `your-256-bit-secret`, Stripe's and Google's doc keys, Azurite).
 * - `public-key`: PEM public keys and certificates, `ssh-rsa AAAA…`, Stripe `pk_`,
 *   Supabase `anon` JWTs.
 * - `encrypted`: ciphertext (SOPS `ENC[…]`, Ansible Vault, Jasypt `ENC(…)`, `vault:v1:`).
 * - `identifier`: random-looking ids that grant nothing (Stripe object ids and
 *   PaymentIntent client secrets, Twilio SIDs other than API keys).
 * - `reference`: `${VAR}`, `${{ secrets.X }}`, `{{ .Values.x }}`, `$VAR`,
 *   `process.env.X`, `os.environ[...]`, env-var names, `vault:`, `op://`,
 *   `arn:aws:secretsmanager:`, `projects/*\/secrets/*`, Key Vault URIs, `secretKeyRef`.
 * - `redacted`: `****`, `[REDACTED]`, `•••`.
 * - `placeholder`: `<password>`, `xoxb-your-bot-token`, `ghp_xxxx…`, `sk-...`,
 *   `changeme`, `REPLACE_ME`, `TODO`, `dummy`, `fake`, values made only of
 *   placeholder words (`my-api-key`, `supersecretjwtkey123`), repeated or
 *   sequential characters, URL credentials such as `USER:PASSWORD@HOST`, and
 *   `Authorization: Basic …` whose decoded password is a placeholder.
 * - `uuid`: a bare UUID, unless a secret- or password-like name holds it (HubSpot legacy, Pinecone
 *   and Heroku keys are UUIDs).
 * - `hash`: `sha512-…` integrity strings, `$2b$…` password hashes, and hex digests
 *   on lines that talk about hashes, digests, commits or checksums.
 * - `local-development`: URL credentials whose host is loopback (`localhost`,
 *   `127.0.0.1`, `0.0.0.0`, `::1`, `host.docker.internal`) whatever the password,
 *   or a single-label service name (`db`, `postgres`, `rabbitmq`) when the password
 *   is a well-known image default or equals the user name.
 *
 * - `invalid-format`: a value with a vendor's prefix that fails the vendor's format
 *   (length, alphabet, suffix, CRC-32 checksum of `ghp_`/`npm_` tokens); whichever
 *   rule found it, a name-based one included.
 *
 * A committed `.env` is still reported by `secrets/committed-dotenv` whatever its values.
 */
export function falsePositiveReason(candidate: SecretCandidate, file: ScannedFile): FalsePositiveReason | undefined {
  const value = candidate.value;
  if (URL_RULES.has(candidate.ruleId) || /^[A-Za-z][A-Za-z0-9+.-]{0,40}:\/\/[^\s/]{0,600}@/.test(value)) {
    const url = parseUrlCredentials(value);
    if (url) return urlReason(url);
  }
  const reason = plainValueReason(value);
  if (reason && reason !== 'uuid') return reason;
  const formatReason = vendorFormatReason(value);
  if (formatReason) return formatReason;
  if (
    reason === 'uuid' &&
    !(candidate.ruleId === 'secrets/hubspot-token' || (candidate.keyName !== undefined && classifyKey(candidate.keyName) !== undefined))
  )
    return reason;
  const line = lineAt(file.text, candidate.start);
  if (/\bBasic[ \t]+$/i.test(line.text.slice(0, candidate.start - line.start))) {
    // HTTP Basic credentials: judge the decoded password (`Basic dXNlcjpwYXNzd29yZA==` is user:password).
    const decoded = decodeBase64(value);
    if (decoded && !decoded.binary) {
      const password = decoded.text.slice(decoded.text.indexOf(':') + 1);
      if (password === '' || plainValueReason(password) !== undefined) return 'placeholder';
    }
  }
  // `<entry key="some.setting" value="…"/>`: the `key` attribute names a map entry, it is not a key.
  if (candidate.keyName === 'key' && XML_MAP_ENTRY.test(line.text)) return 'identifier';
  // A hex digest is a secret's shape too (`secrets.token_hex(32)`); only the name or the line decides.
  if (HEX_HASH.test(value) && HASH_CONTEXT.test(candidate.keyName ?? line.text)) return 'hash';
  return undefined;
}

/** Judges the credentials of a URL: placeholders first, then local-development defaults. */
function urlReason(url: UrlCredentials): FalsePositiveReason | undefined {
  const password = decodeURIComponentSafe(url.password);
  if (password === '' || URL_PLACEHOLDER_PART.test(password) || (URL_PLACEHOLDER_PART.test(url.user) && URL_PLACEHOLDER_PART.test(url.host)))
    return 'placeholder';
  if (/^[<{[%$]|[>}\]]$/.test(url.host) || /^(?:your|my)[-_.]/.test(url.host)) return 'placeholder';
  if (LOOPBACK.test(url.host)) return 'local-development';
  const lower = password.toLowerCase();
  if (SERVICE_NAME.test(url.host) && (COMMON_DEFAULTS.has(lower) || lower === url.user.toLowerCase() || lower === url.host))
    return 'local-development';
  const reason = plainValueReason(password);
  return reason === 'uuid' ? undefined : reason;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
