import { isMap, isPair, isScalar, isSeq, type Node, type Pair } from 'yaml';

/** A YAML node's `[start, end)` offsets, or `[0, 0]` when it has none. */
export function nodeRange(node: unknown): { start: number; end: number } {
  const range = (node as Node | undefined)?.range;
  return range ? { start: range[0], end: range[1] } : { start: 0, end: 0 };
}

/** The pair under `key` in a map node, if any. */
export function pairOf(node: unknown, key: string): Pair | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

/** The value node under `key` in a map node, if any. */
export function valueOf(node: unknown, key: string): unknown {
  return pairOf(node, key)?.value ?? undefined;
}

/** The first of several keys present in a map node, with its pair. */
export function firstPair(node: unknown, keys: readonly string[]): Pair | undefined {
  for (const key of keys) {
    const pair = pairOf(node, key);
    if (pair) return pair;
  }
  return undefined;
}

/** A scalar node's value as a string (numbers and booleans converted), else undefined. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

/** The items of a sequence node, or undefined when the node is not a sequence. */
export function seqItems(node: unknown): unknown[] | undefined {
  return isSeq(node) ? node.items : undefined;
}

/** The pairs of a map node, or undefined when it is not a map. */
export function mapPairs(node: unknown): Pair[] | undefined {
  return isMap(node) ? (node.items as Pair[]) : undefined;
}

/**
 * The offsets of a scalar's text without its quotes: a quoted scalar's range
 * includes the quotes; findings point at the value itself.
 */
export function scalarValueRange(node: unknown, text: string): { start: number; end: number } {
  const { start, end } = nodeRange(node);
  const q = text[start];
  if ((q === '"' || q === "'") && end - start >= 2 && text[end - 1] === q) return { start: start + 1, end: end - 1 };
  return { start, end };
}

/** Converts a 1-based line and column (as YAML and JSON errors report them) to an offset. */
export function offsetOfLineColumn(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(text.length, offset + Math.max(0, column - 1));
}
