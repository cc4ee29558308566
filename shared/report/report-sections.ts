/** The formats a report section can appear in. SARIF carries findings only, so it has no sections. */
export type ReportSectionFormat = 'markdown' | 'text' | 'json';

/**
 * One section of the reports: a part of the PR comment, a block of the terminal
 * output, a top-level key of the JSON document, or several of these.
 */
export interface ReportSection {
  /**
   * Stable id. For a section with a `json` position it is the top-level JSON key
   * (camelCase, part of the JSON interface); otherwise kebab-case.
   */
  readonly id: string;
  /** Heading in the Markdown comment (plain text; escaped when rendered). None: no heading. */
  readonly title?: string;
  /**
   * Where the section sits in each format it appears in; lower comes first. A
   * format without a position does not show the section. Positions are per format
   * because the documents differ: the risk tier heads the comment but its JSON key
   * comes after the scope diff (JSON version 1 fixed that order).
   */
  readonly at: Readonly<Partial<Record<ReportSectionFormat, number>>>;
}

/**
 * Every section of every report, in one table: the renderers' built-in parts, the
 * parts analyzers contribute, and the App's own. Renderers place parts by the
 * position given here, so the order of the comment is read from this table alone.
 * An analyzer that is not listed here may declare its own sections (see
 * `AnalyzerReport.sections`); they are merged in by `reportSections`.
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  // The verdict line always leads the comment (after the hidden marker).
  { id: 'verdict', at: { markdown: 0 } },
  // Risk tier and approvers above the findings, so a reviewer sees first who must approve.
  { id: 'risk', title: 'Change risk', at: { markdown: 10, text: 200, json: 240 } },
  { id: 'findings', title: 'Findings', at: { markdown: 100, text: 100 } },
  { id: 'notes', at: { markdown: 110 } },
  { id: 'suppressed', at: { markdown: 120 } },
  // App only: files GitHub sent without a patch, then files GitHub did not list at all.
  { id: 'reviewed-whole', title: 'Reviewed whole', at: { markdown: 125 } },
  { id: 'files-not-listed', title: 'Files not reviewed', at: { markdown: 126 } },
  { id: 'skipped', at: { markdown: 130 } },
  { id: 'scope-diff', title: 'Scope changes', at: { markdown: 140 } },
  // MCP servers and agent tools the change adds, changes or removes (agents analyzer).
  { id: 'agent-tools', title: 'Agent tools', at: { markdown: 145, text: 150 } },
  // Droppable: the largest part of a comment, left out first when it is too long.
  { id: 'diagram', title: 'Data flow', at: { markdown: 150, json: 220 } },
  { id: 'checklist', title: 'Sign-off checklist', at: { markdown: 160 } },
  // JSON-only keys, after `data` and before `policy` (JSON version 1 order).
  { id: 'scopeDiff', at: { json: 210 } },
  { id: 'flows', at: { json: 230 } },
  { id: 'agents', at: { json: 235 } },
  { id: 'approvers', at: { json: 250 } },
];

/** Position of a Markdown section whose id is in no table (an adapter's ad-hoc part): above the findings. */
export const DEFAULT_SECTION_ORDER = 50;

/**
 * The table with the sections `extra` declares appended (ids already in the table
 * keep the table's entry, so a shipped section cannot be moved from outside).
 */
export function reportSections(extra: readonly ReportSection[] = []): ReportSection[] {
  const known = new Set(REPORT_SECTIONS.map((s) => s.id));
  return [...REPORT_SECTIONS, ...extra.filter((s) => !known.has(s.id))];
}

/** The table entry for `id`, or undefined. */
export function reportSection(id: string, sections: readonly ReportSection[] = REPORT_SECTIONS): ReportSection | undefined {
  return sections.find((s) => s.id === id);
}

/** The position of section `id` in `format`, or undefined when it does not appear there. */
export function sectionOrder(id: string, format: ReportSectionFormat, sections: readonly ReportSection[] = REPORT_SECTIONS): number | undefined {
  return reportSection(id, sections)?.at[format];
}

/** The ids of the sections that appear in `format`, by position. */
export function sectionIds(format: ReportSectionFormat, sections: readonly ReportSection[] = REPORT_SECTIONS): string[] {
  return sections
    .filter((s) => s.at[format] !== undefined)
    .map((s, i) => ({ id: s.id, order: s.at[format] as number, i }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((s) => s.id);
}
