import { describe, expect, it } from 'vitest';
import { maskLine } from '../../../shared/engine/mask-line.js';

describe('maskLine', () => {
  it('masks every range on the line, clipping ranges that leave it', () => {
    // The line `k = AAA, j = BBB` starts at offset 100.
    expect(
      maskLine('k = AAA, j = BBB', 100, [
        { start: 104, end: 107 },
        { start: 113, end: 200 },
        { start: 0, end: 10 },
      ]),
    ).toBe('k = ***, j = ***');
  });

  it('gives a whole-file finding an empty line', () => {
    expect(maskLine('A=secret', 0, [], true)).toBe('');
  });
});
