/**
 * Shannon entropy of a string in bits per character (0 for the empty string).
 * A random base64 string of 32 characters scores about 4.6, hex of 32 about 3.8,
 * an English word about 2.5–3.
 */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
