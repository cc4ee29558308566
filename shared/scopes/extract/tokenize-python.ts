/** A Python token, as far as scope extraction needs: strings, names, operators, line ends. */
export type PyToken =
  | {
      readonly type: 'str';
      readonly start: number;
      readonly end: number;
      readonly contentStart: number;
      readonly contentEnd: number;
      readonly fstring: boolean;
      readonly raw: boolean;
    }
  | { readonly type: 'name'; readonly start: number; readonly end: number; readonly value: string }
  | { readonly type: 'op'; readonly start: number; readonly end: number; readonly value: string }
  | { readonly type: 'newline'; readonly start: number; readonly end: number };

const NAME_START = /[A-Za-z_]/;
const NAME_PART = /[A-Za-z0-9_]/;

/**
 * A small, linear-time Python tokenizer: string literals (all prefixes, single and
 * triple quotes, escapes), names, one-character operators (plus `==`, `!=`, `<=`,
 * `>=`, `:=`, `->`, `**`), and logical line ends (none inside brackets or after a
 * backslash continuation). Comments are skipped. It does not parse numbers
 * precisely (digits become name-like tokens) and does not track indentation; the
 * scope extractor needs neither.
 */
export function tokenizePython(text: string): PyToken[] {
  const tokens: PyToken[] = [];
  let depth = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i] as string;
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      continue;
    }
    if (c === '\n') {
      if (depth === 0 && tokens.length > 0 && tokens[tokens.length - 1]?.type !== 'newline') tokens.push({ type: 'newline', start: i, end: i + 1 });
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++;
      continue;
    }
    if (NAME_START.test(c) || (c >= '0' && c <= '9')) {
      let j = i + 1;
      while (j < n && NAME_PART.test(text[j] as string)) j++;
      const word = text.slice(i, j);
      const q = text[j];
      if ((q === '"' || q === "'") && /^(r|u|b|f|br|rb|fr|rf)$/i.test(word)) {
        i = readString(text, i, j, word.toLowerCase(), tokens);
        continue;
      }
      tokens.push({ type: 'name', start: i, end: j, value: word });
      i = j;
      continue;
    }
    if (c === '"' || c === "'") {
      i = readString(text, i, i, '', tokens);
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=' || two === ':=' || two === '->' || two === '**') {
      tokens.push({ type: 'op', start: i, end: i + 2, value: two });
      i += 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    tokens.push({ type: 'op', start: i, end: i + 1, value: c });
    i++;
  }
  return tokens;
}

/** Reads a string literal whose quote starts at `q` (prefix from `start`); returns the index after it. */
function readString(text: string, start: number, q: number, prefix: string, tokens: PyToken[]): number {
  const quote = text[q] as string;
  const triple = text.slice(q, q + 3) === quote.repeat(3);
  const open = triple ? 3 : 1;
  const raw = prefix.includes('r');
  let i = q + open;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '\\') {
      i += 2;
      continue;
    }
    if (!triple && c === '\n') break; // unterminated: stop at the line end
    if (c === quote && (!triple || text.slice(i, i + 3) === quote.repeat(3))) {
      tokens.push({ type: 'str', start, end: i + open, contentStart: q + open, contentEnd: i, fstring: prefix.includes('f'), raw });
      return i + open;
    }
    i++;
  }
  tokens.push({ type: 'str', start, end: Math.min(i, n), contentStart: q + open, contentEnd: Math.min(i, n), fstring: prefix.includes('f'), raw });
  return Math.min(i, n);
}
