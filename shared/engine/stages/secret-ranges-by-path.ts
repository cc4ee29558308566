import type { OffsetRange } from '../../model/finding.js';
import type { PipelineFinding } from './pipeline-finding.js';

/**
 * The range of every secret found (a `secrets/*` finding with a non-empty range), by
 * path, for masking out of any line that feeds a fingerprint. Taken from every
 * finding, before the policy or the change drops any: a secret the report leaves out
 * still never feeds another finding's hash.
 */
export function secretRangesByPath(findings: readonly PipelineFinding[]): Map<string, OffsetRange[]> {
  const out = new Map<string, OffsetRange[]>();
  for (const { raw } of findings) {
    if (!raw.ruleId.startsWith('secrets/') || raw.range.end <= raw.range.start) continue;
    const list = out.get(raw.path) ?? [];
    list.push(raw.range);
    out.set(raw.path, list);
  }
  return out;
}
