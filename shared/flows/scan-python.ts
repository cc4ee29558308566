import { entryForAwsService, entryForHost, entryForPythonModule } from './catalog/find-catalog-entry.js';
import type { CatalogEntry } from './catalog/system-catalog.js';
import { isCredentialName, isIdentifierHost, isLocalHost, isPromptName, SANITIZER, urlHost } from './classify-name.js';
import type { CodeFact } from './code-fact.js';

interface StringToken {
  readonly start: number;
  readonly end: number;
  /** The literal's content without prefix and quotes (escapes left as written). */
  readonly value: string;
}

/** `#`, a quote, or a letter of a string prefix (r, b, u, f in either case): where `splitPython` does more than copy. */
function isSpecial(code: number): boolean {
  switch (code) {
    case 35: // #
    case 34: // "
    case 39: // '
    case 114: // r
    case 82: // R
    case 98: // b
    case 66: // B
    case 117: // u
    case 85: // U
    case 102: // f
    case 70: // F
      return true;
    default:
      return false;
  }
}

/** A string-prefix letter: r, b, u, f in either case. */
function isPrefixLetter(code: number): boolean {
  return isSpecial(code) && code !== 35 && code !== 34 && code !== 39;
}

/** `[A-Za-z0-9_]` (the regular expression `\w`). */
function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** Inside a string literal, where `splitPython` looks at one character at a time: an escape, a quote, a line end, an f-string brace. */
function endsStringRun(code: number): boolean {
  return code === 92 || code === 34 || code === 39 || code === 10 || code === 123 || code === 125;
}

/**
 * Splits Python source in one linear pass into `code` (the same length as `text`,
 * with comments and the literal parts of strings blanked out, f-string `{...}`
 * fields kept) and the string literals themselves. Runs of characters that need no
 * decision (outside strings: anything but `#`, quotes and prefix letters; inside:
 * anything but escapes, quotes, line ends and braces) are copied or blanked whole.
 */
export function splitPython(text: string): { code: string; strings: StringToken[] } {
  const out: string[] = [];
  const strings: StringToken[] = [];
  const n = text.length;
  let i = 0;
  const blank = (c: string): string => (c === '\n' ? '\n' : ' ');
  while (i < n) {
    if (!isSpecial(text.charCodeAt(i))) {
      let run = i + 1;
      while (run < n && !isSpecial(text.charCodeAt(run))) run++;
      out.push(text.slice(i, run));
      i = run;
      continue;
    }
    const c = text[i] as string;
    if (c === '#') {
      let end = i;
      while (end < n && text[end] !== '\n') end++;
      out.push(' '.repeat(end - i));
      i = end;
      continue;
    }
    // String prefix (r, b, f, u and combinations) directly before a quote.
    let j = i;
    let prefix = '';
    while (j < n && j - i < 3 && isPrefixLetter(text.charCodeAt(j))) prefix += text[j++];
    const q = text[j];
    const wordBefore = i > 0 && isWordChar(text.charCodeAt(i - 1));
    if ((q === '"' || q === "'") && !(prefix !== '' && wordBefore)) {
      const triple = text.startsWith(q.repeat(3), j);
      const delim = triple ? q.repeat(3) : q;
      const isF = /f/i.test(prefix);
      const isRaw = /r/i.test(prefix);
      for (let k = i; k < j + delim.length; k++) out.push(' ');
      let k = j + delim.length;
      const valueStart = k;
      let depth = 0;
      while (k < n) {
        if (!endsStringRun(text.charCodeAt(k))) {
          let run = k + 1;
          while (run < n && !endsStringRun(text.charCodeAt(run))) run++;
          out.push(depth > 0 ? text.slice(k, run) : ' '.repeat(run - k));
          k = run;
          continue;
        }
        const ch = text[k] as string;
        if (!isRaw && ch === '\\' && k + 1 < n) {
          out.push(' ', blank(text[k + 1] as string));
          k += 2;
          continue;
        }
        if (depth === 0 && ch === q && text.startsWith(delim, k)) break;
        if (!triple && ch === '\n') break;
        if (isF && ch === '{') {
          if (depth === 0 && text[k + 1] === '{') {
            out.push('  ');
            k += 2;
            continue;
          }
          depth++;
          out.push(depth === 1 ? ' ' : ch);
          k++;
          continue;
        }
        if (isF && ch === '}' && depth > 0) {
          depth--;
          out.push(depth === 0 ? ' ' : ch);
          k++;
          continue;
        }
        out.push(depth > 0 ? ch : blank(ch));
        k++;
      }
      strings.push({ start: i, end: Math.min(n, k + delim.length), value: text.slice(valueStart, k) });
      const close = text.startsWith(delim, k) ? delim.length : 0;
      for (let m = 0; m < close; m++) out.push(' ');
      i = k + close;
      continue;
    }
    out.push(c);
    i++;
  }
  return { code: out.join(''), strings };
}

