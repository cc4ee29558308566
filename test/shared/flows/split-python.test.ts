import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitPython } from '../../../shared/flows/scan-python.js';

/** The character-at-a-time splitter `splitPython` replaced, kept as the reference its runs must agree with. */
function referenceSplit(text: string): { code: string; strings: { start: number; end: number; value: string }[] } {
  const out: string[] = [];
  const strings: { start: number; end: number; value: string }[] = [];
  const n = text.length;
  let i = 0;
  const blank = (c: string): string => (c === '\n' ? '\n' : ' ');
  while (i < n) {
    const c = text[i] as string;
    if (c === '#') {
      while (i < n && text[i] !== '\n') {
        out.push(' ');
        i++;
      }
      continue;
    }
    // String prefix (r, b, f, u and combinations) directly before a quote.
    let j = i;
    let prefix = '';
    while (j < n && j - i < 3 && /[rRbBuUfF]/.test(text[j] as string)) prefix += text[j++];
    const q = text[j];
    const wordBefore = i > 0 && /[\w]/.test(text[i - 1] as string);
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
        const ch = text[k] as string;
        if (!isRaw && ch === '\\' && k + 1 < n) {
          out.push(' ', blank(text[k + 1] as string));
          k += 2;
          continue;
        }
        if (depth === 0 && text.startsWith(delim, k)) break;
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

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Every Python file under the test fixtures and corpora. */
function pythonFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.pyw?$/.test(name)) out.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of ['shared', 'corpus']) walk(join(ROOT, dir));
  return out;
}

describe('splitPython', () => {
  it('blanks comments and string contents, keeps f-string fields, and returns the literals', () => {
    const text = 'x = f\'a{b}c\' # t\nfor r in rb\'\\q\': print("""m\n""")\n';
    const { code, strings } = splitPython(text);
    expect(code).toHaveLength(text.length);
    expect(code).toBe('x =     b       \nfor r in       : print(    \n   )\n');
    expect(strings.map((s) => s.value)).toEqual(['a{b}c', '\\q', 'm\n']);
  });

  it('agrees with the character-at-a-time reference on every Python fixture and corpus file', () => {
    const files = pythonFiles();
    expect(files.length).toBeGreaterThan(20);
    for (const text of files) expect(splitPython(text)).toEqual(referenceSplit(text));
  });

  it('agrees with the reference on any mix of prefixes, quotes, escapes, braces, comments and line ends', () => {
    const piece = fc.oneof(
      fc.constantFrom('r', 'R', 'b', 'B', 'u', 'U', 'f', 'F', 'rb', 'fr', 'Rb', 'bR', 'x', '_', '0', ' ', '\t'),
      fc.constantFrom("'", '"', "'''", '"""', '\\', '\n', '\r\n', '#', '{', '}', '{{', '}}', 'for', 'print(', ')', '=', 'é', '\ud83d'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        expect(splitPython(text)).toEqual(referenceSplit(text));
      }),
      { numRuns: 2000 },
    );
  });
});
