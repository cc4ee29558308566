// A small seeded pseudo-random generator (mulberry32) with the helpers the corpus
// generator needs. Deterministic across platforms and Node versions: the same seed
// always gives the same corpus. Not for cryptography.

export const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const LOWER = 'abcdefghijklmnopqrstuvwxyz';
export const DIGITS = '0123456789';
export const ALNUM = UPPER + LOWER + DIGITS;
export const HEX = '0123456789abcdef';
export const BASE64 = ALNUM + '+/';
export const BASE64URL = ALNUM + '-_';

/**
 * Creates a seeded random source.
 * @param {number} seed any 32-bit integer
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  /** @returns {number} a float in [0, 1) */
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  return {
    next,
    /** An integer in [min, max], both inclusive. */
    int,
    pick,
    /** True with probability p. */
    chance: (p) => next() < p,
    /** n characters drawn from the alphabet. */
    chars: (n, alphabet = ALNUM) => {
      let s = '';
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)];
      return s;
    },
    /** One item of [{ weight, ... }], chosen in proportion to weight. */
    weighted: (items) => {
      const total = items.reduce((sum, i) => sum + i.weight, 0);
      let x = next() * total;
      for (const item of items) {
        x -= item.weight;
        if (x < 0) return item;
      }
      return items[items.length - 1];
    },
    /** A shuffled copy. */
    shuffle: (items) => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [out[i], out[j]] = [out[j], out[i]];
      }
      return out;
    },
    uuid: () => {
      const h = (n) => {
        let s = '';
        for (let i = 0; i < n; i++) s += HEX[Math.floor(next() * 16)];
        return s;
      };
      return `${h(8)}-${h(4)}-4${h(3)}-${'89ab'[int(0, 3)]}${h(3)}-${h(12)}`;
    },
  };
}
