import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { primaryLocationLineHashes } from '../../../shared/engine/primary-location-line-hashes.js';

/** codeql-action's algorithm written out with BigInt (modulo 2^64), as the reference for the two-halves arithmetic. */
function referenceHashes(text: string): string[] {
  const hashes: string[] = [];
  const window: number[] = new Array<number>(100).fill(0);
  const lineNumbers: number[] = new Array<number>(100).fill(-1);
  const counts = new Map<string, number>();
  const firstMod = BigInt.asUintN(64, 37n ** 100n);
  let hash = 0n;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  const output = (): void => {
    const value = hash.toString(16);
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    hashes[(lineNumbers[index] as number) - 1] = `${value}:${count}`;
    lineNumbers[index] = -1;
  };
  const update = (current: number): void => {
    const begin = window[index] as number;
    window[index] = current;
    hash = BigInt.asUintN(64, 37n * hash + BigInt(current) - firstMod * BigInt(begin));
    index = (index + 1) % 100;
  };
  const step = (code: number): void => {
    let current = code;
    if (current === 32 || current === 9 || (prevCR && current === 10)) {
      prevCR = false;
      return;
    }
    if (current === 13) {
      current = 10;
      prevCR = true;
    } else prevCR = false;
    if (lineNumbers[index] !== -1) output();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (current === 10) lineStart = true;
    update(current);
  };
  for (let i = 0; i < text.length; i++) step(text.charCodeAt(i));
  step(65535);
  for (let i = 0; i < 100; i++) {
    if (lineNumbers[index] !== -1) output();
    update(0);
  }
  return hashes;
}

// Expected values are the published test vectors of github/codeql-action's
// `src/fingerprints.test.ts`, the code `upload-sarif` runs: equal values mean GitHub
// tracks Tollgate's alerts exactly as it would had it hashed the lines itself.
describe('primaryLocationLineHashes', () => {
  it("matches codeql-action's hash for an empty file and mixed whitespace", () => {
    expect(primaryLocationLineHashes('')).toEqual(['c129715d7a2bc9a3:1']);
    expect(primaryLocationLineHashes(' a\nb\n  \t\tc\n d')).toEqual([
      '271789c17abda88f:1',
      '54703d4cd895b18:1',
      '180aee12dab6264:1',
      'a23a3dc5e078b07b:1',
    ]);
    expect(primaryLocationLineHashes(' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End')).toEqual([
      '8b7cf3e952e7aeb2:1',
      'b1ae1287ec4718d9:1',
      'bff680108adb0fcc:1',
      'c6805c5e1288b612:1',
      'b86d3392aea1be30:1',
      'e6ceba753e1a442:1',
    ]);
  });

  it('gives \\n, \\r\\n, a lone \\r and a mix the same hashes', () => {
    const expected = [
      'e9496ae3ebfced30:1',
      'fb7c023a8b9ccb3f:1',
      'ce8ba1a563dcdaca:1',
      'e20e36e16fcb0cc8:1',
      'b3edc88f2938467e:1',
      'c8e28b0b4002a3a0:1',
      'c129715d7a2bc9a3:1',
    ];
    expect(primaryLocationLineHashes(' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n')).toEqual(expected);
    expect(primaryLocationLineHashes(' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r')).toEqual(expected);
    expect(primaryLocationLineHashes(' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n')).toEqual(expected);
    expect(primaryLocationLineHashes(' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n')).toEqual(expected);
  });

  it('tells identical lines apart by a running count', () => {
    expect(primaryLocationLineHashes('Lorem ipsum dolor sit amet.\n'.repeat(10))).toEqual([
      'a7f2ff13bc495cf2:1',
      'a7f2ff13bc495cf2:2',
      'a7f2ff13bc495cf2:3',
      'a7f2ff13bc495cf2:4',
      'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6',
      'a7f2ff1481e87703:1',
      'a9cf91f7bbf1862b:1',
      '55ec222b86bcae53:1',
      'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ]);
  });

  it('covers up to 100 characters after the line start, across lines, and no further', () => {
    const tail = 'x'.repeat(120);
    const [a] = primaryLocationLineHashes(`first\nSECRET1\n${tail}`);
    const [b] = primaryLocationLineHashes(`first\nSECRET2\n${tail}`);
    expect(a).not.toBe(b);
    const [c] = primaryLocationLineHashes(`first\n${tail}\nSECRET1`);
    const [d] = primaryLocationLineHashes(`first\n${tail}\nSECRET2`);
    expect(c).toBe(d);
  });

  it('equals the BigInt reference on any text (line ends, blanks, any UTF-16 code unit, long lines)', () => {
    const unit = fc.oneof(
      fc.constantFrom('\n', '\r', '\r\n', ' ', '\t', 'a', 'Z', '*', '\uffff', '\u0000'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('x'.repeat(150), 'Lorem ipsum dolor sit amet.\n'),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 400 }), (parts) => {
        const text = parts.join('');
        expect(primaryLocationLineHashes(text)).toEqual(referenceHashes(text));
      }),
      { numRuns: 300 },
    );
  });

  it('computes only the wanted lines, each equal to its value among all lines', () => {
    const unit = fc.oneof(
      fc.constantFrom('\n', '\r', '\r\n', ' ', 'a', 'x'.repeat(150), 'Lorem ipsum dolor sit amet.\n', 'same\n'),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 300 }), fc.array(fc.integer({ min: -1, max: 120 }), { maxLength: 8 }), (parts, lines) => {
        const text = parts.join('');
        const all = referenceHashes(text);
        const some = primaryLocationLineHashes(text, lines);
        for (const [i, value] of some.entries()) if (value !== undefined) expect(lines).toContain(i + 1);
        for (const line of lines) if (line >= 1) expect(some[line - 1]).toBe(all[line - 1]);
      }),
      { numRuns: 300 },
    );
  });

  it('counts repeated lines past the table growing (thousands of distinct and repeated hashes)', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i % 1700}`).join('\n');
    expect(primaryLocationLineHashes(text)).toEqual(referenceHashes(text));
    expect(primaryLocationLineHashes(text, [4999, 5000])).toEqual(
      Object.assign([], { 4998: referenceHashes(text)[4998], 4999: referenceHashes(text)[4999] }),
    );
  });
});
