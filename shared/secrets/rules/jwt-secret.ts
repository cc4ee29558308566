import { createRule } from '../../model/rule.js';
import type { ScannedFile, SecretCandidate, SecretDetector } from '../secret-detector.js';
import { findAssignments } from './support/find-assignments.js';
import { looksLikePassword, looksRandom } from './support/secret-shape.js';
import { splitKeyWords } from './support/split-key-words.js';

// jwt.sign(payload, "secret"), jwt.verify(token, 'secret'), jwt.encode(payload, "secret", algorithm="HS256"),
// jwt.decode(token, "secret", algorithms=[...]) in jsonwebtoken, PyJWT, python-jose, jose.
const JWT_CALL = /\b(?:jwt|jsonwebtoken|jose|jws|JWT)\.(?:sign|verify|encode|decode)\(/g;
// jose: new SignJWT(...).sign(new TextEncoder().encode("secret")), jwtVerify(token, new TextEncoder().encode("secret")).
const JOSE_ENCODE = /\b(?:SignJWT|jwtVerify|jwtDecrypt|EncryptJWT|createSecretKey)\b[^\n]{0,300}?new TextEncoder\(\)\.encode\([ \t]{0,4}/g;

/** A name that holds a JWT signing secret: `JWT_SECRET`, `jwtSecret`, `jwt_signing_key`, `signing_key`. */
function isJwtSecretName(key: string): boolean {
  const words = splitKeyWords(key);
  const last = words[words.length - 1];
  if (last !== 'secret' && last !== 'key' && last !== 'secretkey' && last !== 'signingkey') return false;
  if (words.includes('public') || words.includes('verify') || words.includes('verification')) return false;
  return words.includes('jwt') || words.includes('jws') || words.includes('signing') || last === 'signingkey';
}

/** Reads the string literal that starts at `pos` (after blanks), or undefined. */
function literalAt(text: string, pos: number): { start: number; end: number } | undefined {
  let p = pos;
  while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
  let quote = text[p];
  let open = 1;
  if (quote === '\\' && (text[p + 1] === '"' || text[p + 1] === "'")) {
    quote = text.slice(p, p + 2);
    open = 2;
  } else if (quote !== '"' && quote !== "'" && quote !== '`') return undefined;
  const end = text.indexOf(quote as string, p + open);
  if (end === -1 || end - p > 500 || text.slice(p + open, end).includes('\n')) return undefined;
  return { start: p + open, end };
}

/** The offset just after the first top-level comma of the call whose `(` is at `open - 1`; bounded to 2,000 characters. */
function secondArgument(text: string, open: number): number | undefined {
  let depth = 0;
  let quote = '';
  const limit = Math.min(text.length, open + 2000);
  for (let i = open; i < limit; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return undefined;
      depth--;
    } else if (c === ',' && depth === 0) return i + 1;
  }
  return undefined;
}

const acceptable = (value: string): boolean => looksRandom(value) || looksLikePassword(value);

/**
 * Secrets that sign JSON Web Tokens (HS256 and friends): assigned to JWT-named
 * variables, or passed as a literal to `jwt.sign`/`verify`/`encode`/`decode` or
 * jose's `TextEncoder().encode(...)`. Anyone holding one can mint valid tokens for
 * any user. These are often human-chosen, so a password-like literal of 8 or more
 * characters is enough.
 */
export const jwtSecret: SecretDetector = {
  rule: createRule({
    id: 'secrets/jwt-secret',
    description: 'JWT signing secret assigned to a JWT/signing key name or passed as a literal to a JWT library.',
    defaultSeverity: 'error',
    messages: {
      found:
        'JWT signing secret {{masked}} is hard-coded; anyone with it can forge tokens. Generate a new random secret (32+ bytes), load it from a secret store, and invalidate existing sessions.',
    },
  }),
  keywords: ['jwt', 'signing', 'jose', 'jws'],
  *detect(file: ScannedFile) {
    const out: SecretCandidate[] = [];
    const { text } = file;
    for (const a of findAssignments(file)) {
      if (!isJwtSecretName(a.key) || !acceptable(a.value)) continue;
      out.push({ ruleId: this.rule.id, messageId: 'found', start: a.start, end: a.end, value: a.value, keyName: a.key, priority: 10 });
    }
    const calls = [/(?:jwt|jsonwebtoken|jose|jws|JWT)\./.test(text) ? JWT_CALL : undefined, text.includes('TextEncoder') ? JOSE_ENCODE : undefined];
    for (const re of calls) {
      if (!re) continue;
      const r = new RegExp(re.source, re.flags);
      let m: RegExpExecArray | null;
      while ((m = r.exec(text)) !== null) {
        const at = re === JWT_CALL ? secondArgument(text, m.index + m[0].length) : m.index + m[0].length;
        if (at === undefined) continue;
        const lit = literalAt(text, at);
        if (!lit) continue;
        const value = text.slice(lit.start, lit.end);
        if (!acceptable(value)) continue;
        out.push({ ruleId: this.rule.id, messageId: 'found', start: lit.start, end: lit.end, value, priority: 10 });
      }
    }
    yield* out;
  },
};
