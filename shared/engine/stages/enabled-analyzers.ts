import type { Analyzer } from '../../analyzer/analyzer.js';
import type { Policy } from '../../policy/policy-schema.js';

/** The analyzers the policy does not turn off (`analyzers.<id>.enabled: false`); unknown ids stay on. */
export function enabledAnalyzers(analyzers: readonly Analyzer[], policy: Policy): Analyzer[] {
  const settings = policy.analyzers as Record<string, { enabled: boolean } | undefined>;
  return analyzers.filter((a) => settings[a.id]?.enabled !== false);
}
