import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLineIndex } from '../../shared/text/line-index.js';

describe('createLineIndex', () => {
  it('returns 1-based lines and columns', () => {
    const index = createLineIndex('ab\ncd\r\nef');
    expect(index.positionAt(0)).toEqual({ line: 1, column: 1 });
    expect(index.positionAt(3)).toEqual({ line: 2, column: 1 });
    expect(index.positionAt(4)).toEqual({ line: 2, column: 2 });
    expect(index.positionAt(7)).toEqual({ line: 3, column: 1 });
    expect(index.lineText(2)).toBe('cd');
    expect(index.rangeAt({ start: 3, end: 5 })).toEqual({ startLine: 2, startColumn: 1, endLine: 2, endColumn: 3 });
  });

  it('clamps out-of-range offsets', () => {
    const index = createLineIndex('abc');
    expect(index.positionAt(-5)).toEqual({ line: 1, column: 1 });
    expect(index.positionAt(99)).toEqual({ line: 1, column: 4 });
  });

  it('round-trips offsetAt(positionAt(o)) for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'é', '😀') }), fc.nat(), (text, n) => {
        const offset = text.length === 0 ? 0 : n % (text.length + 1);
        const index = createLineIndex(text);
        expect(index.offsetAt(index.positionAt(offset))).toBe(offset);
      }),
    );
  });
});
