import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { SECRETLINT_RULES } from '../secretlint-bridge.js';
import { decodeBase64 } from './support/decode-base64.js';

const BEGIN = /-----BEGIN ((?:[A-Z0-9]{1,12} ){0,3})PRIVATE KEY(?: BLOCK)?-----/g;
const ENCODED_PEM = /LS0tLS1CRUdJTi[A-Za-z0-9+/]{60,30000}={0,2}/g;
const PUTTY = /^PuTTY-User-Key-File-[23]: [^\n]{1,100}$/gm;
const PRIVATE_LINES = /\nPrivate-Lines: (\d{1,3})\r?\n/;
const HEADER_LINE = /^(?:Proc-Type|DEK-Info|Comment|Version|Hash|Charset):[^\n]{0,200}(?:\n|\\n)/;
const privateKeyRule = SECRETLINT_RULES.find((r) => r.id === 'secrets/private-key');
if (!privateKeyRule) throw new Error('secrets/private-key is not declared by the secretlint bridge');

/** Characters a PEM body may hold where it is written: base64, whitespace, `\n` escapes, and string concatenation. */
function isBodyChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 43 ||
    c === 47 ||
    c === 61 ||
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 92 ||
    c === 34 ||
    c === 39 ||
    c === 44
  );
}

/**
 * PEM private keys of every type — RSA, DSA, EC, OpenSSH, PKCS#8 (`PRIVATE KEY`),
 * encrypted PKCS#8 (`ENCRYPTED PRIVATE KEY`) and PGP — in files, strings with `\n`
 * escapes (JSON service-account files, notebooks) and concatenated string
 * literals. secretlint's rule misses EC keys (their body starts `MHc`, not `MI`),
 * `ENCRYPTED PRIVATE KEY` blocks and short keys; this reports under the same rule
 * id. A block whose body has fewer than 40 base64 characters (`MIIE...`, `<key>`)
 * is a placeholder, and so is one cut short with `...`. Base64-encoded PEM files
 * (`LS0tLS1CRUdJTi…`) are decoded and reported when they hold a private key, and
 * PuTTY key files (`PuTTY-User-Key-File-2/3:` with `Private-Lines:`) from their header.
 */
export const pemPrivateKey: SecretDetector = {
  rule: privateKeyRule,
  keywords: ['private key', 'ls0tls1crudjt', 'putty-user-key-file'],
  *detect(file) {
    const { text } = file;
    const out: SecretCandidate[] = [];
    const re = new RegExp(BEGIN.source, 'g');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      let p = m.index + m[0].length;
      // Skip the header lines of legacy encrypted PEM (Proc-Type, DEK-Info) and PGP armor.
      for (let guard = 0; guard < 6; guard++) {
        const rest = text.slice(p, p + 300).replace(/^(?:\\n|\n|\r\n|[ \t"'+,])+/, (s) => {
          p += s.length;
          return '';
        });
        const h = HEADER_LINE.exec(rest);
        if (!h) break;
        p += h[0].length;
      }
      let base64 = 0;
      let i = p;
      const limit = Math.min(text.length, p + 20_000);
      for (; i < limit; i++) {
        const c = text.charCodeAt(i);
        if (c === 45 && text.startsWith('-----END', i)) break;
        if (!isBodyChar(c)) break;
        if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 92 && c !== 34 && c !== 39 && c !== 44) base64++;
      }
      // `MIIEow…\n...\n-----END`: a truncated documentation example.
      if (base64 < 40 || text.startsWith('...', i) || text[i] === '…' || text.startsWith('<', i)) continue;
      let end = i;
      if (text.startsWith('-----END', i)) {
        const close = text.indexOf('-----', i + 8);
        end = close !== -1 && close - i < 80 ? close + 5 : i;
      } else {
        while (end > p && !/[A-Za-z0-9+/=]/.test(text[end - 1] as string)) end--;
      }
      out.push({
        ruleId: pemPrivateKey.rule.id,
        messageId: 'found',
        start,
        end,
        value: text.slice(start, end),
        data: { type: (m[1] ?? '').trim() || 'PKCS#8' },
        priority: 20,
      });
      re.lastIndex = end;
    }
    // PuTTY key files (`.ppk`): the private part is the base64 under `Private-Lines: N`.
    for (const h of text.matchAll(PUTTY)) {
      const lines = PRIVATE_LINES.exec(text.slice(h.index, h.index + 8000));
      if (!lines) continue;
      let end = h.index + lines.index + lines[0].length;
      let base64 = 0;
      for (let n = 0; n < Number(lines[1]) && end < text.length; n++) {
        const next = text.indexOf('\n', end);
        const line = text.slice(end, next === -1 ? text.length : next).trim();
        if (!/^[A-Za-z0-9+/]+={0,2}$/.test(line)) break;
        base64 += line.length;
        end = next === -1 ? text.length : next + 1;
      }
      if (base64 < 40) continue;
      while (end > h.index && /\s/.test(text[end - 1] as string)) end--;
      out.push({
        ruleId: pemPrivateKey.rule.id,
        messageId: 'found',
        start: h.index,
        end,
        value: text.slice(h.index, end),
        data: { type: 'PuTTY' },
        priority: 20,
      });
    }
    // Base64 of a PEM file (`LS0tLS1CRUdJTi…` is `-----BEGIN`), as env vars and CI secrets often carry keys.
    if (text.includes('LS0tLS1CRUdJTi')) {
      for (const m of text.matchAll(ENCODED_PEM)) {
        const decoded = decodeBase64(m[0].slice(0, 20_000));
        if (!decoded || decoded.binary || !/-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY/.test(decoded.text)) continue;
        out.push({
          ruleId: pemPrivateKey.rule.id,
          messageId: 'found',
          start: m.index,
          end: m.index + m[0].length,
          value: m[0],
          data: { type: 'base64-encoded PEM' },
          priority: 20,
        });
      }
    }
    yield* out;
  },
};
