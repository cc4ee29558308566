import { globMatcher } from '../policy/glob-matcher.js';
import type { ChangeFact } from './change-fact.js';
import type { FactId } from './fact-ids.js';
import type { RiskCondition } from './risk-policy.js';

/** What a condition is evaluated against. */
export interface ConditionContext {
  readonly facts: ReadonlyMap<FactId, ChangeFact>;
  /** Every changed path (added, modified, renamed, deleted). */
  readonly paths: readonly string[];
  /** The pull request's labels; undefined when not known (the CLI without `--reviews`). */
  readonly labels?: readonly string[];
  readonly author?: string;
  /** Team members by team (`org/slug` or `slug`), lower-case logins. */
  readonly teams?: Readonly<Record<string, readonly string[]>>;
  readonly conditions: Readonly<Record<string, RiskCondition>>;
}

/** How one predicate evaluated, and why; children for `and`, `or`, `not` and named conditions. */
export interface PredicateExplanation {
  /** The predicate as written, shortened: `fact: pii-to-llm`, `or`, `condition: x`. */
  readonly predicate: string;
  readonly holds: boolean;
  /** Why it holds or not, in a few words. */
  readonly detail: string;
  /** The facts whose presence made it hold (empty when it does not hold). */
  readonly facts: readonly FactId[];
  readonly children?: readonly PredicateExplanation[];
}

