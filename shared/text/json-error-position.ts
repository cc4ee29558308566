import { createLineIndex } from './line-index.js';

/** Where `JSON.parse` stopped: offset, and 1-based line and column. */
export interface JsonErrorPosition {
  readonly offset: number;
  readonly line: number;
  readonly column: number;
}

/**
 * The position a `JSON.parse` error points at. Node 20 says "at position N",
 * Node 22 "line L column C"; a message with neither (unexpected end) points at the
 * end of the text. Only the position is taken from the message: its snippet of the
 * input (about ten characters of it) is file content and is never shown.
 */
export function jsonErrorPosition(error: unknown, text: string): JsonErrorPosition {
  const message = error instanceof Error ? error.message : '';
  const index = createLineIndex(text);
  const at = /at position (\d+)/.exec(message);
  const lc = /line (\d+) column (\d+)/.exec(message);
  const offset = at
    ? Math.min(text.length, Number(at[1]))
    : lc
      ? index.offsetAt({ line: Number(lc[1]), column: Number(lc[2]) })
      : Math.max(0, text.length - 1);
  const { line, column } = index.positionAt(offset);
  return { offset, line, column };
}
