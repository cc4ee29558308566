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
 *
 * @param wanted the 1-based lines whose values are wanted (every line when left out);
 *   the others' places in the result are left empty. Each value still counts every
 *   earlier line with the same hash.
 */
export function primaryLocationLineHashes(text: string, wanted?: Iterable<number>): string[] {
  const hashes: string[] = [];
  // Which lines' values are wanted (1-based), when not all: only those are formatted, and
  // the walk stops once the last of them is out (later lines cannot change its count).
  let want: Uint8Array | undefined;
  let pending = 0;
  if (wanted !== undefined) {
    const lines = [...wanted].filter((l) => Number.isInteger(l) && l >= 1);
    want = new Uint8Array(lines.reduce((max, l) => Math.max(max, l), 0) + 1);
    for (const l of lines) {
      if (want[l] === 1) continue;
      want[l] = 1;
      pending++;
    }
    if (pending === 0) return hashes;
  }
  const counts = new HashCounts();
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
      const count = counts.increment(hi, lo);
      if (want === undefined || want[startingLine] === 1) {
        const value = hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
        hashes[startingLine - 1] = `${value}:${count}`;
        if (want !== undefined && --pending === 0) break;
      }
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

/**
 * How many times each 64-bit hash (its high and low 32 bits) has been seen: an
 * open-addressing table in typed arrays, so counting a line allocates nothing (a map
 * keyed by the hex string built every line's string, most of the cost on files whose
 * values are mostly not wanted).
 */
class HashCounts {
  private his = new Uint32Array(64);
  private los = new Uint32Array(64);
  private counts = new Uint32Array(64);
  private size = 0;

  /** Counts one more `(hi, lo)` and returns its count so far (1 the first time). */
  increment(hi: number, lo: number): number {
    if ((this.size + 1) * 2 > this.counts.length) this.grow();
    const slot = this.slotOf(hi, lo);
    const count = (this.counts[slot] as number) + 1;
    if (count === 1) {
      this.his[slot] = hi;
      this.los[slot] = lo;
      this.size++;
    }
    this.counts[slot] = count;
    return count;
  }

  /** The slot holding `(hi, lo)`, or the empty one where it goes (linear probing). */
  private slotOf(hi: number, lo: number): number {
    const mask = this.counts.length - 1;
    let slot = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 16) & mask;
    while (this.counts[slot] !== 0 && (this.his[slot] !== hi || this.los[slot] !== lo)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { his, los, counts } = this;
    this.his = new Uint32Array(counts.length * 2);
    this.los = new Uint32Array(counts.length * 2);
    this.counts = new Uint32Array(counts.length * 2);
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      const slot = this.slotOf(his[i] as number, los[i] as number);
      this.his[slot] = his[i] as number;
      this.los[slot] = los[i] as number;
      this.counts[slot] = counts[i] as number;
    }
  }
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
