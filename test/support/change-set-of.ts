import type { ChangeSet, FileChange, LineSpan } from '../../shared/diff/parse-unified-diff.js';

/** Added lines of `head` against `base`: lines whose text base does not have (a multiset diff, enough for fixtures). */
export function addedLines(base: string | undefined, head: string): LineSpan[] {
  const pool = new Map<string, number>();
  for (const line of (base ?? '').split('\n')) pool.set(line, (pool.get(line) ?? 0) + 1);
  const spans: LineSpan[] = [];
  head.split('\n').forEach((line, i) => {
    const left = pool.get(line) ?? 0;
    if (base !== undefined && left > 0) {
      pool.set(line, left - 1);
      return;
    }
    const n = i + 1;
    const last = spans[spans.length - 1];
    if (last && last.end === n - 1) spans[spans.length - 1] = { start: last.start, end: n };
    else spans.push({ start: n, end: n });
  });
  return spans;
}

/** A change set for reviewing `base` -> `head` (every head file that differs; lines by {@link addedLines}). */
export function changeSetOf(base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): ChangeSet {
  const changes = new Map<string, FileChange>();
  for (const [path, text] of head) {
    const old = base.get(path);
    if (old === text) continue;
    changes.set(path, { path, status: old === undefined ? 'added' : 'modified', binary: false, addedLines: addedLines(old, text) });
  }
  return changes;
}
