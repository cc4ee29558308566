import type { ChangeSet } from '../diff/parse-unified-diff.js';
import type { ReviewResult } from '../engine/run-review.js';
import type { FileSet } from '../files/file-set.js';
import type { Policy } from '../policy/policy-schema.js';
import { buildChecklist, type ChecklistItem } from './build-checklist.js';
import type { ChangeFact, FactEvidence } from './change-fact.js';
import { computeFacts, type TouchedConnector } from './compute-facts.js';
import { evaluateApprovals, type ApprovalOptions, type RequirementResult, type ResolvedRequirement, type Review } from './evaluate-approvals.js';
import { evaluateCondition, type PredicateExplanation } from './evaluate-condition.js';
import type { FactId } from './fact-ids.js';
import { CODEOWNERS_PATHS, parseCodeowners } from './parse-codeowners.js';
import type { RiskRequirement, RiskTier } from './risk-policy.js';

/** What the risk decision needs beyond the engine's result. Everything is passed in. */
export interface RiskInput {
  /** The policy in effect (from the base commit). */
  readonly policy: Policy;
  /** True when a policy file was invalid: the decision falls back to the highest tier. */
  readonly policyInvalid?: boolean;
  readonly head: FileSet;
  readonly base: FileSet;
  readonly changes: ChangeSet;
  /** Every changed path, deleted files included. Default: the keys of `changes`. */
  readonly changedPaths?: readonly string[];
  /** The policy file's path. Default: `.github/tollgate.yml`. */
  readonly policyFile?: string;
  /** The pull request's reviews; undefined when not known (every requirement pending). */
  readonly reviews?: readonly Review[];
  /** Members by team (`org/slug` or `slug`). */
  readonly teams?: Readonly<Record<string, readonly string[]>>;
  readonly author?: string;
  readonly labels?: readonly string[];
  readonly headCommit?: string;
}

/** One reason for the tier: a fact (with its evidence) or another predicate that held. */
export interface RiskReason {
  /** The tier rule that set the tier (its name), or `fallback`. */
  readonly rule: string;
  readonly fact?: FactId;
  readonly detail: string;
  readonly evidence: readonly FactEvidence[];
}

/** How one tier's condition evaluated. */
export interface TierExplanation {
  readonly name: string;
  readonly holds: boolean;
  /** Absent for a tier without `if` (it always holds). */
  readonly explanation?: PredicateExplanation;
}

/** `result.data.risk` after {@link decideRisk}. */
export interface RiskDecision {
  readonly tier: string;
  /** The pull-request label for the tier. */
  readonly label: string;
  readonly description?: string;
  readonly reasons: readonly RiskReason[];
  /** Set when the tier is the highest because the policy is invalid or no tier applied. */
  readonly fallback?: 'policy-invalid' | 'no-tier-applies';
  readonly facts: readonly ChangeFact[];
  readonly tiers: readonly TierExplanation[];
  readonly connectors: readonly TouchedConnector[];
  readonly changedPaths: readonly string[];
  readonly approval: ApprovalOptions;
  readonly checklist: readonly ChecklistItem[];
  /** The CODEOWNERS file read (at the base), if any. */
  readonly codeowners?: string;
}

/** One required approver, flattened for reports and the App. */
export interface RequiredApprover {
  readonly kind: 'user' | 'team';
  readonly name: string;
  /** Which rule requires them and why. */
  readonly reason: string;
  readonly requirement: string;
  readonly satisfied: boolean;
}

/** `result.data.approvers` after {@link decideRisk}. */
export interface ApproversData {
  /** True while a requirement of the tier is not satisfied. */
  readonly pending: boolean;
  readonly required: readonly RequiredApprover[];
  readonly requirements: readonly RequirementResult[];
  /** False when no reviews were given (the CLI without `--reviews`): everything is pending. */
  readonly reviewsKnown: boolean;
}

/** The label of a tier. */
export function tierLabel(tier: Pick<RiskTier, 'name' | 'label'>): string {
  return tier.label ?? `tollgate: ${tier.name} risk`;
}

/**
 * Decides the change-risk tier and the required approvers of a reviewed change,
 * and evaluates the approvals: the step after `runReview` that both the CLI and the
 * App call. Returns the result with `data.risk` ({@link RiskDecision}) and
 * `data.approvers` ({@link ApproversData}) set. A scan (no change) is returned as is.
 *
 * Tiers are evaluated in order, every one explained; the highest whose `if` holds
 * wins. An invalid policy, or no tier applying, gives the highest tier: never a
 * silent low. Only the winning tier's `requires` apply. Pure.
 */
