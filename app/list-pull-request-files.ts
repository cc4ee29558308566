import type { PullRequestFile } from '../shared/github/change-set-from-pull-files.js';
import type { Octokit } from './octokit-type.js';

/** A pull request's files as GitHub lists them, and whether the list was cut. */
export interface ListedFiles {
  readonly files: readonly PullRequestFile[];
  /** True when the pull request has more files than were read (GitHub lists at most 3,000). */
  readonly incomplete: boolean;
}

/**
 * Lists a pull request's files, 100 per page (30 requests for GitHub's maximum of
 * 3,000), stopping at `max`. `changedFiles` (the pull request's `changed_files`)
 * tells whether GitHub had more than it lists.
 */
export async function listPullRequestFiles(
  octokit: Octokit,
  target: { owner: string; repo: string; pull_number: number; changedFiles?: number },
  max: number,
): Promise<ListedFiles> {
  const files: PullRequestFile[] = [];
  const iterator = octokit.paginate.iterator(octokit.rest.pulls.listFiles, {
    owner: target.owner,
    repo: target.repo,
    pull_number: target.pull_number,
    per_page: 100,
  });
  for await (const page of iterator) {
    for (const f of page.data) {
      if (files.length >= max) break;
      files.push({
        filename: f.filename,
        status: f.status,
        ...(f.previous_filename ? { previous_filename: f.previous_filename } : {}),
        ...(typeof f.patch === 'string' ? { patch: f.patch } : {}),
        additions: f.additions,
        deletions: f.deletions,
        changes: f.changes,
      });
    }
    if (files.length >= max) break;
  }
  return { files, incomplete: (target.changedFiles ?? 0) > files.length };
}
