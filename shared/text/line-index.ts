import type { LineRange, OffsetRange } from '../model/finding.js';

/** A 1-based line and 1-based column (UTF-16 code units), as SARIF and GitHub use. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/**
 * The one place that turns character offsets into lines and columns.
 *
 * Offsets are UTF-16 code-unit indices into the text (JavaScript string indices).
 * Results are **1-based** lines and **1-based** columns. A line ends at `\n`; a
 * `\r` before it belongs to the line's end, so CRLF files get the same columns as
 * LF files. Adapters that need 0-based positions (LSP) subtract 1 from these.
 */
export interface LineIndex {
  /** Position of `offset`, clamped to `[0, text.length]`. */
  positionAt(offset: number): Position;
  /** Offset of a 1-based line's first character (clamped). */
  offsetAt(position: Position): number;
  /** Resolves an offset range; `endColumn` is exclusive. */
  rangeAt(range: OffsetRange): LineRange;
  /** The text of a 1-based line without its line terminator. */
  lineText(line: number): string;
  /** Number of lines (a trailing newline does not start a new counted line of content, but is addressable). */
  readonly lineCount: number;
}

/** Builds a {@link LineIndex} for `text` in one linear pass. */
export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);

  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const positionAt = (offset: number): Position => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    const line = lineOf(clamped);
    return { line: line + 1, column: clamped - (starts[line] as number) + 1 };
  };

  const lineEnd = (line0: number): number => {
    const next = starts[line0 + 1];
    let end = next === undefined ? text.length : next - 1;
    if (end > (starts[line0] as number) && text.charCodeAt(end - 1) === 13) end -= 1;
    return end;
  };

  return {
    lineCount: starts.length,
    positionAt,
    offsetAt({ line, column }) {
      const line0 = Math.max(0, Math.min(line - 1, starts.length - 1));
      return Math.min((starts[line0] as number) + Math.max(0, column - 1), text.length);
    },
    rangeAt({ start, end }) {
      const s = positionAt(start);
      const e = positionAt(Math.max(start, end));
      return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
    },
    lineText(line) {
      const line0 = line - 1;
      if (line0 < 0 || line0 >= starts.length) return '';
      return text.slice(starts[line0], lineEnd(line0));
    },
  };
}