const LOG_CALL =
  /\b(?:(?:logging|logger|log|_logger|_log|LOGGER|LOG|self\.logger|self\.log|self\._logger|app\.logger|current_app\.logger)\.(?:debug|info|warning|warn|error|exception|critical|fatal|log)|print)\s*\(/g;
const IDENT = /[A-Za-z_][\w.]*(?:\s*\[\s*\])?/g;

/**
 * Scans one Python file: imports, client constructors of catalog SDKs
 * (`OpenAI()`, `boto3.client("s3")`), URL literals, TLS settings
 * (`verify=False`, `ssl.CERT_NONE`, `PROTOCOL_TLSv1`, `minimum_version`) and
 * logging / `print` calls whose arguments carry credentials or prompts.
 *
 * A linear-time token scanner, not a parser. Limits: names re-bound by assignment
 * (`client = openai; client.OpenAI()`), `importlib` and `__import__`, URLs built
 * by concatenation, and logger objects with other names are not followed; a
 * logging call's arguments are read when they close within 4,000 characters, and a
 * logging call nested inside another's arguments is not read.
 */
export function scanPython(text: string): CodeFact[] {
  const { code, strings } = splitPython(text);
  const facts: CodeFact[] = [];
  const bindings = new Map<string, CatalogEntry>();
  const system = (entry: CatalogEntry, evidence: 'import' | 'constructor' | 'host' | 'client', start: number, end: number, detail: string): void => {
    facts.push({ type: 'system', entryId: entry.id, evidence, detail, start, end });
  };

  // Imports, line by line (continuations with parentheses are joined by the regex's [^)]).
  const importLine = /^[ \t]*import[ \t]+([\w.]+(?:[ \t]+as[ \t]+\w+)?(?:[ \t]*,[ \t]*[\w.]+(?:[ \t]+as[ \t]+\w+)?)*)/gm;
  for (let m = importLine.exec(code); m; m = importLine.exec(code)) {
    for (const part of (m[1] as string).split(',')) {
      const [module, alias] = part.trim().split(/\s+as\s+/);
      const entry = module ? entryForPythonModule(module) : undefined;
      if (!entry || !module) continue;
      system(entry, 'import', m.index, m.index + m[0].length, module);
      bindings.set(alias ?? (module.split('.')[0] as string), entry);
    }
  }
  const fromLine = /^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)/gm;
  for (let m = fromLine.exec(code); m; m = fromLine.exec(code)) {
    const module = m[1] as string;
    const names = (m[2] as string).replace(/[()\\]/g, ' ');
    const entry =
      entryForPythonModule(module) ??
      names
        .split(',')
        .map((n) => entryForPythonModule(`${module}.${n.trim().split(/\s+/)[0] ?? ''}`))
        .find(Boolean);
    if (!entry) continue;
    const lineEnd = code.indexOf('\n', m.index);
    system(entry, 'import', m.index, lineEnd === -1 ? code.length : lineEnd, module);
    for (const part of names.split(',')) {
      const [name, alias] = part.trim().split(/\s+as\s+/);
      if (name) bindings.set(alias ?? name, entry);
    }
  }

  // Constructors of imported clients, and boto3 clients by service name.
  const call = /\b([A-Za-z_]\w*)(?:\.([A-Za-z_]\w*))?\s*\(/g;
  for (let m = call.exec(code); m; m = call.exec(code)) {
    const root = m[1] as string;
    const member = m[2];
    const entry = bindings.get(root);
    if (!entry) continue;
    const open = m.index + m[0].length;
    if ((member === 'client' || member === 'resource') && (entry.id === 'aws' || root === 'boto3')) {
      const arg = firstStringAtOrAfter(strings, open);
      if (arg && code.slice(open, arg.start).trim() !== '') continue;
      const service = arg ? entryForAwsService(arg.value) : undefined;
      if (service) system(service, 'client', m.index, open, `${root}.${member}("${arg?.value ?? ''}")`);
      continue;
    }
    const className = member ?? root;
    if (entry.constructors?.includes(className) || (member === undefined && /^[A-Z]/.test(root)))
      system(entry, 'constructor', m.index, open - 1, className);
  }

  // URL literals.
  for (const s of strings) {
    if (!s.value.includes('://')) continue;
    const url = urlHost(s.value.trim());
    if (!url) continue;
    if (url.scheme === 'http' && !isLocalHost(url.host) && !isIdentifierHost(url.host))
      facts.push({ type: 'plaintext-http', detail: url.host, start: s.start, end: s.end });
    const entry = entryForHost(url.host);
    if (entry) system(entry, 'host', s.start, s.end, url.host);
  }

  // TLS settings.
  const tls: [RegExp, 'weak-tls' | 'tls-verification-off', string][] = [
    [/\bverify\s*=\s*False\b/g, 'tls-verification-off', 'verify=False'],
    [/\bcheck_hostname\s*=\s*False\b/g, 'tls-verification-off', 'check_hostname = False'],
    [/\b(?:ssl\.)?CERT_NONE\b/g, 'tls-verification-off', 'ssl.CERT_NONE'],
    [/\bssl\._create_unverified_context\b/g, 'tls-verification-off', 'ssl._create_unverified_context'],
    [/\bPROTOCOL_(?:TLSv1|TLSv1_1|SSLv2|SSLv3)\b/g, 'weak-tls', 'PROTOCOL_TLSv1'],
    [/\b(?:minimum_version|maximum_version)\s*=\s*(?:ssl\.)?TLSVersion\.(?:SSLv3|TLSv1|TLSv1_1)\b/g, 'weak-tls', 'minimum_version'],
  ];
  for (const [pattern, type, detail] of tls) {
    for (let m = pattern.exec(code); m; m = pattern.exec(code)) facts.push({ type, detail, start: m.index, end: m.index + m[0].length });
  }

  // Logging calls: the argument span up to the matching parenthesis (matched in one pass).
  // Only calls that close within 4,000 characters and hold no other logging call are read,
  // so every character is read at most once: linear in the file size.
  const close = matchBrackets(code);
  const calls: { open: number; end: number }[] = [];
  LOG_CALL.lastIndex = 0;
  for (let m = LOG_CALL.exec(code); m; m = LOG_CALL.exec(code)) {
    const open = m.index + m[0].length;
    const end = close.get(open - 1);
    if (end !== undefined && end - open <= 4_000) calls.push({ open, end });
  }
  calls.forEach((c, i) => {
    const next = calls[i + 1];
    if (next && next.open < c.end) return;
    const hit = leakedName(code.slice(c.open, c.end));
    if (hit) facts.push({ type: hit.type, detail: hit.name, start: c.open + hit.offset, end: c.open + hit.offset + hit.length });
  });
  return facts;
}

/** Offsets of each opening bracket's matching closing bracket, in one pass with a stack. */
function matchBrackets(code: string): Map<number, number> {
  const out = new Map<number, number>();
  const stack: number[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) stack.push(i);
    else if (c === 41 || c === 93 || c === 125) {
      const open = stack.pop();
      if (open !== undefined) out.set(open, i);
    }
  }
  return out;
}

