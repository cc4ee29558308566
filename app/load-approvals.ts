import type { Review } from '../shared/risk/evaluate-approvals.js';
import type { Log, Octokit } from './octokit-type.js';

/** The pull request's reviews, oldest first, as the risk step reads them (one paginated request). */
export async function listReviews(octokit: Octokit, pr: { owner: string; repo: string; number: number }): Promise<Review[]> {
  const reviews = await octokit.paginate(octokit.rest.pulls.listReviews, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100 });
  return reviews
    .filter((r) => r.user?.login)
    .map((r) => ({
      user: r.user?.login as string,
      state: (['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING'].includes(r.state) ? r.state : 'COMMENTED') as Review['state'],
      ...(r.commit_id ? { commit: r.commit_id } : {}),
      time: r.submitted_at ?? '',
    }));
}

/**
 * Members of each team (`org/slug`), one paginated request per team; needs the
 * `members: read` permission. A team the App cannot read (missing, secret, no
 * permission) has no known member, so its approvals cannot count: the requirement
 * stays pending rather than being satisfied by anyone.
 */
export async function loadTeamMembers(octokit: Octokit, log: Log, teams: readonly string[]): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  await Promise.all(
    teams.map(async (team) => {
      const [org = '', slug = ''] = team.split('/');
      try {
        const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
        out[team] = members.map((m) => m.login);
      } catch (error) {
        const status = (error as { status?: number }).status;
        if (status !== 404 && status !== 403) throw error;
        log.warn({ team, status }, "cannot read team members: approvals by its members do not count (check the App's members: read permission)");
        out[team] = [];
      }
    }),
  );
  return out;
}
