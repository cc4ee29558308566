import { describe, expect, it } from 'vitest';
import { fitUtf8, truncateUtf8, utf8Length } from '../../../shared/github/fit-utf8.js';

describe('utf8Length / truncateUtf8', () => {
  it('counts bytes as Buffer does, surrogate pairs included', () => {
    for (const s of ['abc', 'é', '€', '😀', 'a😀é€z', '\ud800']) expect(utf8Length(s)).toBe(Buffer.byteLength(s));
  });

  it('never splits a character', () => {
    const s = '😀😀😀';
    expect(truncateUtf8(s, 5)).toBe('😀');
    expect(truncateUtf8(s, 8)).toBe('😀😀');
    expect(truncateUtf8('abc', 10)).toBe('abc');
  });
});

describe('fitUtf8', () => {
  it('shrinks the renderer budget until the bytes fit', () => {
    const render = (maxLength: number) => '€'.repeat(Math.min(maxLength, 100_000));
    const out = fitUtf8(render, 65_535);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(65_535);
    expect(Buffer.byteLength(out)).toBeGreaterThan(60_000);
  });

  it('cuts as a last resort when the renderer ignores its budget', () => {
    expect(Buffer.byteLength(fitUtf8(() => '😀'.repeat(50_000), 1000))).toBeLessThanOrEqual(1000);
  });
});
