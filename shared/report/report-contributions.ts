import type { ReviewResult } from '../engine/run-review.js';
import { flowsContributions } from '../flows/flows-report.js';
import { riskContributions } from '../risk/risk-report.js';
import { scopesContributions } from '../scopes/scopes-report.js';
import type { ReportExtensionKey } from './json-report-schema.js';
import type { MarkdownSection } from './render-markdown.js';

/**
 * What analyzers' typed data adds to the reports: top-level JSON keys (`scopeDiff`,
 * `diagram`, `flows`, `risk`, `approvers`) and Markdown sections of the PR comment.
 */
export interface ReportContributions {
  readonly extensions: Partial<Record<ReportExtensionKey, unknown>>;
  readonly extraSections: readonly MarkdownSection[];
}

/**
 * One contributor per analyzer: reads `result.data[analyzerId]` and returns its
 * share. Each analyzer that has report output adds one entry here.
 */
type Contributor = (result: ReviewResult) => Partial<ReportContributions> | undefined;

const CONTRIBUTORS: readonly Contributor[] = [flowsContributions, scopesContributions, riskContributions];

/** Collects every analyzer's contribution to the reports for `result`. */
export function reportContributions(result: ReviewResult): ReportContributions {
  const extensions: Partial<Record<ReportExtensionKey, unknown>> = {};
  const extraSections: MarkdownSection[] = [];
  for (const contribute of CONTRIBUTORS) {
    const part = contribute(result);
    if (!part) continue;
    Object.assign(extensions, part.extensions);
    extraSections.push(...(part.extraSections ?? []));
  }
  return { extensions, extraSections };
}
