import { planReviewRequests, planTierLabels, type PullRequestGovernance } from '../shared/github/pull-request-governance.js';
import type { Octokit } from './octokit-type.js';
import type { Writer } from './writer.js';

/** The pull request as GitHub last described it: labels and reviewers already asked. */
export interface PullRequestState {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly labels: readonly string[];
  readonly requestedUsers: readonly string[];
  readonly requestedTeams: readonly string[];
  /** Logins that already reviewed, when the caller has them (saves listing the reviews again). */
  readonly reviewedBy?: readonly string[];
}

/**
 * Publishes the tier label and the review requests the governance asks for (issue
 * 5 computes them): the tier's label added and other `tollgate:` labels removed;
 * required users and teams not yet asked are requested, in one request. With no
 * tier and no required reviewers this sends nothing. Runs after the check and the
 * comment, so it never delays them.
 */
export async function publishGovernance(octokit: Octokit, writer: Writer, pr: PullRequestState, governance: PullRequestGovernance): Promise<void> {
  const target = { owner: pr.owner, repo: pr.repo, issue_number: pr.number };
  const labels = planTierLabels(governance.tierLabel, pr.labels);
  if (labels.add.length > 0) {
    await writer.write('add tier label', { number: pr.number, labels: labels.add }, () =>
      octokit.rest.issues.addLabels({ ...target, labels: labels.add }),
    );
  }
  for (const name of labels.remove) {
    await writer.write('remove tier label', { number: pr.number, label: name }, async () => {
      try {
        await octokit.rest.issues.removeLabel({ ...target, name });
      } catch (error) {
        if ((error as { status?: number }).status !== 404) throw error;
      }
    });
  }
  if (!governance.requiredReviewers) return;
  const reviewedBy =
    pr.reviewedBy ??
    (await octokit.paginate(octokit.rest.pulls.listReviews, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 }))
      .map((r) => r.user?.login ?? '')
      .filter((l) => l !== '');
  const requests = planReviewRequests(governance.requiredReviewers, {
    users: pr.requestedUsers,
    teams: pr.requestedTeams,
    reviewedBy,
  });
  if (requests.users.length + requests.teams.length === 0) return;
  await writer.write('request reviewers', { number: pr.number, ...requests }, () =>
    octokit.rest.pulls.requestReviewers({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      reviewers: requests.users,
      team_reviewers: requests.teams,
    }),
  );
}
