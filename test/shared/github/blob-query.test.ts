import { describe, expect, it } from 'vitest';
import { buildBlobQuery, chunk, readBlobResponse } from '../../../shared/github/blob-query.js';

describe('buildBlobQuery', () => {
  it('aliases each file and passes every name and expression as a variable', () => {
    const q = buildBlobQuery([
      { owner: 'acme', repo: 'app', expression: 'abc:src/a.ts' },
      { owner: 'acme', repo: '.github', expression: 'HEAD:.github/tollgate.yml' },
      { owner: 'acme', repo: 'app', expression: 'abc:"quoted") { evil }.ts' },
    ]);
    expect(q.variables).toEqual({
      o0: 'acme',
      n0: 'app',
      e0: 'abc:src/a.ts',
      o1: 'acme',
      n1: '.github',
      e1: 'HEAD:.github/tollgate.yml',
      e2: 'abc:"quoted") { evil }.ts',
    });
    expect(q.query).not.toContain('evil');
    expect(q.query).toContain(
      'r0: repository(owner: $o0, name: $n0) { f0: object(expression: $e0) { ...blob } f2: object(expression: $e2) { ...blob } }',
    );
    expect(q.paths).toEqual([
      ['r0', 'f0'],
      ['r1', 'f1'],
      ['r0', 'f2'],
    ]);
  });
});

describe('readBlobResponse', () => {
  it('returns blobs in request order and null for missing paths or repositories', () => {
    const q = buildBlobQuery([
      { owner: 'o', repo: 'r', expression: 'x:a' },
      { owner: 'o', repo: 'r', expression: 'x:missing' },
      { owner: 'o', repo: 'gone', expression: 'HEAD:p' },
    ]);
    const data = { r0: { f0: { oid: '1', byteSize: 3, isBinary: false, isTruncated: false, text: 'abc' }, f1: null }, r1: null };
    expect(readBlobResponse(data, q)).toEqual([{ oid: '1', byteSize: 3, isBinary: false, isTruncated: false, text: 'abc' }, null, null]);
  });
});

describe('chunk', () => {
  it('splits into batches of at most the given size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 2)).toEqual([]);
  });
});
