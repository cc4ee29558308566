/** A pull request an event asks Tollgate to review. */
export interface EventTarget {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly headSha?: string;
}

/** The `pull_request` actions that start a review. */
export const PULL_REQUEST_ACTIONS = ['opened', 'synchronize', 'reopened', 'ready_for_review', 'edited'] as const;

interface RepositoryPayload {
  repository: { name: string; owner: { login: string } };
}

/**
 * The pull request of a `pull_request` or `pull_request_review` event; none for an
 * `edited` event that did not change the base branch (a title edit needs no review).
 */
export function pullRequestEventTarget(
  payload: RepositoryPayload & { action: string; pull_request: { number: number; head: { sha: string } }; changes?: { base?: unknown } },
): EventTarget[] {
  if (payload.action === 'edited' && !payload.changes?.base) return [];
  return [
    {
      owner: payload.repository.owner.login,
      repo: payload.repository.name,
      number: payload.pull_request.number,
      headSha: payload.pull_request.head.sha,
    },
  ];
}

/**
 * The pull requests of a `check_run` or `check_suite` event, from its
 * `pull_requests` list (empty for pull requests from forks: the caller then looks
 * them up by commit).
 */
export function checkEventTargets(
  payload: RepositoryPayload,
  suite: { head_sha: string; pull_requests?: readonly { number: number; head?: { sha?: string } }[] | null },
): EventTarget[] {
  const owner = payload.repository.owner.login;
  const repo = payload.repository.name;
  return (suite.pull_requests ?? []).map((p) => ({ owner, repo, number: p.number, headSha: p.head?.sha ?? suite.head_sha }));
}
