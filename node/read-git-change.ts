import { parseUnifiedDiff, type FileChange } from '../shared/diff/parse-unified-diff.js';
import { UsageError } from './usage-error.js';
import { git, GitError, resolveCommit } from './git.js';

/** A change between two commits, as a pull request shows it. */
export interface GitChange {
  readonly baseSha: string;
  readonly headSha: string;
  /** The merge base of base and head: the change is from here to head. */
  readonly mergeBase: string;
  readonly changes: readonly FileChange[];
}

/**
 * Resolves `baseRef` and `headRef` and diffs the merge base against head (renames
 * found, `a/`/`b/` prefixes forced so a user's `diff.noprefix` cannot break the
 * parse). A ref that does not exist is a usage error that says what to do.
 */
export async function readGitChange(root: string, baseRef: string, headRef: string): Promise<GitChange> {
  try {
    const baseSha = await resolveCommit(baseRef, root);
    const headSha = await resolveCommit(headRef, root);
    const mergeBase = await git(['merge-base', baseSha, headSha], root)
      .then((b) => b.toString('utf8').trim())
      .catch(() => baseSha);
    const diff = await git(
      [
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--no-textconv',
        '--find-renames',
        '--unified=0',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        mergeBase,
        headSha,
        '--',
      ],
      root,
    );
    const changes = parseUnifiedDiff(diff.toString('utf8'));
    // The exact list of changed paths (NUL-separated, never quoted or trimmed): a path
    // the patch parser could not read is still a changed file, reviewed whole.
    const raw = (await git(['diff', '-z', '--name-status', '--no-ext-diff', '--no-textconv', '--no-renames', mergeBase, headSha, '--'], root))
      .toString('utf8')
      .split('\0');
    const known = new Set(changes.flatMap((c) => [c.path, c.oldPath ?? c.path]));
    for (let i = 0; i + 1 < raw.length; i += 2) {
      const status = raw[i] as string;
      const path = raw[i + 1] as string;
      if (path === '' || known.has(path)) continue;
      changes.push({ path, status: status === 'A' ? 'added' : status === 'D' ? 'deleted' : 'modified', binary: true, addedLines: [] });
    }
    return { baseSha, headSha, mergeBase, changes };
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(error.message);
    throw error;
  }
}
