import type { ReviewResult } from '../engine/run-review.js';

/** The counts every report states, in one place so the formats agree. */
export interface ReportSummary {
  readonly error: number;
  readonly warning: number;
  readonly note: number;
  /** Findings a suppression or the baseline matched (listed only when the policy reports them). */
  readonly suppressed: number;
  /** Findings the policy's `allow` list dropped. */
  readonly allowed: number;
  readonly filesAnalyzed: number;
  readonly filesIgnored: number;
  readonly filesSkipped: number;
  /** True when at least one error-level finding is active: the gate fails (CLI exit 1). */
  readonly blocking: boolean;
}

/**
 * Counts a {@link ReviewResult} for summaries. Severity counts are taken from the
 * findings themselves (not only `stats`), so a result assembled by hand still adds up.
 */
export function summarizeResult(result: ReviewResult): ReportSummary {
  let error = 0;
  let warning = 0;
  let note = 0;
  for (const f of result.findings) {
    if (f.severity === 'error') error += 1;
    else if (f.severity === 'warning') warning += 1;
    else note += 1;
  }
  return {
    error,
    warning,
    note,
    suppressed: result.suppressed.length,
    allowed: result.stats.allowed,
    filesAnalyzed: result.stats.filesAnalyzed,
    filesIgnored: result.stats.filesIgnored,
    filesSkipped: result.skipped.length,
    blocking: error > 0,
  };
}
