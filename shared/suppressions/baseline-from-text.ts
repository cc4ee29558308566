import { engineRules } from '../engine/engine-rules.js';
import type { RawFinding } from '../model/finding.js';
import { parseBaseline, type Baseline } from './parse-baseline.js';

/** A baseline as an adapter read it: the parsed file, or its problem as an engine finding. */
export interface LoadedBaseline {
  baseline?: Baseline;
  problem?: { finding: RawFinding; text: string };
}

/**
 * Parses baseline text an adapter has read (from disk, git or the GitHub API); an
 * invalid one becomes a `tollgate/policy-invalid` finding on the baseline file, and
 * no finding is suppressed by it.
 */
export function baselineFromText(text: string, file: string): LoadedBaseline {
  const parsed = parseBaseline(text, file);
  if (parsed.ok) return { baseline: parsed.baseline };
  return {
    problem: {
      text,
      finding: {
        ruleId: engineRules.policyInvalid.id,
        messageId: 'baselineInvalid',
        path: file,
        range: { start: 0, end: 0 },
        data: { problem: `${parsed.error.key ? `\`${parsed.error.key}\` ` : ''}${parsed.error.message}`, hint: parsed.error.hint },
      },
    },
  };
}
