import { splitKeyWords } from './split-key-words.js';

/**
 * What a key name says its value is:
 * - `password`: a password or passphrase (`DB_PASSWORD`, `smtpPass`, `pwd`);
 * - `secret`: an API key, token, client secret, signing key (`apiKey`, `client_secret`,
 *   `STRIPE_SECRET_KEY`, `x-api-key`, `Authorization`);
 * - `bare-key`: just `key` (often a secret, often not: needs a more random value);
 * - `undefined`: anything else, including names that only mention a secret
 *   (`api_key_id`, `secret_name`, `token_url`, `max_tokens`, `public_key`).
 */
export type KeyClass = 'password' | 'secret' | 'bare-key';

/** Words before `key` that make it a non-secret key (a cache key, a public key, ...). */
const KEY_DENY = new Set([
  'public',
  'publishable',
  'pub',
  'foreign',
  'partition',
  'sort',
  'cache',
  'idempotency',
  'idempotent',
  'object',
  's3',
  'row',
  'range',
  'lookup',
  'dedup',
  'dedupe',
  'deduplication',
  'map',
  'routing',
  'i18n',
  'translation',
  'message',
  'group',
  'shard',
  'query',
  'field',
  'column',
  'table',
  'index',
  'unique',
  'composite',
  'natural',
  'surrogate',
  'request',
  'event',
  'job',
  'task',
  'state',
  'cursor',
  'continuation',
  'order',
  'hot',
  'short',
  'cut',
  'shortcut',
  'next',
  'prev',
  'previous',
  'record',
  'item',
  'entity',
  'cell',
  'node',
  'dict',
  'hash',
  'list',
  'child',
  'parent',
  'bucket',
  'file',
  'blob',
  'prefix',
  'path',
  'feature',
  'flag',
  'experiment',
  'metric',
  'label',
  'tag',
  'attribute',
  'attr',
  'prop',
  'property',
  'react',
  'verify',
  'verifying',
  'gpg',
  'pgp',
  'kms',
  'cmk',
  'trace',
  'span',
  'redis',
  'memcache',
  'dynamo',
  'lock',
  'mutex',
  'sequence',
  'version',
  'schema',
  'type',
  'config',
  'setting',
  'settings',
  'env',
  'name',
  'lang',
  'locale',
  'content',
  'header',
  'project',
  'region',
  // Application Insights instrumentation keys identify a resource; Microsoft documents them as not secret.
  'instrumentation',
]);

/** Words before `token` that make it a non-secret token (LLM, pagination, CSRF, design tokens). */
const TOKEN_DENY = new Set([
  'max',
  'min',
  'page',
  'next',
  'continuation',
  'pagination',
  'sync',
  'cancel',
  'cancellation',
  'csrf',
  'xsrf',
  'stop',
  'eos',
  'bos',
  'pad',
  'unk',
  'mask',
  'sep',
  'cls',
  'special',
  'start',
  'end',
  'num',
  'input',
  'output',
  'prompt',
  'completion',
  'total',
  'cached',
  'reasoning',
  'count',
  'limit',
  'first',
  'last',
  'prev',
  'previous',
  'resume',
  'sentinel',
  'lexer',
  'parser',
  'design',
  'color',
  'theme',
  'cursor',
  'delta',
  'chunk',
  'word',
  'sub',
  'split',
  'image',
  'audio',
  'text',
  'vocab',
  'bpe',
  'eot',
  'system',
  'tool',
  'stream',
  'streaming',
  'per',
  'cancellation',
  'anti',
  'forgery',
  'verify',
  'verification',
  'challenge',
  'nonce',
  'state',
  'request',
  'retry',
]);

/** Words a `key` may follow to be an auth/secret key even though they are not in the list above. */
const SECRET_WORDS = new Set(['secret', 'secrets', 'clientsecret', 'appsecret', 'apisecret', 'consumersecret']);
const PASSWORD_WORDS = new Set(['password', 'passwd', 'passphrase', 'pwd', 'pass', 'pw', 'passw', 'passcode']);
const COMPOUND_SECRET_SUFFIXES = [
  'apikey',
  'secretkey',
  'privatekey',
  'accesskey',
  'signingkey',
  'masterkey',
  'encryptionkey',
  'hapikey',
  'subscriptionkey',
  'apitoken',
  'authtoken',
  'accesstoken',
  'refreshtoken',
  'sessiontoken',
  'bottoken',
  'bearertoken',
  'idtoken',
  'apisecret',
  'clientsecret',
  'appsecret',
  'hmackey',
  'licensekey',
  'adminkey',
];

/** Names repeat a lot in a file (`key`, `options.token`); remember recent answers. */
const memo = new Map<string, KeyClass | null>();

/** Classifies a key name; see {@link KeyClass}. Results are memoised (at most 5,000 names). */
export function classifyKey(name: string): KeyClass | undefined {
  const known = memo.get(name);
  if (known !== undefined) return known ?? undefined;
  const result = classify(name);
  if (memo.size >= 5000) memo.clear();
  memo.set(name, result ?? null);
  return result;
}

/** Trailing words that say how a value is encoded, not what it is: `PRIVATE_KEY_B64`, `API_KEY_VALUE`. */
const FORMAT_WORDS = new Set([
  'b64',
  'base64',
  'encoded',
  'pem',
  'json',
  'raw',
  'value',
  'str',
  'string',
  'hex',
  'data',
  'content',
  'contents',
  'text',
  'literal',
  'plain',
  'plaintext',
]);

function classify(name: string): KeyClass | undefined {
  const words = splitKeyWords(name);
  // Trailing format words and numbers (`API_KEY_B64`, `api_token_2`) do not change what the value is.
  while (words.length > 1 && (FORMAT_WORDS.has(words[words.length - 1] as string) || /^\d+$/.test(words[words.length - 1] as string))) words.pop();
  const last = words[words.length - 1];
  if (last === undefined) return undefined;
  const prev = words[words.length - 2];
  // `NEXT_PUBLIC_*`, `VITE_PUBLIC_*`, `publishable_key`: shipped to browsers on purpose.
  if (words.includes('public') || words.includes('publishable')) return undefined;
  if (PASSWORD_WORDS.has(last) || last.endsWith('password') || last.endsWith('passwd') || last.endsWith('passphrase')) {
    // `bypass`, `compass` are one word and never reach here; `pass` after a verb is not a password.
    if (last === 'pass' && prev !== undefined && ['by', 'first', 'second', 'single', 'multi', 'two', 'one'].includes(prev)) return undefined;
    return 'password';
  }
  if (last.endsWith('pwd') && last.length <= 8) return 'password';
  if (SECRET_WORDS.has(last) || (last.endsWith('secret') && last.length > 6)) return 'secret';
  if (last === 'token' || (last.endsWith('token') && COMPOUND_SECRET_SUFFIXES.some((s) => last.endsWith(s)))) {
    if (prev !== undefined && TOKEN_DENY.has(prev)) return undefined;
    return 'secret';
  }
  if (last === 'key') {
    if (prev === undefined) return 'bare-key';
    return KEY_DENY.has(prev) ? undefined : 'secret';
  }
  if (COMPOUND_SECRET_SUFFIXES.some((s) => last === s || (last.endsWith(s) && last.length <= s.length + 10))) return 'secret';
  if (last === 'credentials' || last === 'credential' || last === 'creds' || last === 'bearer' || last === 'authorization' || last === 'auth')
    return 'secret';
  return undefined;
}