/** The first string literal starting at or after `offset` (binary search; `strings` is in source order). */
function firstStringAtOrAfter(strings: readonly StringToken[], offset: number): StringToken | undefined {
  let lo = 0;
  let hi = strings.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((strings[mid] as StringToken).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return strings[lo];
}

function leakedName(args: string): { type: 'credentials-in-logs' | 'prompt-in-logs'; name: string; offset: number; length: number } | undefined {
  IDENT.lastIndex = 0;
  const sanitized: [number, number][] = [];
  // Spans inside sanitizer calls: mask(token), len(prompt), hash(api_key).
  const sanitizer = /\b([A-Za-z_]\w*)\s*\(/g;
  for (let m = sanitizer.exec(args); m; m = sanitizer.exec(args)) {
    if (!SANITIZER.test(m[1] as string)) continue;
    let depth = 1;
    let k = m.index + m[0].length;
    while (k < args.length && depth > 0) {
      if (args[k] === '(') depth++;
      else if (args[k] === ')') depth--;
      k++;
    }
    sanitized.push([m.index, k]);
  }
  for (let m = IDENT.exec(args); m; m = IDENT.exec(args)) {
    const whole = m[0].replace(/\s*\[\s*\]$/, '');
    const after = args.slice(m.index + m[0].length).trimStart();
    if (after.startsWith('(') || (after.startsWith('=') && !after.startsWith('=='))) continue; // a call, or a keyword argument's name
    if (sanitized.some(([a, b]) => m.index >= a && m.index < b)) continue;
    const before = args.slice(0, m.index).trimEnd();
    if (/\bnot$|\blen\($|\bbool\($/.test(before)) continue;
    const name = whole.split('.').pop() ?? whole;
    if (['True', 'False', 'None', 'and', 'or', 'not', 'in', 'is', 'if', 'else', 'for', 'lambda'].includes(name)) continue;
    if (isCredentialName(name)) return { type: 'credentials-in-logs', name, offset: m.index, length: whole.length };
    if (isPromptName(name)) return { type: 'prompt-in-logs', name, offset: m.index, length: whole.length };
  }
  return undefined;
}