/** Whether `login` is in `team` according to `teams` (keys compared by slug when either side has no org). */
export function isTeamMember(teams: ConditionContext['teams'], team: string, login: string): boolean {
  if (!teams) return false;
  const wanted = team.replace(/^@/, '').toLowerCase();
  const who = login.replace(/^@/, '').toLowerCase();
  for (const [key, members] of Object.entries(teams)) {
    const k = key.replace(/^@/, '').toLowerCase();
    const same = k === wanted || (!k.includes('/') || !wanted.includes('/') ? k.replace(/^.*\//, '') === wanted.replace(/^.*\//, '') : false);
    if (same && members.some((m) => m.replace(/^@/, '').toLowerCase() === who)) return true;
  }
  return false;
}

const list = (items: readonly string[]): string => items.join(', ');

/**
 * Evaluates a tier condition and explains every predicate, held or not (as
 * policy-bot explains each predicate of a rule). Pure. A reference to an unknown or
 * circular named condition does not hold and says so (the policy check reports it
 * earlier, with its line).
 */
export function evaluateCondition(condition: RiskCondition, context: ConditionContext, stack: readonly string[] = []): PredicateExplanation {
  if (condition.fact !== undefined) {
    const fact = context.facts.get(condition.fact);
    return {
      predicate: `fact: ${condition.fact}`,
      holds: fact !== undefined,
      detail: fact ? evidenceText(fact) : 'the change does not have this fact',
      facts: fact ? [condition.fact] : [],
    };
  }
  if (condition.facts !== undefined) {
    const present = condition.facts.filter((f) => context.facts.has(f));
    return {
      predicate: `facts: [${list(condition.facts)}]`,
      holds: present.length > 0,
      detail: present.length > 0 ? `present: ${list(present)}` : 'none of these facts is present',
      facts: present,
    };
  }
  if (condition.paths !== undefined) {
    const match = globMatcher(condition.paths);
    const hits = context.paths.filter((p) => match(p));
    return {
      predicate: `paths: [${list(condition.paths)}]`,
      holds: hits.length > 0,
      detail: hits.length > 0 ? `matched: ${list(hits.slice(0, 5))}${hits.length > 5 ? ', …' : ''}` : 'no changed file matches',
      facts: [],
    };
  }
  if (condition.onlyPaths !== undefined) {
    const match = globMatcher(condition.onlyPaths);
    const misses = context.paths.filter((p) => !match(p));
    const holds = context.paths.length > 0 && misses.length === 0;
    return {
      predicate: `onlyPaths: [${list(condition.onlyPaths)}]`,
      holds,
      detail:
        context.paths.length === 0
          ? 'no file changed'
          : holds
            ? 'every changed file matches'
            : `not matched: ${list(misses.slice(0, 5))}${misses.length > 5 ? ', …' : ''}`,
      facts: [],
    };
  }
  if (condition.labels !== undefined) {
    const have = (context.labels ?? []).map((l) => l.toLowerCase());
    const hits = condition.labels.filter((l) => have.includes(l.toLowerCase()));
    return {
      predicate: `labels: [${list(condition.labels)}]`,
      holds: hits.length > 0,
      detail:
        context.labels === undefined
          ? 'labels are not known (no pull request)'
          : hits.length > 0
            ? `labelled ${list(hits)}`
            : 'none of these labels is set',
      facts: [],
    };
  }
  if (condition.author !== undefined) {
    const author = context.author;
    const hit =
      author === undefined
        ? undefined
        : condition.author.find((a) =>
            a.includes('/') ? isTeamMember(context.teams, a, author) : a.replace(/^@/, '').toLowerCase() === author.toLowerCase(),
          );
    return {
      predicate: `author: [${list(condition.author)}]`,
      holds: hit !== undefined,
      detail:
        author === undefined
          ? 'the author is not known'
          : hit !== undefined
            ? `${author} matches ${hit}`
            : `${author} is none of these (or not a known member)`,
      facts: [],
    };
  }
  if (condition.always !== undefined) return { predicate: 'always', holds: true, detail: 'always holds', facts: [] };
  if (condition.condition !== undefined) {
    const name = condition.condition;
    const named = context.conditions[name];
    if (stack.includes(name))
      return { predicate: `condition: ${name}`, holds: false, detail: `circular reference (${[...stack, name].join(' → ')})`, facts: [] };
    if (!named) return { predicate: `condition: ${name}`, holds: false, detail: 'no condition of this name in risk.conditions', facts: [] };
    const inner = evaluateCondition(named, context, [...stack, name]);
    return {
      predicate: `condition: ${name}`,
      holds: inner.holds,
      detail: inner.holds ? 'holds' : 'does not hold',
      facts: inner.facts,
      children: [inner],
    };
  }
  if (condition.and !== undefined) {
    const children = condition.and.map((c) => evaluateCondition(c, context, stack));
    const failing = children.filter((c) => !c.holds).length;
    const holds = failing === 0;
    return {
      predicate: 'and',
      holds,
      detail: holds ? `all ${children.length} hold` : `${failing} of ${children.length} do not hold`,
      facts: holds ? unique(children.flatMap((c) => c.facts)) : [],
      children,
    };
  }
  if (condition.or !== undefined) {
    const children = condition.or.map((c) => evaluateCondition(c, context, stack));
    const holding = children.filter((c) => c.holds);
    return {
      predicate: 'or',
      holds: holding.length > 0,
      detail: holding.length > 0 ? `${holding.length} of ${children.length} hold` : `none of ${children.length} holds`,
      facts: unique(holding.flatMap((c) => c.facts)),
      children,
    };
  }
  if (condition.not !== undefined) {
    const inner = evaluateCondition(condition.not, context, stack);
    return {
      predicate: 'not',
      holds: !inner.holds,
      detail: inner.holds ? 'the condition holds' : 'the condition does not hold',
      facts: [],
      children: [inner],
    };
  }
  return { predicate: '(empty)', holds: false, detail: 'a condition with no key never holds', facts: [] };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** Where a fact comes from, shortened: `connectors/x/connector.yml:3 (…)`. */
export function evidenceText(fact: ChangeFact): string {
  const first = fact.evidence.slice(0, 3).map((e) => `${e.path}${e.line ? `:${e.line}` : ''}${e.detail ? ` (${e.detail})` : ''}`);
  return `${first.join('; ')}${fact.evidence.length > 3 ? `; and ${fact.evidence.length - 3} more` : ''}`;
}
