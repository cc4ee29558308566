import type { FileKind } from '../../file-kind.js';
import type { ScannedFile } from '../../secret-detector.js';
import { classifyKey, type KeyClass } from './classify-key.js';
import { splitKeyWords } from './split-key-words.js';

/** A literal value assigned to a secret-like name, in any of the syntaxes below. */
export interface Assignment {
  /** The name as written, without quotes (`OPENAI_API_KEY`, `client_secret`, `API key`). */
  readonly key: string;
  /** What the name says the value is. */
  readonly keyClass: KeyClass;
  /** The raw value as it appears in the file (quotes and a `Bearer ` prefix removed). */
  readonly value: string;
  /** Offsets of `value` in the file text. */
  readonly start: number;
  readonly end: number;
  /** True when the value was a quoted literal. */
  readonly quoted: boolean;
  /**
   * `assign` (`k = v`, `k: v`, `k => v`, `"k": v`), `call` (`setApiKey("v")`),
   * `pair` (`getenv("K", "v")`, `headers.set("K", "v")`), `flag` (`--api-key v`),
   * `env-space` (Dockerfile `ENV K v`), `prose` (`API key: v`, `password is v`),
   * `xml` (`<password>v</password>`), `fallback` (`process.env.K || "v"`),
   * `auth-pair` (`auth=("user", "v")`, `HTTPBasicAuth("user", "v")`).
   * Names without a secret word are also covered: `pair` for `- name: K` +
   * `value: v`, `assign` for children of `credentials:`/`api_keys:` (`credentials.erp`),
   * `call` for `*Client("v")`, `flag` for `curl -u user:v`, `docker login -p v`.
   */
  readonly form: 'assign' | 'call' | 'pair' | 'flag' | 'env-space' | 'prose' | 'xml' | 'fallback' | 'auth-pair';
}

/** Words that point at a secret-like name; the main pass is anchored on them. */
const KEYWORD = /key|secret|token|pass|pwd|auth|cred|bearer/gi;
const MAX_KEY = 120;
const MAX_VALUE = 4000;

/** File kinds whose syntax writes literals without quotes (`KEY=value`, `key: value`). */
const UNQUOTED_KINDS = new Set<FileKind>([
  'dotenv',
  'shell',
  'dockerfile',
  'properties',
  'yaml',
  'markdown',
  'prompt',
  'other',
  'notebook',
  'jsonl',
  'json',
]);
/** Of those, the kinds where a value runs to the end of the token (no code punctuation stops it). */
const LINE_KINDS = new Set<FileKind>(['dotenv', 'shell', 'dockerfile', 'properties', 'yaml']);
const CODE_KINDS = new Set<FileKind>(['javascript', 'python', 'notebook', 'other']);

/** Functions that wrap a literal without changing what it is. */
const WRAPPERS = new Set([
  'SecretStr',
  'SecretBytes',
  'Secret',
  'SecretString',
  'str',
  'String',
  'bytes',
  'encode',
  'from',
  'Password',
  'SensitiveString',
  'AzureKeyCredential',
  'AzureNamedKeyCredential',
  'Credential',
  'BasicCredentials',
  'TokenCredential',
  'StaticTokenCredential',
]);
/** Verbs that read, test or transform a secret rather than set one. */
const NON_SETTERS = new Set([
  'get',
  'fetch',
  'load',
  'read',
  'find',
  'has',
  'is',
  'validate',
  'verify',
  'hash',
  'check',
  'compare',
  'encrypt',
  'decrypt',
  'generate',
  'gen',
  'create',
  'make',
  'rotate',
  'revoke',
  'delete',
  'remove',
  'del',
  'mask',
  'redact',
  'parse',
  'print',
  'log',
  'debug',
  'warn',
  'require',
  'ensure',
  'assert',
  'expect',
  'describe',
  'test',
  'resolve',
  'lookup',
  'decode',
  'sign',
  'refresh',
  'clear',
  'reset',
  'to',
  'as',
  'on',
  'handle',
  'format',
  'prompt',
  'ask',
  'input',
  'new',
  'list',
  'update',
  'store',
  'save',
  'send',
  'exchange',
  'issue',
  'request',
  'obtain',
  'acquire',
  'retrieve',
  'extract',
  'strip',
  'build',
  'compute',
  'calculate',
  'derive',
  'hmac',
  'encode',
  'serialize',
  'invalidate',
  'expire',
  'count',
  'apply',
  'add',
  'append',
  'push',
  'write',
  'render',
  'show',
  'display',
  'copy',
]);
const PROSE_QUALIFIERS =
  /^(?:api|access|auth|secret|client|private|bearer|signing|bot|app|admin|service|account|refresh|session|webhook|personal|master|encryption|developer|subscription|license|deploy|user|root|database|db|the|my)$/i;

