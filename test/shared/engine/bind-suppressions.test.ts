import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../shared/diff/parse-unified-diff.js';
import { bindSuppressions } from '../../../shared/engine/bind-suppressions.js';
import { createFileSet } from '../../../shared/files/file-set.js';
import { findInlineSuppressions } from '../../../shared/suppressions/find-inline-suppressions.js';

const text = ['// tollgate-ignore word/hit: old reason', 'HIT added by the change', 'x = 1 // tollgate-ignore word/hit: same line'].join('\n');
const head = createFileSet({ 'a.ts': text });
const byPath = new Map([['a.ts', findInlineSuppressions(text)]]);
const adding = (...lines: number[]): ChangeSet =>
  new Map([['a.ts', { path: 'a.ts', status: 'modified', binary: false, addedLines: lines.map((l) => ({ start: l, end: l })) }]]);

describe('bindSuppressions', () => {
  it('keeps every comment in a scan', () => {
    const bound = bindSuppressions(byPath, undefined, head);
    expect(bound.byPath.get('a.ts')).toHaveLength(2);
    expect(bound.moved).toEqual([]);
  });

  it('drops an untouched comment whose target line the change added, and reports it on that line', () => {
    const bound = bindSuppressions(byPath, adding(2, 3), head);
    expect(bound.byPath.get('a.ts')?.map((s) => s.commentLine)).toEqual([3]);
    expect(bound.moved).toEqual([
      { ruleId: 'suppressions/moved', messageId: 'moved', path: 'a.ts', range: { start: 40, end: 63 }, data: { commentLine: 1, rules: 'word/hit' } },
    ]);
  });

  it('binds a comment written in the change', () => {
    const bound = bindSuppressions(byPath, adding(1, 2), head);
    expect(bound.byPath.get('a.ts')).toHaveLength(2);
    expect(bound.moved).toEqual([]);
  });
});
