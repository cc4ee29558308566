import { describe, expect, it } from 'vitest';
import { changeSetFromPullFiles, wholeFileChange } from '../../../shared/github/change-set-from-pull-files.js';

const file = (o: Partial<Parameters<typeof changeSetFromPullFiles>[0][number]> & { filename: string; status: string }) => ({
  additions: 1,
  deletions: 0,
  changes: 1,
  ...o,
});

describe('changeSetFromPullFiles', () => {
  it("maps GitHub's statuses and parses each patch into 1-based added lines", () => {
    const { changes, patchMissing } = changeSetFromPullFiles([
      file({ filename: 'a.ts', status: 'added', patch: '@@ -0,0 +1,2 @@\n+one\n+two' }),
      file({ filename: 'b.ts', status: 'modified', patch: '@@ -3,2 +3,3 @@\n ctx\n-old\n+new\n+newer' }),
      file({ filename: 'c.ts', status: 'renamed', previous_filename: 'old/c.ts', patch: '@@ -1 +1 @@\n-x\n+y' }),
      file({ filename: 'gone.ts', status: 'removed', deletions: 3, additions: 0 }),
      file({ filename: 'copy.ts', status: 'copied', patch: '@@ -0,0 +1 @@\n+z' }),
    ]);
    expect(changes).toEqual([
      { path: 'a.ts', status: 'added', binary: false, addedLines: [{ start: 1, end: 2 }] },
      { path: 'b.ts', status: 'modified', binary: false, addedLines: [{ start: 4, end: 5 }] },
      { path: 'c.ts', oldPath: 'old/c.ts', status: 'renamed', binary: false, addedLines: [{ start: 1, end: 1 }] },
      { path: 'gone.ts', oldPath: 'gone.ts', status: 'deleted', binary: false, addedLines: [] },
      { path: 'copy.ts', status: 'added', binary: false, addedLines: [{ start: 1, end: 1 }] },
    ]);
    expect(patchMissing).toEqual([]);
  });

  it('lists changed files without a patch (truncated or binary) but not pure renames', () => {
    const { patchMissing } = changeSetFromPullFiles([
      file({ filename: 'big.ts', status: 'modified', additions: 4000, changes: 5000 }),
      file({ filename: 'moved.ts', status: 'renamed', previous_filename: 'm.ts', additions: 0, changes: 0 }),
      file({ filename: 'gone.ts', status: 'removed', changes: 9 }),
    ]);
    expect(patchMissing).toEqual(['big.ts']);
  });
});

describe('wholeFileChange', () => {
  it('counts every line as added, with or without a final newline', () => {
    const change = { path: 'a', status: 'modified' as const, binary: false, addedLines: [] };
    expect(wholeFileChange(change, 'a\nb\nc\n').addedLines).toEqual([{ start: 1, end: 3 }]);
    expect(wholeFileChange(change, 'a\nb').addedLines).toEqual([{ start: 1, end: 2 }]);
    expect(wholeFileChange(change, '').addedLines).toEqual([]);
  });
});
