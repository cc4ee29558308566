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
  const window: number[] = new Array<number>(BLOCK_SIZE).fill(0);
  // The line number whose first character sits at each window slot, or -1.
  const lineNumbers: number[] = new Array<number>(BLOCK_SIZE).fill(-1);
  const counts = new Map<string, number>();
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
  // BigInt per character is the cost; a code's BigInt and its weight leaving the window
  // are looked up (source text uses few distinct codes).
  const big = new Map<number, bigint>();
  const leaving = new Map<number, bigint>();
  const update = (current: number): void => {
    const begin = window[index] as number;
    window[index] = current;
    let c = big.get(current);
    if (c === undefined) big.set(current, (c = BigInt(current)));
    let b = leaving.get(begin);
    if (b === undefined) leaving.set(begin, (b = FIRST_MOD * BigInt(begin)));
    hash = BigInt.asUintN(64, MOD * hash + c - b);
    index = (index + 1) % BLOCK_SIZE;
  };
  const process = (code: number): void => {
    let current = code;
    if (current === SPACE || current === TAB || (prevCR && current === LF)) {
      prevCR = false;
      return;
    }
    if (current === CR) {
      current = LF;
      prevCR = true;
    } else prevCR = false;
    if (lineNumbers[index] !== -1) output();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (current === LF) lineStart = true;
    update(current);
  };

  for (let i = 0; i < text.length; i++) process(text.charCodeAt(i));
  process(EOF);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1) output();
    update(0);
  }
  return hashes;
}

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const EOF = 65535;
const BLOCK_SIZE = 100;
const MOD = 37n;
/** 37^100 modulo 2^64: the weight of the character leaving the window. */
const FIRST_MOD = BigInt.asUintN(64, MOD ** BigInt(BLOCK_SIZE));
