import type { Finding, Suppression } from '../../model/finding.js';
import type { Policy } from '../../policy/policy-schema.js';
import { ruleMatches, type InlineSuppression } from '../../suppressions/find-inline-suppressions.js';
import type { Baseline } from '../../suppressions/parse-baseline.js';
import { engineRules } from '../engine-rules.js';
import type { FingerprintedFinding } from './fingerprint-findings.js';

/** Findings split into the active ones and the ones a suppression matched (with it). */
export interface SuppressionOutcome {
  readonly findings: Finding[];
  readonly suppressed: Finding[];
}

/**
 * Applies the bound suppression comments (by path, see `bindSuppressions`), then the
 * baseline's fingerprints. Pinned findings, suppression findings and engine failures
 * (`tollgate/analyzer-failed`, `tollgate/file-not-analyzed`) cannot be suppressed.
 * Order is kept within each list.
 */
export function applySuppressions(
  list: readonly FingerprintedFinding[],
  inline: ReadonlyMap<string, readonly InlineSuppression[]>,
  policy: Policy,
  baseline: Baseline | undefined,
): SuppressionOutcome {
  const accepted = new Set((baseline?.findings ?? []).map((f) => f.fingerprint));
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const { finding, pinned } of list) {
    const suppression = pinned ? undefined : findSuppression(finding, inline.get(finding.path), policy, accepted);
    if (suppression) suppressed.push({ ...finding, suppression });
    else findings.push(finding);
  }
  return { findings, suppressed };
}

function findSuppression(
  finding: Finding,
  inline: readonly InlineSuppression[] | undefined,
  policy: Policy,
  baseline: ReadonlySet<string>,
): Suppression | undefined {
  if (
    finding.ruleId.startsWith('suppressions/') ||
    finding.ruleId === engineRules.analyzerFailed.id ||
    finding.ruleId === engineRules.fileNotAnalyzed.id
  )
    return undefined;
  for (const s of inline ?? []) {
    if (s.kind === 'inline' && (!policy.suppressions.inline || s.reason === '')) continue;
    if (s.kind === 'legacy-marker' && !policy.suppressions.legacyMarkers) continue;
    if (s.targetLine < finding.location.startLine || s.targetLine > finding.location.endLine) continue;
    if (!s.rules.some((r) => ruleMatches(r, finding.ruleId))) continue;
    return { kind: s.kind, reason: s.reason, path: finding.path, line: s.commentLine };
  }
  if (baseline.has(finding.fingerprint)) return { kind: 'baseline', reason: 'listed in the baseline' };
  return undefined;
}
