/**
 * GitHub code scanning's `partialFingerprints.primaryLocationLineHash` for every line
 * of `text`: index 0 holds line 1's value. The algorithm is the one
 * github/codeql-action's `upload-sarif` runs over a file on disk (`src/fingerprints.ts`),
 * so a value computed here is the value GitHub would compute for the same text:
 *
 * - spaces and tabs are skipped, `\r\n` and a lone `\r` count as `\n`;
 * - a line's hash is a rolling polynomial hash (base 37, modulo 2^64) of the 100
 *   characters (UTF-16 code units) that follow the start of the line, across line
 *   ends; after the last character one end marker (65535) and then zeros;
 * - the value is the unsigned hash in lowercase hex, then `:` and how many times that
 *   hash has been seen so far in the file (`1` for the first), so identical lines are
 *   told apart by their order.
 *
 * Callers pass the text with every found secret already masked: the hash covers the
 * next 100 characters, so an unmasked secret on this or a following line would feed it.
 * Lines are counted as codeql-action counts them (a lone `\r` ends a line).
 */
export function primaryLocationLineHashes(text: string): string[] {
  const hashes: string[] = [];
  const counts = new Map<string, number>();
  const window = new Int32Array(BLOCK_SIZE);
  // The line number whose first character sits at each window slot, or -1.
  const lineNumbers = new Int32Array(BLOCK_SIZE).fill(-1);
  // The 64-bit hash as its high and low 32 bits, held in plain local numbers: every
  // step is exact in doubles (no intermediate reaches 2^53), and nothing is
  // allocated per character (a BigInt per step was most of the cost).
  let hi = 0;
  let lo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  const n = text.length;
  // The text, then one end marker, then BLOCK_SIZE zeros that flush the last windows.
  for (let i = 0; i <= n + BLOCK_SIZE; i++) {
    let current: number;
    if (i <= n) {
      current = i < n ? text.charCodeAt(i) : EOF;
      if (current === SPACE || current === TAB || (prevCR && current === LF)) {
        prevCR = false;
        continue;
      }
      if (current === CR) {
        current = LF;
        prevCR = true;
      } else prevCR = false;
    } else current = 0;
    const startingLine = lineNumbers[index] as number;
    if (startingLine !== -1) {
      const value = hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
      const count = (counts.get(value) ?? 0) + 1;
      counts.set(value, count);
      hashes[startingLine - 1] = `${value}:${count}`;
      lineNumbers[index] = -1;
    }
    if (i <= n) {
      if (lineStart) {
        lineStart = false;
        lineNumber++;
        lineNumbers[index] = lineNumber;
      }
      if (current === LF) lineStart = true;
    }
    // hash = (37 * hash + current - 37^100 * leaving) mod 2^64
    const leaving = window[index] as number;
    window[index] = current;
    const leavingLow = FIRST_LO * leaving;
    const leavingCarry = Math.floor(leavingLow / TWO_32);
    let l = lo * 37 + current - (leavingLow - leavingCarry * TWO_32);
    const carry = Math.floor(l / TWO_32);
    l -= carry * TWO_32;
    const h = hi * 37 + carry - FIRST_HI * leaving - leavingCarry;
    hi = h - Math.floor(h / TWO_32) * TWO_32;
    lo = l;
    index = index + 1 === BLOCK_SIZE ? 0 : index + 1;
  }
  return hashes;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const EOF = 65535;
const BLOCK_SIZE = 100;
const TWO_32 = 2 ** 32;
/** 37^100 modulo 2^64 (the weight of the character leaving the window), as its high and low 32 bits. */
const FIRST_MOD = BigInt.asUintN(64, 37n ** BigInt(BLOCK_SIZE));
const FIRST_HI = Number(FIRST_MOD >> 32n);
const FIRST_LO = Number(FIRST_MOD & 0xffffffffn);
