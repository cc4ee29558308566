import type { Finding } from '../../model/finding.js';

/** Orders findings by path, then 1-based start line and column, then rule id. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.path.localeCompare(b.path) ||
    a.location.startLine - b.location.startLine ||
    a.location.startColumn - b.location.startColumn ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** A sorted copy of `findings` (see {@link compareFindings}); the sort is stable. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}
