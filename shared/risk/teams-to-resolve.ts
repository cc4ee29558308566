import type { ReviewResult } from '../engine/run-review.js';
import type { Policy } from '../policy/policy-schema.js';
import { approversData } from './risk-data.js';
import type { RiskCondition } from './risk-policy.js';

function authorTeams(condition: RiskCondition | undefined, out: Set<string>): void {
  if (!condition) return;
  for (const a of condition.author ?? []) if (a.includes('/')) out.add(a.replace(/^@/, ''));
  for (const c of [...(condition.and ?? []), ...(condition.or ?? []), ...(condition.not ? [condition.not] : [])]) authorTeams(c, out);
}

/**
 * The teams whose memberships a decision needs, as `org/slug` (a bare slug gets
 * `defaultOrg`): the teams among the required approvers of a first decision (made
 * without memberships), and the teams in `author` conditions of the policy. The App
 * fetches exactly these, then decides again. Pure.
 */
export function teamsToResolve(result: ReviewResult, policy: Policy, defaultOrg: string): string[] {
  const out = new Set<string>();
  const approvers = approversData(result);
  for (const r of approvers?.required ?? []) if (r.kind === 'team') out.add(r.name);
  for (const t of policy.risk.tiers) authorTeams(t.if, out);
  for (const c of Object.values(policy.risk.conditions)) authorTeams(c, out);
  return [...new Set([...out].map((t) => (t.includes('/') ? t : `${defaultOrg}/${t}`).toLowerCase()))].sort();
}