export function decideRisk(result: ReviewResult, input: RiskInput): ReviewResult {
  if (result.mode !== 'review') return result;
  const risk = input.policy.risk;
  const computed = computeFacts({
    result,
    head: input.head,
    base: input.base,
    changes: input.changes,
    policy: input.policy,
    ...(input.changedPaths ? { changedPaths: input.changedPaths } : {}),
    ...(input.policyFile ? { policyFile: input.policyFile } : {}),
  });
  const facts = new Map(computed.facts.map((f) => [f.id, f]));
  const context = {
    facts,
    paths: computed.changedPaths,
    conditions: risk.conditions,
    ...(input.labels ? { labels: input.labels } : {}),
    ...(input.author ? { author: input.author } : {}),
    ...(input.teams ? { teams: input.teams } : {}),
  };
  const tiers: TierExplanation[] = risk.tiers.map((t) => {
    if (!t.if) return { name: t.name, holds: true };
    const explanation = evaluateCondition(t.if, context);
    return { name: t.name, holds: explanation.holds, explanation };
  });
  const highest = risk.tiers[risk.tiers.length - 1] as RiskTier;
  let chosenIndex = -1;
  tiers.forEach((t, i) => {
    if (t.holds) chosenIndex = i;
  });
  const fallback: RiskDecision['fallback'] = input.policyInvalid ? 'policy-invalid' : chosenIndex < 0 ? 'no-tier-applies' : undefined;
  const tier = fallback ? highest : (risk.tiers[chosenIndex] as RiskTier);
  const explained = tiers.find((t) => t.name === tier.name);

  let reasons: RiskReason[];
  if (fallback === 'policy-invalid')
    reasons = [{ rule: 'fallback', detail: 'the policy file is invalid: the highest tier applies until it is fixed', evidence: [] }];
  else if (fallback === 'no-tier-applies')
    reasons = [{ rule: 'fallback', detail: "no tier's condition holds for this change: the highest tier applies", evidence: [] }];
  else if (!explained?.explanation) {
    const higher = risk.tiers.slice(chosenIndex + 1).map((t) => t.name);
    reasons = [
      {
        rule: tier.name,
        detail: higher.length > 0 ? `no condition of a higher tier (${higher.join(', ')}) holds` : 'the tier always applies',
        evidence: [],
      },
      ...computed.facts.map((f) => ({ rule: tier.name, fact: f.id, detail: f.id, evidence: f.evidence })),
    ];
  } else reasons = reasonsFrom(tier.name, explained.explanation, facts);

  const approval: ApprovalOptions = { ...risk.approval, ...(tier.approval ?? {}) } as ApprovalOptions;
  const codeownersPath = CODEOWNERS_PATHS.find((p) => input.base.has(p)) ?? CODEOWNERS_PATHS.find((p) => input.head.has(p) && !input.changes.has(p));
  const codeowners = codeownersPath ? parseCodeowners((input.base.get(codeownersPath) ?? input.head.get(codeownersPath)) as string) : undefined;
  const summary = reasons
    .map((r) => r.fact ?? r.detail)
    .slice(0, 4)
    .join(', ');
  const why = `tier ${tier.name}${summary ? ` (${summary})` : ''}`;
  const resolved = tier.requires.map((r, i) =>
    resolveRequirement(r, `${tier.name}.requires[${i}]`, why, computed.connectors, computed.changedPaths, codeowners),
  );
  const requirements = evaluateApprovals(resolved, {
    reviews: input.reviews ?? [],
    options: approval,
    ...(input.teams ? { teams: input.teams } : {}),
    ...(input.author ? { author: input.author } : {}),
    ...(input.headCommit ? { headCommit: input.headCommit } : {}),
  });
  const required: RequiredApprover[] = [];
  const flatten = (list: readonly RequirementResult[]): void => {
    for (const r of list) {
      if (r.children) flatten(r.children);
      for (const name of r.users ?? [])
        required.push({ kind: 'user', name: name.replace(/^@/, ''), reason: `${r.why}: ${r.name}`, requirement: r.name, satisfied: r.satisfied });
      for (const name of r.teams ?? [])
        required.push({ kind: 'team', name: name.replace(/^@/, ''), reason: `${r.why}: ${r.name}`, requirement: r.name, satisfied: r.satisfied });
    }
  };
  flatten(requirements);

  const decision: RiskDecision = {
    tier: tier.name,
    label: tierLabel(tier),
    ...(tier.description ? { description: tier.description } : {}),
    reasons,
    ...(fallback ? { fallback } : {}),
    facts: computed.facts,
    tiers,
    connectors: computed.connectors,
    changedPaths: computed.changedPaths,
    approval,
    checklist: buildChecklist(result),
    ...(codeownersPath ? { codeowners: codeownersPath } : {}),
  };
  const approvers: ApproversData = {
    pending: requirements.some((r) => !r.satisfied),
    required,
    requirements,
    reviewsKnown: input.reviews !== undefined,
  };
  return { ...result, data: { ...result.data, risk: decision, approvers } };
}

