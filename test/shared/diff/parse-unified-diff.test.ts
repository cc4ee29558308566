import { describe, expect, it } from 'vitest';
import { lineInSpans, parsePatchLines, parseUnifiedDiff } from '../../../shared/diff/parse-unified-diff.js';

describe('parsePatchLines', () => {
  it('collects added lines of the new version, merging runs', () => {
    const patch = ['@@ -1,3 +1,4 @@', ' a', '-b', '+B', '+C', ' d', '@@ -10 +11,2 @@', '+x', ' y'].join('\n');
    expect(parsePatchLines(patch)).toEqual([
      { start: 2, end: 3 },
      { start: 11, end: 11 },
    ]);
  });

  it('ignores the no-newline marker', () => {
    expect(parsePatchLines('@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file')).toEqual([{ start: 1, end: 1 }]);
  });
});

describe('parseUnifiedDiff', () => {
  it('reads added, modified, deleted, renamed and binary files', () => {
    const diff = [
      'diff --git a/new.ts b/new.ts',
      'new file mode 100644',
      'index 0000000..1111111',
      '--- /dev/null',
      '+++ b/new.ts',
      '@@ -0,0 +1,2 @@',
      '+one',
      '+two',
      'diff --git a/mod.ts b/mod.ts',
      'index 1..2 100644',
      '--- a/mod.ts',
      '+++ b/mod.ts',
      '@@ -5,0 +6 @@ context',
      '+six',
      'diff --git a/gone.ts b/gone.ts',
      'deleted file mode 100644',
      '--- a/gone.ts',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
      'diff --git a/old name.ts b/new name.ts',
      'similarity index 90%',
      'rename from old name.ts',
      'rename to new name.ts',
      '--- a/old name.ts',
      '+++ b/new name.ts',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      'diff --git a/img.png b/img.png',
      'new file mode 100644',
      'Binary files /dev/null and b/img.png differ',
      '',
    ].join('\n');
    const changes = parseUnifiedDiff(diff);
    expect(changes.map((c) => [c.path, c.status, c.binary, c.oldPath])).toEqual([
      ['new.ts', 'added', false, undefined],
      ['mod.ts', 'modified', false, undefined],
      ['gone.ts', 'deleted', false, 'gone.ts'],
      ['new name.ts', 'renamed', false, 'old name.ts'],
      ['img.png', 'added', true, undefined],
    ]);
    expect(changes[0]?.addedLines).toEqual([{ start: 1, end: 2 }]);
    expect(changes[1]?.addedLines).toEqual([{ start: 6, end: 6 }]);
    expect(changes[2]?.addedLines).toEqual([]);
  });

  it('decodes git-quoted paths', () => {
    const diff = [
      'diff --git "a/caf\\303\\251.ts" "b/caf\\303\\251.ts"',
      'new file mode 100644',
      '--- /dev/null',
      '+++ "b/caf\\303\\251.ts"',
      '@@ -0,0 +1 @@',
      '+x',
      '',
    ].join('\n');
    expect(parseUnifiedDiff(diff)[0]?.path).toBe('café.ts');
  });
});

describe('lineInSpans', () => {
  it('finds lines inside spans only', () => {
    const spans = [
      { start: 2, end: 4 },
      { start: 10, end: 10 },
    ];
    expect([1, 2, 4, 5, 10, 11].map((l) => lineInSpans(spans, l))).toEqual([false, true, true, false, true, false]);
  });
});
