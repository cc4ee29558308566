import type { ReviewResult } from '../engine/run-review.js';
import type { ApproversData, RiskDecision } from './decide-risk.js';

/**
 * `result.data.risk`, which `decideRisk` sets after the analyzers ran (the risk
 * analyzer's own `analyze` returns no data). Undefined for a scan. The same read
 * as `analyzerData(result, riskAnalyzer)`, without importing the analyzer (and so
 * the registry) into the risk step.
 */
export function riskData(result: Pick<ReviewResult, 'data'>): RiskDecision | undefined {
  return result.data.risk as RiskDecision | undefined;
}

/**
 * `result.data.approvers`: the required approvers `decideRisk` sets beside the
 * decision (a key of its own in `data`, kept for JSON version 1). Undefined for a scan.
 */
export function approversData(result: Pick<ReviewResult, 'data'>): ApproversData | undefined {
  return result.data.approvers as ApproversData | undefined;
}