const isIdent = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c === 46 || c === 45 || c === 64;

const cache = new WeakMap<ScannedFile, readonly Assignment[]>();

/**
 * Every literal assigned to a secret-like name in `file`, sorted by offset. The
 * main pass is anchored on the words of {@link KEYWORD}: each hit is widened to the
 * surrounding name, the name is classified, and only then is the separator and
 * value read, with bounded look-ahead (names up to 120 characters, values up to
 * 4,000). A few gated passes add the shapes whose names carry no secret word
 * (see `extraForms`). Results are cached per file object, so every detector that
 * calls this shares the work.
 *
 * Offsets always point into the raw text, including inside JSON strings
 * (notebooks, JSONL) where quotes are escaped as `\"`.
 */
export function findAssignments(file: ScannedFile): readonly Assignment[] {
  const cached = cache.get(file);
  if (cached) return cached;
  const found = scan(file);
  cache.set(file, found);
  return found;
}

function scan(file: ScannedFile): Assignment[] {
  const { text, kind } = file;
  const out: Assignment[] = [];
  const re = new RegExp(KEYWORD.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let s = m.index;
    let e = m.index + m[0].length;
    let guard = 0;
    while (s > 0 && isIdent(text.charCodeAt(s - 1)) && guard++ < MAX_KEY) s--;
    guard = 0;
    while (e < text.length && isIdent(text.charCodeAt(e)) && guard++ < MAX_KEY) e++;
    re.lastIndex = e;
    if (e - s >= MAX_KEY) continue;
    // Trailing dots and dashes belong to the sentence, not the name.
    while (e > s && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    const found = readAt(text, kind, s, e);
    if (found) {
      out.push(found);
      // A bare value holds no further names: continue after it (keeps the pass linear on `key=key=key=…`).
      // A quoted one may (`<add key="ApiKey" value="…">`), and its closing quote bounds it anyway.
      if (!found.quoted && found.end > re.lastIndex) re.lastIndex = found.end;
    } else if (kind !== 'yaml') {
      for (const member of objectMembers(text, s, e)) out.push(member);
    }
  }
  extraForms(file, out);
  if (text.includes('variable "')) {
    // Terraform: variable "db_password" { default = "…" }
    const variable = new RegExp(TF_VARIABLE.source, 'g');
    let t: RegExpExecArray | null;
    while ((t = variable.exec(text)) !== null) {
      const name = t[1] as string;
      const keyClass = classifyKey(name);
      if (!keyClass) continue;
      const v = readValue(text, kind, t.index + t[0].length, { inString: '', param: '', unquotedAllowed: false, xml: false });
      if (v) out.push({ key: name, keyClass, value: text.slice(v.start, v.end), start: v.start, end: v.end, quoted: true, form: 'assign' });
    }
  }
  if (text.includes('-u') || text.includes('--user')) {
    // curl -u user:password, curl --user 'api:key-…' (the password part).
    const user = new RegExp(CURL_USER.source, 'gmd');
    let u: RegExpExecArray | null;
    while ((u = user.exec(text)) !== null) {
      const span = u.indices?.[3];
      if (!span) continue;
      out.push({ key: 'curl --user', keyClass: 'password', value: u[3] as string, start: span[0], end: span[1], quoted: false, form: 'flag' });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Parents whose children are secrets whatever the children are called: `credentials: { erp: … }`. */
const SECRET_PARENTS =
  /^(?:secrets|credentials|creds|tokens|passwords|api[-_]?keys|api[-_]?tokens|access[-_]?tokens|secret[-_]?keys|private[-_]?keys|auth[-_]?tokens|keys)$/i;
/** Children of such parents that are configuration, not secrets. */
const NON_SECRET_CHILD =
  /(?:^|[-_.])(?:id|ids|url|uri|urls|endpoint|host|hostname|port|name|type|kind|region|user|username|login|email|scope|scopes|audience|issuer|tenant|provider|path|file|source|enabled|expires?|ttl|rotation|version|format|public|description)$/i;
const YAML_ENTRY = /^([ \t]*)(-[ \t]+)?(["']?)([A-Za-z0-9_.-]{1,80})\3:(?:[ \t]+(.*))?$/;
const CLIENT_CONSTRUCTOR =
  /\b((?:[A-Z][A-Za-z0-9]{0,40})?(?:Client|API|Api|SDK|Sdk))\([ \t]{0,4}(["'`])([A-Za-z0-9_\-.+/=]{20,200})\2[ \t]{0,4}[,)]/dg;
const SHORT_PASSWORD_FLAG = /[ \t](?:-p|-a|--pass)[ \t]{0,4}(["']?)([^\s"'$-][^\s"']{5,199})\1(?=[\s\\;|&]|$)/dg;
const SHORT_FLAG_TOOLS =
  /\b(?:docker|podman|nerdctl|helm|oras|buildah|skopeo|sshpass|mysql|mysqladmin|mysqldump|mariadb|redis-cli|mongosh|mongo|htpasswd)\b/;
const NETRC_PASSWORD = /\bpassword[ \t]{1,10}(\S{1,200})/dg;

/** Whether `name` names a container of secrets (its children are secrets). */
function isSecretParent(name: string): boolean {
  return SECRET_PARENTS.test(name) || (classifyKey(name) !== undefined && !/^(?:auth|authorization|key)$/i.test(name));
}

/**
 * Assignment shapes the keyword pass cannot see because the name carries no
 * secret word: children of `credentials:`/`api_keys:` in YAML and in object
 * literals, literal keys passed to `*Client(…)` constructors, short password
 * flags of CLI tools (`docker login -p`, `mysql -p…`, `redis-cli -a`), `.netrc`.
 */
function extraForms(file: ScannedFile, out: Assignment[]): void {
  const { text, kind, path } = file;
  if (kind === 'yaml' && /(?:secrets|credentials|creds|tokens|passwords|keys|secret|token|password)["']?:[ \t]*(?:#[^\n]*)?\r?\n/i.test(text))
    yamlChildren(text, out);
  if (/Client\(|Api\(|API\(|SDK\(|Sdk\(/.test(text)) {
    for (const m of text.matchAll(CLIENT_CONSTRUCTOR)) {
      const span = m.indices?.[3];
      if (span)
        out.push({ key: `${m[1] as string}()`, keyClass: 'secret', value: m[3] as string, start: span[0], end: span[1], quoted: true, form: 'call' });
    }
  }
  if (
    (kind === 'shell' || kind === 'dockerfile' || kind === 'markdown' || kind === 'other' || kind === 'yaml' || kind === 'prompt') &&
    SHORT_FLAG_TOOLS.test(text)
  ) {
    for (const m of text.matchAll(SHORT_PASSWORD_FLAG)) {
      const span = m.indices?.[2];
      if (!span) continue;
      // Only on a line that runs one of the tools, and only their password flags.
      const window = text.slice(Math.max(0, m.index - 300), m.index);
      const before = window.slice(window.lastIndexOf('\n') + 1);
      const tool = SHORT_FLAG_TOOLS.exec(before);
      if (!tool) continue;
      if (m[0].includes('-a') && tool[0] !== 'redis-cli') continue;
      if (tool[0] === 'redis-cli' && !m[0].includes('-a')) continue;
      // mysql-family clients take the password attached (`-pSecret`); `-p dbname` prompts for it.
      if (/^(?:mysql|mysqladmin|mysqldump|mariadb)$/.test(tool[0]) && /-p[ \t]/.test(m[0])) continue;
      out.push({
        key: `${tool[0]} password flag`,
        keyClass: 'password',
        value: m[2] as string,
        start: span[0],
        end: span[1],
        quoted: m[1] !== '',
        form: 'flag',
      });
    }
  }
  if (/(?:^|[/\\._])netrc$/.test(path)) {
    for (const m of text.matchAll(NETRC_PASSWORD)) {
      const span = m.indices?.[1];
      if (span)
        out.push({ key: 'netrc password', keyClass: 'password', value: m[1] as string, start: span[0], end: span[1], quoted: false, form: 'assign' });
    }
  }
}

const MEMBER = /^[\s,]{0,40}(["']?)([A-Za-z0-9_.$-]{1,80})\1[ \t]{0,4}:[ \t]{0,4}(["'`])([^"'`\\\n]{1,500})\3/;

/** JS/JSON/Python object literals: string members of a secret container, `credentials: { erp: "…", carrier: "…" }`. */
function objectMembers(text: string, s: number, e: number): Assignment[] {
  const name = text.slice(s, e).replace(/^[-.@$]+/, '');
  if (!SECRET_PARENTS.test(name.slice(name.lastIndexOf('.') + 1))) return [];
  let p = e;
  if (text[p] === '"' || text[p] === "'") p++;
  p = skipBlanks(text, p, 4);
  if (text[p] !== ':' && text[p] !== '=') return [];
  p = skipBlanks(text, p + 1, 4);
  if (text[p] !== '{') return [];
  const out: Assignment[] = [];
  let at = p + 1;
  const limit = Math.min(text.length, p + 3000);
  while (at < limit) {
    const m = MEMBER.exec(text.slice(at, Math.min(limit, at + 700)));
    if (!m) break;
    const key = m[2] as string;
    const value = m[4] as string;
    const start = at + m[0].length - 1 - value.length;
    if (!classifyKey(key) && !NON_SECRET_CHILD.test(key))
      out.push({ key: `${name}.${key}`, keyClass: 'secret', value, start, end: start + value.length, quoted: true, form: 'assign' });
    at += m[0].length;
  }
  return out;
}

/** YAML: scalar children of secret containers (`credentials:` → `  erp: …`), one pass over the lines. */
function yamlChildren(text: string, out: Assignment[]): void {
  const stack: { indent: number; key: string }[] = [];
  let offset = 0;
  while (offset <= text.length) {
    let end = text.indexOf('\n', offset);
    if (end === -1) end = text.length;
    const line = text.slice(offset, end).replace(/\r$/, '');
    const m = line.length <= 2000 ? YAML_ENTRY.exec(line) : null;
    if (m) {
      const indent = (m[1] as string).length + (m[2] ?? '').length;
      while (stack.length > 0 && (stack[stack.length - 1] as { indent: number }).indent >= indent) stack.pop();
      const key = m[4] as string;
      let value = (m[5] ?? '').replace(/[ \t]+#.*$/, '').trimEnd();
      if (value === '') stack.push({ indent, key });
      else if (stack.length > 0) {
        const parent = stack[stack.length - 1] as { key: string };
        if (isSecretParent(parent.key) && !classifyKey(key) && !NON_SECRET_CHILD.test(key)) {
          let start = offset + line.length - (m[5] ?? '').length;
          const rawValue = value;
          if (/^(["']).*\1$/.test(value)) {
            value = value.slice(1, -1);
            start += 1;
          }
          if (!/^[|>&*!{[]/.test(rawValue) && value !== '') {
            const keyClass = classifyKey(parent.key) === 'password' || /passwords/i.test(parent.key) ? 'password' : 'secret';
            out.push({ key: `${parent.key}.${key}`, keyClass, value, start, end: start + value.length, quoted: rawValue !== value, form: 'assign' });
          }
        }
      }
    } else if (line.trim() !== '' && !/^\s*#/.test(line) && !/^\s*-\s/.test(line)) {
      const indent = line.length - line.trimStart().length;
      while (stack.length > 0 && (stack[stack.length - 1] as { indent: number }).indent >= indent) stack.pop();
    }
    offset = end + 1;
  }
}

const CONN_SEGMENT = /[A-Za-z][A-Za-z ]{0,30}=[^;=\n]{0,200};[ \t]*$/;
const TF_VARIABLE = /variable[ \t]{1,4}"([A-Za-z_][\w-]{0,80})"[ \t]{0,4}\{[^{}]{0,400}?\bdefault[ \t]{0,4}=[ \t]{0,4}/;
const CURL_USER = /(?:^|[\s"'`])(?:-u|--user)(?:[ \t]{1,4}|=)(["']?)([^\s:"'@$]{1,64}):([^\s"']{1,128})\1(?=[\s"'`\\]|$)/;

interface ValueSpan {
  start: number;
  end: number;
  quoted: boolean;
}

function readAt(text: string, kind: FileKind, s: number, e: number): Assignment | undefined {
  let ident = text.slice(s, e);
  let keyStart = s;
  const isFlag = ident.startsWith('--');
  ident = ident.replace(/^[-.@$]+/, '');
  if (ident.length === 0) return undefined;

  // `API key: ...`, `access token is ...`: a qualifier word before a bare secret word.
  let proseKey: string | undefined;
  if (/^[A-Za-z]+$/.test(ident) && text.charCodeAt(s - 1) === 32) {
    let q = s - 1;
    while (q > 0 && /[A-Za-z]/.test(text[q - 1] as string) && s - q < 16) q--;
    const qualifier = text.slice(q, s - 1);
    if (PROSE_QUALIFIERS.test(qualifier) && !/[A-Za-z0-9_]/.test(text[q - 1] ?? ' ')) {
      proseKey = `${qualifier} ${ident}`;
      keyStart = q;
    }
  }
  const key = proseKey ?? ident;
  const keyClass = classifyKey(key);
  if (!keyClass) return undefined;

  // Quotes around the name: `"apiKey":`, `\"api_key\"` in a notebook, or an open
  // quote when the name starts a string (`"Authorization: Bearer ..."`).
  let quote = '';
  const before1 = text[keyStart - 1] ?? '';
  const before2 = text.slice(Math.max(0, keyStart - 2), keyStart);
  if (before2 === '\\"' || before2 === "\\'") quote = before2;
  else if (before1 === '"' || before1 === "'" || before1 === '`') quote = before1;
  let pos = e;
  let keyQuoted = false;
  if (quote && text.startsWith(quote, pos)) {
    keyQuoted = true;
    pos += quote.length;
  }
  const inString = quote !== '' && !keyQuoted;
  // `?api_key=…&` in a URL, `;Password=…;` in a connection string.
  let paramContext: ReadOptions['param'] = (before1 === '?' || before1 === '&') && before2 !== '&&' ? 'url' : '';
  // StackExchange.Redis and similar: `host:6380,password=…,ssl=True`.
  if (
    before1 === ',' &&
    /^(?:password|pwd)$/i.test(ident) &&
    /[\w.-]:\d{2,5},$|\w=[^,\s"']{1,100},$/.test(text.slice(Math.max(0, keyStart - 120), keyStart))
  )
    paramContext = 'list';
  // A connection string segment follows another `Name=value;` and its names have no dots (unlike `a.b=c;d.key=e` in code).
  if (before1 === ';' && !ident.includes('.') && CONN_SEGMENT.test(text.slice(Math.max(0, keyStart - 300), keyStart).replace(/^[^]*\n/, '')))
    paramContext = 'conn';
  if (keyQuoted && text[pos] === ']') pos++;

  const p = skipBlanks(text, pos, 40);
  const c = text[p] ?? '';
  const c2 = text[p + 1] ?? '';
  let form: Assignment['form'] = 'assign';
  let valuePos: number;

  if (c === ':' && c2 === '=') valuePos = p + 2;
  else if (c === '=' && c2 === '>') valuePos = p + 2;
  else if ((c === '?' && c2 === '?' && text[p + 2] === '=') || (c === '|' && c2 === '|' && text[p + 2] === '=')) valuePos = p + 3;
  else if (c === '=' && c2 !== '=' && c2 !== '~') valuePos = p + 1;
  else if (c === ':' && c2 !== ':' && !(c2 === '/' && text[p + 2] === '/')) {
    valuePos = p + 1;
    // A type annotation between the name and the value: `apiKey: string = "..."`.
    if (CODE_KINDS.has(kind) || kind === 'javascript' || kind === 'python') {
      const ann = /^[ \t]{0,4}[A-Za-z_][\w.<>[\]|, ]{0,60}?[ \t]{0,4}=(?![=>])/.exec(text.slice(p + 1, p + 90));
      if (ann && !/^[ \t]*(?:true|false|null|None)\b/.test(ann[0])) valuePos = p + 1 + ann[0].length;
    }
  } else if (c === '(' && p === pos && !keyQuoted) {
    return readCall(text, kind, ident, key, keyClass, p);
  } else if (keyQuoted && c === ',' && siblingValue(text, keyStart - quote.length, pos) !== undefined) {
    form = 'pair';
    valuePos = siblingValue(text, keyStart - quote.length, pos) as number;
  } else if (
    keyQuoted &&
    c === ',' &&
    (ident.startsWith('-') || isFlag || /\([ \t]{0,4}$/.test(text.slice(Math.max(0, keyStart - quote.length - 6), keyStart - quote.length)))
  ) {
    // The first argument of a call, `getenv("K", "v")`, `define('K', 'v')`, or a flag in an argument list, `["--api-key", "v"]`;
    // not one string of a list of strings.
    form = 'pair';
    valuePos = p + 1;
  } else if (keyQuoted && /^\s{1,4}value\s{0,2}=/.exec(text.slice(pos, pos + 16))) {
    form = 'pair';
    valuePos = text.indexOf('=', pos) + 1;
  } else if (before1 === '<' && c === '>' && p === pos) {
    form = 'xml';
    valuePos = p + 1;
  } else if (isFlag && p > pos && c !== '-' && c !== '\n' && c !== '\r') {
    form = 'flag';
    valuePos = p;
  } else if (kind === 'dockerfile' && p > pos && /^[ \t]*ENV[ \t]+$/i.test(linePrefix(text, keyStart, 24) ?? '')) {
    form = 'env-space';
    valuePos = p;
  } else if (kind === 'markdown' && c === '|' && p > pos) {
    // A Markdown table row: | `ERP_API_KEY` | `value` |
    valuePos = p + 1;
  } else if (c === 'i' && c2 === 's' && text[p + 2] === ' ' && p > pos) {
    form = 'prose';
    valuePos = p + 3;
  } else if (kind === 'other' && p > pos && (c === '"' || c === "'") && !keyQuoted && !inString) {
    // Groovy/Gradle and similar DSLs: storePassword "…", apiKey '…'.
    valuePos = p;
  } else {
    // The name is itself the value of a `name`/`key` field, and its value sits in a sibling field:
    // Kubernetes/ECS `- name: ERP_API_KEY` + `value: …`, Postman `{"key": "X-Api-Key", "value": "…"}`.
    const sibling = siblingValue(text, keyStart - quote.length, pos);
    if (sibling === undefined) return undefined;
    form = 'pair';
    valuePos = sibling;
  }
  if (proseKey && form === 'assign') form = 'prose';
  if (valuePos < 0) return undefined;

  const v = readValue(text, kind, skipBlanks(text, valuePos, 40), {
    inString: inString ? quote : '',
    param: paramContext,
    unquotedAllowed: form === 'prose' || form === 'xml' || inString || paramContext !== '' || UNQUOTED_KINDS.has(kind),
    xml: form === 'xml',
  });
  // `<password>value</password>`: the closing tag must follow, or `<password>` was a placeholder.
  if (v && form === 'xml' && !text.startsWith('</', v.end)) return undefined;
  if (!v) {
    if (form === 'assign' && (kind === 'javascript' || kind === 'python' || kind === 'notebook' || kind === 'other')) {
      const f = readFallback(text, kind, skipBlanks(text, valuePos, 40));
      if (f) return { key, keyClass, value: text.slice(f.start, f.end), start: f.start, end: f.end, quoted: true, form: 'fallback' };
      if (splitWordsLast(key) === 'auth') {
        const pair = readAuthPair(text, kind, skipBlanks(text, valuePos, 40));
        if (pair)
          return {
            key,
            keyClass: 'password',
            value: text.slice(pair.start, pair.end),
            start: pair.start,
            end: pair.end,
            quoted: true,
            form: 'auth-pair',
          };
      }
    }
    return undefined;
  }
  return { key, keyClass, value: text.slice(v.start, v.end), start: v.start, end: v.end, quoted: v.quoted, form };
}

function splitWordsLast(key: string): string {
  const m = /([A-Za-z]+)$/.exec(key);
  return (m?.[1] ?? '').toLowerCase().endsWith('auth') ? 'auth' : '';
}

function skipBlanks(text: string, pos: number, max: number): number {
  let p = pos;
  while (p < text.length && p - pos < max && (text[p] === ' ' || text[p] === '\t')) p++;
  return p;
}

/** The text between the start of `pos`'s line and `pos`, or `undefined` when the line start is more than `max` characters back. */
function linePrefix(text: string, pos: number, max: number): string | undefined {
  const from = Math.max(0, pos - max);
  for (let i = pos - 1; i >= from; i--) if (text.charCodeAt(i) === 10) return text.slice(i + 1, pos);
  return from === 0 ? text.slice(0, pos) : undefined;
}

interface ReadOptions {
  /** The quote the name is inside (`"Authorization: Bearer x"`), or ''. */
  inString: string;
  /** The name follows `?`/`&` (a URL query: `url`) or `;` (a connection string: `conn`), else ''. */
  param: '' | 'url' | 'conn' | 'list';
  unquotedAllowed: boolean;
  xml: boolean;
}

/** Reads a literal at `pos`: quoted (also `\"`-escaped, Python-prefixed), or bare where the syntax allows it. */
function readValue(text: string, kind: FileKind, pos: number, options: ReadOptions): ValueSpan | undefined {
  let p = pos;
  // A YAML anchor before the value: `password: &db_pw "…"`.
  if (kind === 'yaml' && text[p] === '&') {
    const anchor = /^&[\w-]{1,60}[ \t]{1,10}/.exec(text.slice(p, p + 72));
    if (anchor) p += anchor[0].length;
  }
  // Python string prefixes: r"...", b'...', f"..." (f-strings with braces are references, judged later).
  if (/^[rbfuRBFU]{1,2}["']/.test(text.slice(p, p + 3)) && !options.inString) p += /^[rbfuRBFU]{2}/.test(text.slice(p, p + 2)) ? 2 : 1;
  const authScheme = /^(?:Bearer|Basic|Token|Bot|token|bearer)[ \t]+(?=[^\s"'`\\])/;
  const c = text[p] ?? '';
  let span: ValueSpan | undefined;
  // An escaped quote opens a literal inside a JSON string (notebooks, JSONL), even when the name is inside that string.
  if (c === '\\' && (text[p + 1] === '"' || text[p + 1] === "'")) {
    const q = text.slice(p, p + 2);
    const end = text.indexOf(q, p + 2);
    if (end === -1 || end - p > MAX_VALUE || text.slice(p + 2, end).includes('\n')) return undefined;
    span = { start: p + 2, end, quoted: true };
  } else if ((c === '"' || c === "'" || c === '`') && c !== options.inString) {
    if (text[p + 1] === c && text[p + 2] === c) return undefined; // a triple-quoted block
    let i = p + 1;
    const limit = Math.min(text.length, p + MAX_VALUE);
    while (i < limit) {
      const ch = text[i];
      if (ch === '\\') {
        i += 2;
        continue;
      }
      if (ch === c) break;
      if (ch === '\n' && c !== '`') return undefined;
      i++;
    }
    if (i >= limit) return undefined;
    span = { start: p + 1, end: i, quoted: true };
  } else {
    if (!options.unquotedAllowed) return undefined;
    const scheme = authScheme.exec(text.slice(p, p + 12));
    if (scheme) p += scheme[0].length;
    let i = p;
    const limit = Math.min(text.length, p + MAX_VALUE);
    const lineKind = (LINE_KINDS.has(kind) && !options.inString && !options.param) || options.param === 'conn' || options.param === 'list';
    while (i < limit) {
      const ch = text.charCodeAt(i);
      // whitespace, quotes, backslash end every bare value
      if (ch <= 32 || ch === 34 || ch === 39 || ch === 96 || ch === 92) break;
      if (options.inString && (text[i] === options.inString || ch === 38)) break;
      if (
        options.param === 'url' &&
        (ch === 38 || ch === 59 || ch === 35 || ch === 60 || ch === 62 || ch === 41 || ch === 93 || ch === 125 || ch === 44)
      )
        break;
      if (options.param === 'list' && (ch === 44 || ch === 59)) break;
      if (
        options.param === 'conn' &&
        (ch === 59 || ((kind === 'javascript' || kind === 'python') && (ch === 40 || ch === 41 || ch === 123 || ch === 125)))
      )
        break;
      if (options.xml && ch === 60) break;
      if (
        !lineKind &&
        (ch === 44 || ch === 59 || ch === 40 || ch === 41 || ch === 91 || ch === 93 || ch === 123 || ch === 125 || ch === 60 || ch === 62)
      ) {
        // `{`, `(` inside a bare value in code make it an expression, not a literal.
        if (ch === 40 || ch === 91) return undefined;
        break;
      }
      i++;
    }
    let end = i;
    // Sentence punctuation after a prose value.
    while (end > p && /[.,;:)]/.test(text[end - 1] as string) && !lineKind) end--;
    if (end === p) return undefined;
    if (kind === 'yaml' && (text[p] === '|' || text[p] === '>' || text[p] === '&' || text[p] === '*' || text[p] === '!')) return undefined;
    return { start: p, end, quoted: false };
  }
  // A quoted value may itself start with an auth scheme: "Bearer sk-...".
  const inner = text.slice(span.start, Math.min(span.end, span.start + 12));
  const scheme = authScheme.exec(inner);
  if (scheme && span.start + scheme[0].length < span.end) span = { ...span, start: span.start + scheme[0].length };
  if (span.end <= span.start) return undefined;
  return span;
}

const NAME_FIELD = /(?:^|[\s{,([])["']?(?:name|Name|NAME|key|Key|ParameterKey|parameter_name|variable)["']?[ \t]{0,4}[:=][ \t]{0,4}$/;
const VALUE_FIELD =
  /^[^\n]{0,80}?(?:\n[ \t]{0,40}(?:-[ \t]{1,4})?)?["']?(?:value|Value|VALUE|ParameterValue|defaultValue)["']?[ \t]{0,4}[:=][ \t]{0,4}/;

/** When the name at `nameStart` is the value of a `name`/`key` field, where its sibling `value` field's value starts. */
function siblingValue(text: string, nameStart: number, after: number): number | undefined {
  if (!NAME_FIELD.test(text.slice(Math.max(0, nameStart - 40), nameStart))) return undefined;
  const rest = text.slice(after, after + 200);
  const m = VALUE_FIELD.exec(rest);
  if (!m) return undefined;
  // A separator between the two fields, not another name: `, "value":`, a newline, or the same line's `value=`.
  return after + m[0].length;
}

/** `process.env.X || "v"`, `os.environ.get("X") or "v"`, `config.key ?? "v"`: the fallback literal. */
function readFallback(text: string, kind: FileKind, pos: number): ValueSpan | undefined {
  const head = text.slice(pos, pos + 240);
  const m =
    /^(?:process\.env(?:\.[\w$]{1,80}|\[[^\]\n]{1,80}\])|os\.environ(?:\.get\([^)\n]{1,100}\)|\[[^\]\n]{1,80}\])|os\.getenv\([^)\n]{1,100}\)|[A-Za-z_$][\w$.]{0,80})[ \t]{0,4}(?:\|\||\?\?|\bor\b)[ \t]{0,4}/.exec(
      head,
    );
  if (m) return readValue(text, kind, pos + m[0].length, { inString: '', param: '', unquotedAllowed: false, xml: false });
  // A wrapper around a literal: SecretStr("..."), AzureKeyCredential("..."), Buffer.from("...").
  const w = /^([A-Za-z_$][\w$.]{0,80})\([ \t]{0,4}/.exec(head);
  if (w) {
    const name = (w[1] as string).slice((w[1] as string).lastIndexOf('.') + 1);
    if (WRAPPERS.has(name)) return readValue(text, kind, pos + w[0].length, { inString: '', param: '', unquotedAllowed: false, xml: false });
    const d = /^[^()\n]{0,120}?\bdefault[ \t]{0,2}=[ \t]{0,2}/.exec(head.slice(w[0].length));
    if (d) return readValue(text, kind, pos + w[0].length + d[0].length, { inString: '', param: '', unquotedAllowed: false, xml: false });
  }
  return undefined;
}

/** `("user", "secret")`: the second literal of a pair. */
function readAuthPair(text: string, kind: FileKind, pos: number): ValueSpan | undefined {
  let p = pos;
  if (text[p] === '(' || text[p] === '[') p = skipBlanks(text, p + 1, 4);
  const first = readValue(text, kind, p, { inString: '', param: '', unquotedAllowed: false, xml: false });
  if (!first) return undefined;
  let q = skipBlanks(text, first.end + 1, 4);
  if (text[q] !== ',') return undefined;
  q = skipBlanks(text, q + 1, 4);
  return readValue(text, kind, q, { inString: '', param: '', unquotedAllowed: false, xml: false });
}

/** `stripe.setApiKey("v")`, `withToken("v")`, `HTTPBasicAuth("user", "v")`. */
function readCall(text: string, kind: FileKind, ident: string, key: string, keyClass: KeyClass, paren: number): Assignment | undefined {
  const name = ident.slice(ident.lastIndexOf('.') + 1);
  if (NON_SETTERS.has(splitKeyWords(name)[0] ?? '')) return undefined;
  const p = skipBlanks(text, paren + 1, 4);
  if (/auth$/i.test(name)) {
    const pair = readAuthPair(text, kind, p);
    if (!pair) return undefined;
    return { key, keyClass: 'password', value: text.slice(pair.start, pair.end), start: pair.start, end: pair.end, quoted: true, form: 'auth-pair' };
  }
  const v = readValue(text, kind, p, { inString: '', param: '', unquotedAllowed: false, xml: false });
  if (!v) return undefined;
  return { key, keyClass, value: text.slice(v.start, v.end), start: v.start, end: v.end, quoted: true, form: 'call' };
}
