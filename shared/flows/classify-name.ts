/**
 * Classifies identifier names for the log checks: does a value with this name carry
 * a credential, or a whole prompt? Names are compared lower-cased without `_`/`-`,
 * by their ending (`userPassword`, `OPENAI_API_KEY`, `req.headers`).
 */

const CREDENTIAL_ENDINGS = [
  'token',
  'apikey',
  'secret',
  'secretkey',
  'accesskey',
  'password',
  'passwd',
  'passphrase',
  'authorization',
  'authheader',
  'credential',
  'credentials',
  'privatekey',
  'bearer',
  'cookie',
  'cookies',
  'headers',
  'sessionkey',
  'connectionstring',
];

/** Names that end like a credential but are not one. */
const NOT_CREDENTIAL =
  /(?:pagetoken|nexttoken|cursortoken|continuationtoken|csrftoken|tokencount|maxtoken|tokenlimit|tokenizer|secretname|secretarn|secretid|secretref|passwordpolicy|passwordlength)$/;

const PROMPT_ENDINGS = [
  'prompt',
  'prompts',
  'systemprompt',
  'userprompt',
  'chathistory',
  'conversation',
  'conversationhistory',
  'completionrequest',
  'chatrequest',
  'llmrequest',
  'llminput',
];
const PROMPT_EXACT = new Set(['messages', 'chatmessages', 'llmmessages', 'promptmessages', 'inputmessages']);

function normalise(name: string): string {
  return name.toLowerCase().replace(/[_-]/g, '');
}

/** Whether a value named `name` likely holds a credential (token, key, password, authorization header). */
export function isCredentialName(name: string): boolean {
  const n = normalise(name);
  if (n.length < 3 || NOT_CREDENTIAL.test(n)) return false;
  return CREDENTIAL_ENDINGS.some((e) => n === e || n.endsWith(e)) || n === 'auth' || n === 'pwd';
}

/** Whether a value named `name` likely holds a whole prompt or chat history. */
export function isPromptName(name: string): boolean {
  const n = normalise(name);
  return PROMPT_EXACT.has(n) || PROMPT_ENDINGS.some((e) => n === e || n.endsWith(e));
}

/** Calls whose result no longer holds the value in the clear (masking, hashing, lengths). */
export const SANITIZER =
  /^(?:mask|redact|hash|sha|digest|sanitize|sanitise|scrub|obfuscate|fingerprint|truncate|omit|strip|len|count|size|typeof|boolean|bool)/i;

/** Hosts that are local or reserved for documentation: `http://` to them is not reported. */
export function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === '0.0.0.0' || h === '::1' || h === 'host.docker.internal') return true;
  if (/^127\.|^10\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\.|^169\.254\./.test(h)) return true;
  if (/\.(?:localhost|local|internal|test|example|invalid|lan|home\.arpa|svc|cluster\.local)$/.test(h) || /\.svc\.cluster\.local$/.test(h))
    return true;
  if (/^(?:[a-z0-9-]+\.)*example\.(?:com|org|net)$/.test(h)) return true;
  // A single label (`http://api:8080`, `http://redis`) is a service name on a private network.
  if (!h.includes('.') && !h.includes(':')) return true;
  return false;
}

/** Hosts whose `http://` URLs are identifiers (XML namespaces, schemas), not requests. */
export function isIdentifierHost(host: string): boolean {
  return /(?:^|\.)(?:w3\.org|xmlsoap\.org|json-schema\.org|purl\.org|openxmlformats\.org|schemas\.microsoft\.com|apache\.org|xml\.org|opengis\.net|ogc\.org|schema\.org)$/i.test(
    host,
  );
}

/** The host of an `http(s)://` URL at the start of `text`, or undefined. */
export function urlHost(text: string): { scheme: 'http' | 'https'; host: string } | undefined {
  const m = /^(https?):\/\/(?:[^@/\s?#]*@)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::\d+)?(?:[/?#]|$)/.exec(text);
  if (!m) return undefined;
  return { scheme: m[1] as 'http' | 'https', host: (m[2] as string).toLowerCase() };
}
