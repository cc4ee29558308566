/** One regular-expression match: the captured value and its offsets in the text. */
export interface ValueMatch {
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** The whole match, for context checks. */
  readonly match: RegExpExecArray;
}

/**
 * Every match of `pattern` (which must have the `g` and `d` flags) in `text`,
 * reporting capture group `group` (default 1; 0 for the whole match). Empty
 * matches advance by one character, so the loop always ends.
 */
export function* matchAll(text: string, pattern: RegExp, group = 1): Generator<ValueMatch> {
  if (!pattern.global || !pattern.hasIndices) throw new Error('matchAll needs a RegExp with the g and d flags');
  const re = new RegExp(pattern.source, pattern.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    const span = m.indices?.[group];
    const value = m[group];
    if (!span || value === undefined) continue;
    yield { value, start: span[0], end: span[1], match: m };
  }
}
