import { analyzerData } from '../analyzer/analyzer-data.js';
import type { Analyzer } from '../analyzer/analyzer.js';
import { ANALYZERS } from '../analyzer/registry.js';
import type { ReviewResult } from '../engine/run-review.js';
import type { MarkdownSection } from './render-markdown.js';
import type { TextBlock } from './render-text.js';
import { DEFAULT_SECTION_ORDER, reportSection, reportSections, sectionIds } from './report-sections.js';

/**
 * What analyzers' typed data adds to the reports: top-level JSON keys (`scopeDiff`,
 * `diagram`, `flows`, `risk`, `approvers`), Markdown sections of the PR comment
 * and blocks of the text output, each placed by the report-sections table.
 */
export interface ReportContributions {
  /** JSON keys and values, in the table's JSON order. */
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly extraSections: readonly MarkdownSection[];
  readonly textBlocks: readonly TextBlock[];
}

/**
 * Collects every analyzer's contribution to the reports for `result`: each
 * analyzer's `report.contribute` is called with its own data (when the result
 * holds some), and titles and positions are filled in from the report-sections
 * table (plus the sections the analyzers declare). An analyzer can write only the
 * JSON keys it declares in `report.jsonKeys`.
 */
export function reportContributions(result: ReviewResult, analyzers: readonly Analyzer[] = ANALYZERS): ReportContributions {
  const sections = reportSections(analyzers.flatMap((a) => a.report?.sections ?? []));
  const json: Record<string, unknown> = {};
  const extraSections: MarkdownSection[] = [];
  const textBlocks: TextBlock[] = [];
  for (const analyzer of analyzers) {
    const data = analyzerData(result, analyzer);
    if (!analyzer.report || data === undefined) continue;
    const parts = analyzer.report.contribute(data, result);
    if (!parts) continue;
    const declared = new Set(analyzer.report.jsonKeys ?? []);
    for (const [key, value] of Object.entries(parts.json ?? {})) if (declared.has(key)) json[key] = value;
    for (const part of parts.markdown ?? []) {
      const section = reportSection(part.id, sections);
      extraSections.push({
        id: part.id,
        ...(section?.title !== undefined ? { title: section.title } : {}),
        markdown: part.markdown,
        order: section?.at.markdown ?? DEFAULT_SECTION_ORDER,
        ...(part.droppable ? { droppable: true } : {}),
      });
    }
    for (const [id, text] of Object.entries(parts.text ?? {})) {
      const order = reportSection(id, sections)?.at.text;
      if (order !== undefined && text !== '') textBlocks.push({ id, text, order });
    }
  }
  // Known keys in the table's JSON order; any other declared key after them.
  const jsonOrder = sectionIds('json', sections);
  const keys = Object.keys(json).sort((a, b) => rank(jsonOrder, a) - rank(jsonOrder, b));
  const extensions = Object.fromEntries(keys.map((k) => [k, json[k]]));
  return { extensions, extraSections, textBlocks };
}

function rank(order: readonly string[], key: string): number {
  const i = order.indexOf(key);
  return i === -1 ? order.length : i;
}
