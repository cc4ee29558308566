import { agentsAnalyzer } from '../agents/agents-analyzer.js';
import { ENGINE_RULES } from '../engine/engine-rules.js';
import type { RuleMeta } from '../model/rule.js';
import { flowsAnalyzer } from '../flows/flows-analyzer.js';
import { riskAnalyzer } from '../risk/risk-analyzer.js';
import { scopesAnalyzer } from '../scopes/scopes-analyzer.js';
import { secretsAnalyzer } from '../secrets/secrets-analyzer.js';
import type { Analyzer } from './analyzer.js';

/**
 * Every analyzer Tollgate ships, in run order. A test fails when an analyzer is
 * missing here, its rule ids do not start with its id, or a rule has no docs page
 * or fixtures. The policy schema (`analyzers.<id>` and each analyzer's own
 * section), the JSON report's analyzer keys and the report contributions are read
 * from this list, so adding an analyzer is its folder and one line here.
 */
export const ANALYZERS = [secretsAnalyzer, flowsAnalyzer, scopesAnalyzer, agentsAnalyzer, riskAnalyzer] as const satisfies readonly Analyzer[];

/** One of the registered analyzers. */
export type RegisteredAnalyzer = (typeof ANALYZERS)[number];

/** Every rule any analyzer or the engine can report, sorted by id. */
export function allRules(analyzers: readonly Analyzer[] = ANALYZERS): RuleMeta[] {
  return [...ENGINE_RULES, ...analyzers.flatMap((a) => a.rules)].sort((a, b) => a.id.localeCompare(b.id));
}

/** Looks up an analyzer by id. */
export function getAnalyzer(id: string): Analyzer | undefined {
  return ANALYZERS.find((a) => a.id === id);
}

/** Every context-file glob the given analyzers ask for (see `Analyzer.contextFiles`). */
export function contextFileGlobs(analyzers: readonly Analyzer[] = ANALYZERS): string[] {
  return [...new Set(analyzers.flatMap((a) => a.contextFiles ?? []))].sort();
}
