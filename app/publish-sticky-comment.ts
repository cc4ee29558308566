import { findStickyComment } from '../shared/github/find-sticky-comment.js';
import { STICKY_COMMENT_MARKER } from '../shared/report/render-markdown.js';
import type { Octokit } from './octokit-type.js';
import type { Writer } from './writer.js';

interface Target {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
}

/** Attempts at creating the comment, each preceded (after the first) by a search for it. */
const CREATE_ATTEMPTS = 3;

async function listSticky(octokit: Octokit, target: Target) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.number,
    per_page: 100,
  });
  return findStickyComment(comments, STICKY_COMMENT_MARKER);
}

/**
 * Creates or updates the one sticky comment (found by its hidden marker). Never two:
 * the create request is not retried blindly (a 502 may hide a comment GitHub did
 * create); on failure the comments are listed again and one found there is updated.
 * After a create, the list is read once more and any younger duplicate (left by a
 * concurrent delivery on another instance) is deleted, keeping the oldest.
 * Returns what it did.
 */
export async function publishStickyComment(
  octokit: Octokit,
  writer: Writer,
  target: Target,
  body: string,
): Promise<'created' | 'updated' | 'unchanged'> {
  const { keep, duplicates } = await listSticky(octokit, target);
  for (const d of duplicates) await removeComment(octokit, writer, target, d.id);
  if (keep) return updateIfChanged(octokit, writer, target, keep, body);
  // A create GitHub may have applied before failing is checked for before it is sent again.
  for (let attempt = 1; ; attempt++) {
    try {
      await writer.write('create sticky comment', { number: target.number, body }, () =>
        octokit.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.number, body, request: { retries: 0 } }),
      );
      break;
    } catch (error) {
      const again = await listSticky(octokit, target);
      if (again.keep) return updateIfChanged(octokit, writer, target, again.keep, body);
      if (attempt >= CREATE_ATTEMPTS) throw error;
    }
  }
  if (!writer.dryRun) {
    const after = await listSticky(octokit, target);
    for (const d of after.duplicates) await removeComment(octokit, writer, target, d.id);
    if (after.keep && after.keep.body !== body) return updateIfChanged(octokit, writer, target, after.keep, body);
  }
  return 'created';
}

async function updateIfChanged(
  octokit: Octokit,
  writer: Writer,
  target: Target,
  comment: { id: number; body?: string | null },
  body: string,
): Promise<'updated' | 'unchanged'> {
  if (comment.body === body) return 'unchanged';
  await writer.write('update sticky comment', { number: target.number, commentId: comment.id, body }, () =>
    octokit.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: comment.id, body }),
  );
  return 'updated';
}

async function removeComment(octokit: Octokit, writer: Writer, target: Target, id: number): Promise<void> {
  await writer.write('delete duplicate sticky comment', { number: target.number, commentId: id }, async () => {
    try {
      await octokit.rest.issues.deleteComment({ owner: target.owner, repo: target.repo, comment_id: id });
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  });
}
