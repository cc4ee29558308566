/** The fields of an issue comment the sticky-comment search reads. */
export interface CommentLike {
  readonly id: number;
  readonly body?: string | null;
  readonly user?: { readonly type?: string } | null;
}

/**
 * Finds the App's sticky comment among a pull request's comments: comments by a bot
 * whose body starts with `marker`. The oldest (lowest id) is the one to keep and
 * update; any others (left by a concurrent delivery on another instance) are
 * `duplicates`, to delete so that exactly one remains.
 */
export function findStickyComment<T extends CommentLike>(comments: readonly T[], marker: string): { keep?: T; duplicates: T[] } {
  const mine = comments.filter((c) => (c.user?.type ?? 'Bot') === 'Bot' && (c.body ?? '').trimStart().startsWith(marker)).sort((a, b) => a.id - b.id);
  const [keep, ...duplicates] = mine;
  return keep ? { keep, duplicates } : { duplicates: [] };
}
