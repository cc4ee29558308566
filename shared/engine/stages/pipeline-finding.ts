import type { RawFinding, Severity } from '../../model/finding.js';
import type { RuleMeta } from '../../model/rule.js';

/**
 * A raw finding on its way through `runReview`'s stages: the rule it belongs to and
 * its severity so far (the analyzer's, else the rule's default; `applyPolicy` applies
 * the policy's override).
 */
export interface PipelineFinding {
  readonly raw: RawFinding;
  readonly rule: RuleMeta;
  readonly severity: Severity;
  /**
   * Present on findings the engine pins (an adapter's engine findings, changed files
   * that could not be analyzed): the text the finding's range points into, `''` for
   * a whole file that was not read. Pinned findings bypass the ignore and allow
   * lists, the change filter and suppressions.
   */
  readonly pinnedText?: string;
}

/** A {@link PipelineFinding} for `raw` under `rule`; `pinnedText` pins it. */
export function pipelineFinding(raw: RawFinding, rule: RuleMeta, pinnedText?: string): PipelineFinding {
  return { raw, rule, severity: raw.severity ?? rule.defaultSeverity, ...(pinnedText !== undefined ? { pinnedText } : {}) };
}
