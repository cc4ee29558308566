import type { ReviewResult } from '../engine/run-review.js';

/**
 * What the change-risk tier and required approvers (issue 5) ask the App to publish
 * beyond findings. Every part is optional: with nothing computed the App publishes
 * no label, requests no reviewer and never concludes `action_required`.
 */
export interface PullRequestGovernance {
  /** The tier's label, e.g. `tollgate: high risk`; absent when no tier is computed. */
  readonly tierLabel?: string;
  /** True while a required approval is missing: the check concludes `action_required`. */
  readonly approvalsPending?: boolean;
  /** Users (logins) and team slugs whose review is required. */
  readonly requiredReviewers?: { readonly users: readonly string[]; readonly teams: readonly string[] };
}

/** What the App knows of the pull request when it asks for its governance. */
export interface GovernanceInput {
  readonly result: ReviewResult;
  /** The pull request's author (never asked to review their own change). */
  readonly author?: string;
}

/**
 * Reads the governance of a reviewed change from the engine's result. Until the risk
 * and approvers analyzers exist this finds nothing and returns `{}`; they plug in
 * here by publishing `result.data.risk.label` (string), `result.data.approvers.pending`
 * (boolean) and `result.data.approvers.required` (`[{kind: 'user'|'team', name}]`).
 */
export function governanceFromResult(input: GovernanceInput): PullRequestGovernance {
  const data = input.result.data as Record<string, unknown>;
  const risk = data.risk as { label?: unknown } | undefined;
  const approvers = data.approvers as { pending?: unknown; required?: unknown } | undefined;
  const tierLabel = typeof risk?.label === 'string' && risk.label.trim() !== '' ? risk.label.trim() : undefined;
  const required = Array.isArray(approvers?.required) ? (approvers.required as { kind?: unknown; name?: unknown }[]) : [];
  const users = required.filter((r) => r.kind === 'user' && typeof r.name === 'string' && r.name !== input.author).map((r) => r.name as string);
  const teams = required.filter((r) => r.kind === 'team' && typeof r.name === 'string').map((r) => (r.name as string).replace(/^.*\//, ''));
  return {
    ...(tierLabel ? { tierLabel } : {}),
    ...(approvers?.pending === true ? { approvalsPending: true } : {}),
    ...(users.length + teams.length > 0 ? { requiredReviewers: { users: [...new Set(users)], teams: [...new Set(teams)] } } : {}),
  };
}

/** The prefix of every tier label Tollgate manages; other labels are never touched. */
export const TIER_LABEL_PREFIX = 'tollgate:';

/**
 * Label changes that leave exactly the wanted tier label on the pull request:
 * add it when missing, remove other `tollgate:` labels. No wanted label: change nothing
 * (a tier that is not computed must not erase one set by a later version).
 */
export function planTierLabels(wanted: string | undefined, current: readonly string[]): { add: string[]; remove: string[] } {
  if (wanted === undefined) return { add: [], remove: [] };
  const lower = wanted.toLowerCase();
  return {
    add: current.some((l) => l.toLowerCase() === lower) ? [] : [wanted],
    remove: current.filter((l) => l.toLowerCase().startsWith(TIER_LABEL_PREFIX) && l.toLowerCase() !== lower),
  };
}

/**
 * Review requests still to send: required users and teams not already requested and
 * (users) not having reviewed already. Comparison ignores case, as GitHub does.
 */
export function planReviewRequests(
  required: PullRequestGovernance['requiredReviewers'],
  already: { readonly users: readonly string[]; readonly teams: readonly string[]; readonly reviewedBy: readonly string[] },
): { users: string[]; teams: string[] } {
  if (!required) return { users: [], teams: [] };
  const seenUsers = new Set([...already.users, ...already.reviewedBy].map((u) => u.toLowerCase()));
  const seenTeams = new Set(already.teams.map((t) => t.toLowerCase()));
  return {
    users: required.users.filter((u) => !seenUsers.has(u.toLowerCase())),
    teams: required.teams.filter((t) => !seenTeams.has(t.toLowerCase())),
  };
}
