/** How far `lineAt` looks on either side of the offset. */
const REACH = 1000;

/**
 * The line holding `offset` (without its line break) and where it starts, looking
 * at most 1,000 characters either way: on a longer line (minified code) the
 * returned text is the window of up to 2,000 characters around the offset.
 * Bounded, so callers may use it once per candidate without quadratic cost.
 */
export function lineAt(text: string, offset: number): { text: string; start: number } {
  const from = Math.max(0, offset - REACH);
  let start = from;
  for (let i = offset - 1; i >= from; i--) {
    if (text.charCodeAt(i) === 10) {
      start = i + 1;
      break;
    }
  }
  const limit = Math.min(text.length, offset + REACH);
  let end = limit;
  for (let i = offset; i < limit; i++) {
    if (text.charCodeAt(i) === 10) {
      end = i;
      break;
    }
  }
  return { text: text.slice(start, end), start };
}
