import type { Analyzer } from '../../analyzer/analyzer.js';
import type { RuleMeta } from '../../model/rule.js';
import { ENGINE_RULES } from '../engine-rules.js';

/**
 * Every rule a run knows, by id: the engine's, then each analyzer's, disabled ones
 * included (a suppression naming a rule of a disabled analyzer is not unknown).
 */
export function collectRules(analyzers: readonly Analyzer[]): Map<string, RuleMeta> {
  const rules = new Map<string, RuleMeta>();
  for (const rule of ENGINE_RULES) rules.set(rule.id, rule);
  for (const analyzer of analyzers) for (const rule of analyzer.rules) rules.set(rule.id, rule);
  return rules;
}
