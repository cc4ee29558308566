import { lineInSpans, type ChangeSet } from '../../diff/parse-unified-diff.js';
import { engineRules } from '../engine-rules.js';
import type { LocatedFinding } from './locate-findings.js';

/**
 * In a review (`changes` given), keeps the findings on files of the change that
 * touch an added line; a `tollgate/file-not-analyzed` finding on a changed file is
 * kept whatever lines changed (a file Tollgate could not read is never counted as
 * clean). Pinned findings and findings on the whole change (path `.`) are always
 * kept. A scan (no `changes`) keeps everything.
 */
export function filterToChange(findings: readonly LocatedFinding[], changes: ChangeSet | undefined): LocatedFinding[] {
  if (!changes) return [...findings];
  return findings.filter(({ raw, location, pinnedText }) => {
    if (raw.path === '.' || pinnedText !== undefined) return true;
    const change = changes.get(raw.path);
    if (!change) return false;
    if (raw.ruleId === engineRules.fileNotAnalyzed.id) return true;
    for (let line = location.startLine; line <= location.endLine; line++) if (lineInSpans(change.addedLines, line)) return true;
    return false;
  });
}
