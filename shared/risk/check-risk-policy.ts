import type { ChangeFact } from './change-fact.js';
import { evaluateCondition } from './evaluate-condition.js';
import { FACT_IDS, type FactId } from './fact-ids.js';
import type { RiskCondition } from './risk-policy.js';
import { nameSafely } from '../text/quote-safely.js';

/** A name from the policy, quoted only when it is safe to (a token pasted as a name is not echoed). */
const quoted = (name: string): string => {
  const safe = nameSafely(name);
  return safe === undefined ? 'a name that is not shown' : `"${safe}"`;
};

/** A problem in the `risk` section, at a key path relative to it. */
export interface RiskPolicyProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

interface CheckedShape {
  readonly tiers: readonly { readonly name: string; readonly if?: RiskCondition | undefined }[];
  readonly conditions: Readonly<Record<string, RiskCondition>>;
}

/**
 * The checks a schema cannot express: references to named conditions that do not
 * exist, circular references, duplicate tier names, and tiers that leave a change
 * without a tier (probed with the change that has no fact and with each single-fact
 * change; at review time any change no tier matches gets the highest tier).
 * Unknown facts and malformed teams are rejected by the schema itself.
 */
export function checkRiskPolicy(risk: CheckedShape): RiskPolicyProblem[] {
  const problems: RiskPolicyProblem[] = [];
  const names = new Set<string>();
  risk.tiers.forEach((tier, i) => {
    if (names.has(tier.name)) problems.push({ path: ['tiers', i, 'name'], message: `tier ${quoted(tier.name)} is defined twice` });
    names.add(tier.name);
    if (tier.if) problems.push(...unknownReferences(tier.if, ['tiers', i, 'if'], risk.conditions));
  });
  for (const [name, condition] of Object.entries(risk.conditions))
    problems.push(...unknownReferences(condition, ['conditions', name], risk.conditions));

  // Cycles among named conditions, each reported once at the first name in it.
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (name: string, trail: string[]): void => {
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(name)), name];
      const key = [...cycle].slice(0, -1).sort().join(',');
      if (!reported.has(key)) {
        reported.add(key);
        problems.push({ path: ['conditions', name], message: `circular reference: ${cycle.map(quoted).join(' → ')}` });
      }
      return;
    }
    const condition = risk.conditions[name];
    if (!condition) return;
    state.set(name, 'visiting');
    for (const ref of references(condition)) visit(ref, [...trail, name]);
    state.set(name, 'done');
  };
  for (const name of Object.keys(risk.conditions)) visit(name, []);

  if (problems.length === 0) {
    const probes: FactId[][] = [[], ...FACT_IDS.map((f) => [f])];
    for (const probe of probes) {
      const facts = new Map<FactId, ChangeFact>(probe.map((id) => [id, { id, evidence: [] }]));
      const matched = risk.tiers.some((t) => !t.if || evaluateCondition(t.if, { facts, paths: [], conditions: risk.conditions }).holds);
      if (!matched) {
        problems.push({
          path: ['tiers'],
          message: `no tier applies to a change ${probe.length === 0 ? 'with no facts' : `whose only fact is ${probe[0]}`}; such a change would get the highest tier. Add a catch-all tier (one without \`if\`, usually the lowest)`,
        });
        break;
      }
    }
  }
  return problems;
}

function references(condition: RiskCondition): string[] {
  const out: string[] = [];
  if (condition.condition !== undefined) out.push(condition.condition);
  for (const c of [...(condition.and ?? []), ...(condition.or ?? []), ...(condition.not ? [condition.not] : [])]) out.push(...references(c));
  return out;
}

function unknownReferences(
  condition: RiskCondition,
  path: (string | number)[],
  conditions: Readonly<Record<string, RiskCondition>>,
): RiskPolicyProblem[] {
  const out: RiskPolicyProblem[] = [];
  if (condition.condition !== undefined && !Object.prototype.hasOwnProperty.call(conditions, condition.condition)) {
    const known = Object.keys(conditions);
    out.push({
      path: [...path, 'condition'],
      message: `refers to condition ${quoted(condition.condition)}, which risk.conditions does not define${known.length > 0 ? ` (defined: ${known.map(quoted).join(', ')})` : ''}`,
    });
  }
  condition.and?.forEach((c, i) => out.push(...unknownReferences(c, [...path, 'and', i], conditions)));
  condition.or?.forEach((c, i) => out.push(...unknownReferences(c, [...path, 'or', i], conditions)));
  if (condition.not) out.push(...unknownReferences(condition.not, [...path, 'not'], conditions));
  return out;
}