function reasonsFrom(rule: string, explanation: PredicateExplanation, facts: ReadonlyMap<FactId, ChangeFact>): RiskReason[] {
  const out: RiskReason[] = [];
  const walk = (node: PredicateExplanation): void => {
    if (!node.holds) return;
    if (node.predicate === 'not') {
      out.push({ rule, detail: `not (${node.children?.[0]?.predicate ?? ''}): ${node.detail}`, evidence: [] });
      return;
    }
    if (node.children) {
      for (const c of node.children) walk(c);
      return;
    }
    if (node.facts.length > 0) {
      for (const id of node.facts) out.push({ rule, fact: id, detail: id, evidence: facts.get(id)?.evidence ?? [] });
    } else out.push({ rule, detail: `${node.predicate}: ${node.detail}`, evidence: [] });
  };
  walk(explanation);
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = r.fact ?? r.detail;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** `@acme/team` and `acme/team` are teams; `@alice` and `alice` users. */
function ownerKind(owner: string): { kind: 'user' | 'team'; name: string } | undefined {
  const name = owner.trim().replace(/^@/, '');
  if (name === '' || name.includes('@')) return undefined;
  return name.includes('/') ? { kind: 'team', name } : { kind: 'user', name };
}

function resolveRequirement(
  req: RiskRequirement,
  at: string,
  why: string,
  connectors: readonly TouchedConnector[],
  paths: readonly string[],
  codeowners: ReturnType<typeof parseCodeowners> | undefined,
): ResolvedRequirement {
  if (req.and || req.or) {
    const kind = req.and ? 'and' : 'or';
    const children = (req.and ?? req.or ?? []).map((c, i) => resolveRequirement(c, `${at}.${kind}[${i}]`, why, connectors, paths, codeowners));
    return { kind, name: req.name ?? `${kind} of ${children.map((c) => c.name).join(', ')}`, why, children };
  }
  if (req.connectorOwner) {
    const children: ResolvedRequirement[] = [];
    for (const c of connectors) {
      const owner = ownerKind(c.owner);
      if (!owner) {
        // An owner that names no user or team must not make the requirement vanish:
        // it stays, and no one can satisfy it until the manifest names a real owner.
        children.push({
          kind: 'approvers',
          name: `owner of connector ${c.name} (unresolvable owner)`,
          count: 1,
          users: [],
          teams: [],
          why: `${why}; connector ${c.name} ${c.why}; its owner does not name a GitHub user or team, so no approval can satisfy this until the manifest (at the base) names one`,
        });
        continue;
      }
      children.push({
        kind: 'approvers',
        name: `owner of connector ${c.name}`,
        count: 1,
        users: owner.kind === 'user' ? [owner.name] : [],
        teams: owner.kind === 'team' ? [owner.name] : [],
        why: `${why}; connector ${c.name} ${c.why}`,
      });
    }
    return { kind: 'and', name: req.name ?? 'connector owners', why: children.length === 0 ? `${why}; no connector is touched` : why, children };
  }
  if (req.codeowners) {
    const groups = new Map<string, { owners: string[]; paths: string[] }>();
    for (const path of paths) {
      const rule = codeowners?.ruleFor(path);
      if (!rule || rule.owners.length === 0) continue;
      const key = rule.owners.join(' ');
      const group = groups.get(key) ?? { owners: [...rule.owners], paths: [] };
      group.paths.push(path);
      groups.set(key, group);
    }
    const children: ResolvedRequirement[] = [...groups.values()].map((g) => {
      const owners = g.owners.map(ownerKind).filter((o) => o !== undefined);
      return {
        kind: 'approvers' as const,
        name: `code owners of ${g.paths.slice(0, 3).join(', ')}${g.paths.length > 3 ? ` and ${g.paths.length - 3} more` : ''}`,
        count: 1,
        users: owners.filter((o) => o.kind === 'user').map((o) => o.name),
        teams: owners.filter((o) => o.kind === 'team').map((o) => o.name),
        why: `${why}; CODEOWNERS`,
      };
    });
    return { kind: 'and', name: req.name ?? 'code owners', why: codeowners ? why : `${why}; no CODEOWNERS file`, children };
  }
  const users = (req.users ?? []).map((u) => u.replace(/^@/, ''));
  const teams = (req.teams ?? []).map((t) => t.replace(/^@/, ''));
  return { kind: 'approvers', name: req.name ?? [...users, ...teams].join(' or '), count: req.count ?? 1, users, teams, why };
}
