import type { OffsetRange } from '../model/finding.js';

/**
 * The text of one line with every given range replaced by `*`, for the fingerprint:
 * the finding's own range and every secret found on the same line, so no secret feeds
 * a hash that could be reversed by guessing. `lineStart` is the line's offset in the
 * file (UTF-16 code units, as the ranges); ranges outside the line are clipped. A
 * whole-file finding (an empty range, such as a committed `.env`) passes `wholeFile`
 * and gets an empty line: nothing of the file is hashed.
 */
export function maskLine(lineText: string, lineStart: number, ranges: readonly OffsetRange[], wholeFile = false): string {
  if (wholeFile) return '';
  const units = lineText.split('');
  for (const r of ranges) for (let i = Math.max(0, r.start - lineStart); i < Math.min(units.length, r.end - lineStart); i++) units[i] = '*';
  return units.join('');
}
