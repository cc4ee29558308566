import { parsePatchLines, type FileChange, type FileChangeStatus, type LineSpan } from '../diff/parse-unified-diff.js';

/**
 * One entry of GitHub's "List pull request files" response, reduced to what a review
 * needs (https://docs.github.com/en/rest/pulls/pulls#list-pull-requests-files).
 */
export interface PullRequestFile {
  readonly filename: string;
  readonly status: string;
  readonly previous_filename?: string;
  /** The file's unified-diff hunks; GitHub leaves it out for binary files and large diffs. */
  readonly patch?: string;
  readonly additions: number;
  readonly deletions: number;
  readonly changes: number;
}

/** A change built from GitHub's file list, and which files need their whole text to review. */
export interface PullRequestChanges {
  /** One change per live or deleted file, in GitHub's order. */
  readonly changes: readonly FileChange[];
  /**
   * Paths (new names) whose patch GitHub left out although lines changed: the diff is
   * too large to show. Their added lines are unknown until the file is loaded; see
   * {@link wholeFileChange}.
   */
  readonly patchMissing: readonly string[];
}

const STATUS: Readonly<Record<string, FileChangeStatus>> = {
  added: 'added',
  removed: 'deleted',
  modified: 'modified',
  renamed: 'renamed',
  copied: 'added',
  changed: 'modified',
  unchanged: 'modified',
};

/**
 * Turns GitHub's per-file list of a pull request into {@link FileChange}s, using the
 * same patch parser as `tollgate review` (1-based added lines in the new version).
 * A file without a `patch` whose `changes` count is non-zero is listed in
 * `patchMissing` (GitHub truncated it, or it is binary: the loader decides which);
 * its `addedLines` are empty until the adapter replaces the change.
 */
export function changeSetFromPullFiles(files: readonly PullRequestFile[]): PullRequestChanges {
  const changes: FileChange[] = [];
  const patchMissing: string[] = [];
  for (const file of files) {
    const status = STATUS[file.status] ?? 'modified';
    const oldPath = status === 'deleted' ? file.filename : file.previous_filename;
    const addedLines = status === 'deleted' || file.patch === undefined ? [] : parsePatchLines(file.patch);
    if (status !== 'deleted' && file.patch === undefined && file.changes > 0) patchMissing.push(file.filename);
    changes.push({
      path: file.filename,
      ...(oldPath !== undefined && (oldPath !== file.filename || status === 'deleted') ? { oldPath } : {}),
      status,
      binary: false,
      addedLines,
    });
  }
  return { changes, patchMissing };
}

/**
 * The change for a file reviewed whole because its patch was left out: every line of
 * `text` counts as added (1 .. number of lines), so nothing the file holds is missed.
 */
export function wholeFileChange(change: FileChange, text: string): FileChange {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < text.length - 1; i = text.indexOf('\n', i + 1)) lines += 1;
  const addedLines: LineSpan[] = text.length === 0 ? [] : [{ start: 1, end: lines }];
  return { ...change, addedLines };
}
