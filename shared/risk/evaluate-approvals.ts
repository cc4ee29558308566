import { isTeamMember } from './evaluate-condition.js';

/** A pull-request review, as GitHub reports it. */
export interface Review {
  /** The reviewer's login. */
  readonly user: string;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** The commit the review was given on (GitHub's `commit_id`). */
  readonly commit?: string;
  /** When it was submitted (ISO 8601). Reviews are ordered by it. */
  readonly time: string;
}

/** A requirement with its approvers resolved (connector owners and code owners expanded). */
export type ResolvedRequirement =
  | {
      readonly kind: 'approvers';
      readonly name: string;
      readonly count: number;
      readonly users: readonly string[];
      readonly teams: readonly string[];
      /** Why it is required: the tier, the rule and what set it. */
      readonly why: string;
    }
  | { readonly kind: 'and' | 'or'; readonly name: string; readonly why: string; readonly children: readonly ResolvedRequirement[] };

/** How approvals count (policy-bot's `invalidate_on_push` and `allow_author`). */
export interface ApprovalOptions {
  readonly invalidateOnPush: boolean;
  readonly allowAuthor: boolean;
}

/** Everything approval evaluation reads. All passed in; nothing fetched. */
export interface ApprovalInput {
  readonly reviews: readonly Review[];
  /** Members by team (`org/slug` or `slug`). A team not listed has no known member. */
  readonly teams?: Readonly<Record<string, readonly string[]>>;
  readonly author?: string;
  /** The pull request's head commit; with `invalidateOnPush`, approvals on other commits are stale. */
  readonly headCommit?: string;
  readonly options: ApprovalOptions;
}

/** Why a reviewer's review does not count. */
export type IgnoredReason = 'changes-requested' | 'dismissed' | 'stale' | 'author' | 'commented-only';

/** The outcome for one requirement. */
export interface RequirementResult {
  readonly name: string;
  readonly kind: 'approvers' | 'and' | 'or';
  readonly satisfied: boolean;
  readonly why: string;
  /** What the status rests on, in a few words. */
  readonly detail: string;
  readonly count?: number;
  readonly users?: readonly string[];
  readonly teams?: readonly string[];
  readonly approvedBy: readonly string[];
  /** Candidates whose reviews do not count, and why. */
  readonly ignored: readonly { readonly user: string; readonly reason: IgnoredReason }[];
  readonly children?: readonly RequirementResult[];
}

type Standing = { readonly state: 'approved' } | { readonly state: IgnoredReason };

const norm = (login: string): string => login.replace(/^@/, '').toLowerCase();

/**
 * Each reviewer's standing: their latest decisive review (approved, changes
 * requested or dismissed; comments and pending reviews change nothing, as on
 * GitHub). A dismissed latest review counts for nothing. An approval is `stale`
 * when `invalidateOnPush` is set and it was not given on the head commit, and
 * `author` when the author approves their own change and `allowAuthor` is off.
 */
export function reviewerStandings(input: ApprovalInput): Map<string, Standing> {
  const ordered = [...input.reviews].map((r, i) => ({ r, i })).sort((a, b) => a.r.time.localeCompare(b.r.time) || a.i - b.i);
  const latest = new Map<string, Review>();
  const commented = new Set<string>();
  for (const { r } of ordered) {
    const who = norm(r.user);
    if (r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED') latest.set(who, r);
    else if (r.state === 'COMMENTED') commented.add(who);
  }
  const out = new Map<string, Standing>();
  for (const who of commented) out.set(who, { state: 'commented-only' });
  for (const [who, r] of latest) {
    if (r.state === 'DISMISSED') out.set(who, { state: 'dismissed' });
    else if (r.state === 'CHANGES_REQUESTED') out.set(who, { state: 'changes-requested' });
    else if (input.author !== undefined && who === norm(input.author) && !input.options.allowAuthor) out.set(who, { state: 'author' });
    else if (input.options.invalidateOnPush && (input.headCommit === undefined || r.commit !== input.headCommit)) out.set(who, { state: 'stale' });
    else out.set(who, { state: 'approved' });
  }
  return out;
}

/**
 * Evaluates requirements against reviews: a pure function of the reviews, team
 * memberships, the author and the head commit. An approvers requirement is
 * satisfied when at least `count` distinct candidates (its users, members of its
 * teams) approve and none of its candidates has changes requested; `and` needs
 * every child, `or` any child. Every result says who approved and whose review
 * did not count, and why.
 */
export function evaluateApprovals(requirements: readonly ResolvedRequirement[], input: ApprovalInput): RequirementResult[] {
  const standings = reviewerStandings(input);
  return requirements.map((r) => evaluateOne(r, input, standings));
}

function evaluateOne(req: ResolvedRequirement, input: ApprovalInput, standings: Map<string, Standing>): RequirementResult {
  if (req.kind !== 'approvers') {
    const children = req.children.map((c) => evaluateOne(c, input, standings));
    const done = children.filter((c) => c.satisfied).length;
    const satisfied = req.kind === 'and' ? done === children.length : done > 0;
    return {
      name: req.name,
      kind: req.kind,
      satisfied,
      why: req.why,
      detail: req.kind === 'and' ? `${done} of ${children.length} satisfied, all needed` : `${done} of ${children.length} satisfied, one needed`,
      approvedBy: [...new Set(children.flatMap((c) => c.approvedBy))],
      ignored: [],
      children,
    };
  }
  const isCandidate = (who: string): boolean => req.users.some((u) => norm(u) === who) || req.teams.some((t) => isTeamMember(input.teams, t, who));
  const approvedBy: string[] = [];
  const ignored: { user: string; reason: IgnoredReason }[] = [];
  for (const [who, standing] of [...standings].sort(([a], [b]) => a.localeCompare(b))) {
    if (!isCandidate(who)) continue;
    if (standing.state === 'approved') approvedBy.push(who);
    else ignored.push({ user: who, reason: standing.state });
  }
  const blocked = ignored.filter((i) => i.reason === 'changes-requested').map((i) => i.user);
  const satisfied = approvedBy.length >= req.count && blocked.length === 0;
  const detail =
    blocked.length > 0
      ? `changes requested by ${blocked.join(', ')}`
      : satisfied
        ? `approved by ${approvedBy.join(', ')}`
        : `${approvedBy.length} of ${req.count} approval${req.count === 1 ? '' : 's'}${ignored.length > 0 ? `; not counted: ${ignored.map((i) => `${i.user} (${i.reason})`).join(', ')}` : ''}`;
  return {
    name: req.name,
    kind: 'approvers',
    satisfied,
    why: req.why,
    detail,
    count: req.count,
    users: req.users,
    teams: req.teams,
    approvedBy,
    ignored,
  };
}
