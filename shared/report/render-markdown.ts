import type { ReviewResult } from '../engine/run-review.js';
import type { SkippedFile } from '../files/file-set.js';
import type { Finding, Severity } from '../model/finding.js';
import { describeSkippedFile } from './describe-skipped-file.js';
import { describeSuppression } from './describe-suppression.js';
import { escapeMarkdown } from './escape-markdown.js';
import { markdownCodeSpan } from './markdown-code-span.js';
import { DEFAULT_SECTION_ORDER, sectionOrder } from './report-sections.js';
import { summarizeResult } from './summarize-result.js';

/** The hidden first line by which the App finds (and updates) its one sticky PR comment. */
export const STICKY_COMMENT_MARKER = '<!-- tollgate:sticky-comment -->';

/** Default `maxLength`: under GitHub's 65,536-character limit for a comment body. */
export const DEFAULT_MARKDOWN_MAX_LENGTH = 65_000;

/** Position of a built-in part, from the report-sections table (`shared/report/report-sections.ts`). */
function builtInOrder(id: 'verdict' | 'findings' | 'notes' | 'suppressed' | 'skipped'): number {
  return sectionOrder(id, 'markdown') ?? DEFAULT_SECTION_ORDER;
}

/** A block of the comment contributed by another part of the product (risk, approvers, diagram...). */
export interface MarkdownSection {
  /** Stable id, e.g. `risk`, `approvers`, `scope-diff`, `diagram`, `checklist`. */
  readonly id: string;
  /** Heading text (plain text; escaped here). Omit for a section without a heading. */
  readonly title?: string;
  /**
   * The section's Markdown, trusted as written: its producer must escape every value
   * it interpolates (with `escapeMarkdown` / `markdownCodeSpan`) and must not include
   * raw secrets.
   */
  readonly markdown: string;
  /**
   * Position among the built-in parts; lower comes first. Producers take it from the
   * report-sections table (`REPORT_SECTIONS`). Default 50.
   */
  readonly order?: number;
  /**
   * May be left out (replaced by a one-line note) when the comment would otherwise be
   * too long to list findings: for large, secondary content such as a diagram.
   * Default false.
   */
  readonly droppable?: boolean;
}

/** Options for {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** Name in the verdict heading. Default `Tollgate`. */
  readonly title?: string;
  /** The reviewed head commit, shown abbreviated. */
  readonly headSha?: string;
  /** Tollgate's version, shown in the footer. */
  readonly toolVersion?: string;
  /** Maximum length of the result in UTF-16 code units. Default 65,000. */
  readonly maxLength?: number;
  /** The hidden first line. Default {@link STICKY_COMMENT_MARKER}. */
  readonly marker?: string;
  /** Sections contributed by other parts of the product. */
  readonly extraSections?: readonly MarkdownSection[];
}

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '🔴 Error', warning: '🟠 Warning', note: '🔵 Note' };
const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };

interface Part {
  readonly order: number;
  readonly text: string;
}

/** How many rows of each list to show; the rest are counted in an "omitted" line. */
interface Shown {
  readonly main: number;
  readonly notes: number;
  readonly suppressed: number;
  readonly skipped: number;
}

/**
 * Renders a review result as the Markdown the pull-request comment holds (and
 * `tollgate review --format markdown` prints):
 *
 * 1. the hidden marker line (always first), a one-line verdict (blocking or not,
 *    counts by severity) and what was reviewed;
 * 2. a table of errors and warnings (severity, rule linked to its docs, `path:line`,
 *    the masked message), most severe first;
 * 3. collapsed `<details>` for notes and for suppressed findings (listed when the
 *    policy reports suppressions, otherwise only counted);
 * 4. the files that were not analyzed and why; then a footer.
 *
 * Every interpolated value is escaped (no Markdown, HTML or `@mention` can be
 * injected through a path or message); no file content is added. The result is
 * never longer than `maxLength`: table rows are dropped from the end, with a line
 * saying how many were left out and where to find them all; droppable extra sections
 * go next; as a last resort the text is cut.
 */
export function renderMarkdown(result: ReviewResult, options: RenderMarkdownOptions = {}): string {
  const maxLength = Math.max(0, Math.floor(options.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH));
  const marker = options.marker ?? STICKY_COMMENT_MARKER;

  const bySeverity = [...result.findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const mainRows = bySeverity.filter((f) => f.severity !== 'note').map(findingRow);
  const noteRows = bySeverity.filter((f) => f.severity === 'note').map(noteRow);
  const suppressedRows = result.reportSuppressed ? result.suppressed.map(suppressedRow) : [];
  const skippedItems = result.skipped.map(skippedItem);
  const lists = { main: mainRows, notes: noteRows, suppressed: suppressedRows, skipped: skippedItems };
  const total = mainRows.length + noteRows.length + suppressedRows.length + skippedItems.length;

  const extras = options.extraSections ?? [];
  const compose = (shown: Shown, keepDroppable: boolean): string =>
    assemble(marker, [...builtInParts(result, options, lists, shown), ...extraParts(extras, keepDroppable)]);

  // Rows are given out in priority order: errors/warnings, notes, suppressed, skipped files.
  const allocate = (n: number): Shown => {
    let left = n;
    const take = (size: number): number => {
      const k = Math.min(size, left);
      left -= k;
      return k;
    };
    return { main: take(mainRows.length), notes: take(noteRows.length), suppressed: take(suppressedRows.length), skipped: take(skippedItems.length) };
  };

  const fit = (keepDroppable: boolean): { text: string; rows: number } | undefined => {
    const full = compose(allocate(total), keepDroppable);
    if (full.length <= maxLength) return { text: full, rows: total };
    // Largest row count that fits (length grows with rows, give or take an "omitted" line).
    let lo = 0;
    let hi = total - 1;
    let best: { text: string; rows: number } | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const text = compose(allocate(mid), keepDroppable);
      if (text.length <= maxLength) {
        best = { text, rows: mid };
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };

  const withExtras = fit(true);
  const hasDroppable = extras.some((s) => s.droppable);
  if (withExtras && (withExtras.rows === total || !hasDroppable || withExtras.rows >= Math.min(total, 50))) return withExtras.text;
  if (hasDroppable) {
    const without = fit(false);
    if (without && (!withExtras || without.rows > withExtras.rows)) return without.text;
  }
  if (withExtras) return withExtras.text;
  return hardTruncate(compose(allocate(0), false), maxLength);
}

function builtInParts(
  result: ReviewResult,
  options: RenderMarkdownOptions,
  lists: { main: string[]; notes: string[]; suppressed: string[]; skipped: string[] },
  shown: Shown,
): Part[] {
  const summary = summarizeResult(result);
  const parts: Part[] = [];
  const title = escapeMarkdown(options.title ?? 'Tollgate');
  const counts = `${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${plural(summary.note, 'note')}`;
  const verdict = summary.blocking
    ? `### ❌ ${title}: blocking — ${counts}`
    : summary.error + summary.warning + summary.note === 0
      ? `### ✅ ${title}: no findings`
      : `### ✅ ${title}: not blocking — ${counts}`;
  const scope = result.mode === 'review' ? 'the lines this change adds' : 'the scanned files';
  const at = options.headSha ? ` at ${markdownCodeSpan(options.headSha.slice(0, 7), { inTable: false })}` : '';
  const facts = [`${plural(summary.filesAnalyzed, 'file')} analyzed`];
  if (summary.filesIgnored > 0) facts.push(`${summary.filesIgnored} ignored by policy`);
  if (summary.suppressed > 0) facts.push(`${summary.suppressed} suppressed`);
  if (summary.allowed > 0) facts.push(`${summary.allowed} allowed by policy`);
  if (summary.filesSkipped > 0) facts.push(`**${plural(summary.filesSkipped, 'file')} not analyzed**`);
  parts.push({ order: builtInOrder('verdict'), text: `${verdict}\n\nChecked ${scope}${at}: ${facts.join(' · ')}.` });

  if (lists.main.length > 0) {
    parts.push({
      order: builtInOrder('findings'),
      text: [
        '#### Findings',
        '',
        '| Severity | Rule | Location | Message |',
        '| --- | --- | --- | --- |',
        ...lists.main.slice(0, shown.main),
        ...omitted(lists.main.length - shown.main, 'finding'),
      ].join('\n'),
    });
  }

  if (lists.notes.length > 0) {
    parts.push({
      order: builtInOrder('notes'),
      text: details(`${plural(lists.notes.length, 'note')}`, [
        '| Rule | Location | Message |',
        '| --- | --- | --- |',
        ...lists.notes.slice(0, shown.notes),
        ...omitted(lists.notes.length - shown.notes, 'note'),
      ]),
    });
  }

  if (summary.suppressed > 0) {
    parts.push({
      order: builtInOrder('suppressed'),
      text:
        lists.suppressed.length > 0
          ? details(`${plural(lists.suppressed.length, 'suppressed finding')}`, [
              '| Severity | Rule | Location | Suppressed by | Reason | Message |',
              '| --- | --- | --- | --- | --- | --- |',
              ...lists.suppressed.slice(0, shown.suppressed),
              ...omitted(lists.suppressed.length - shown.suppressed, 'suppressed finding'),
            ])
          : `${plural(summary.suppressed, 'finding')} suppressed by inline comments or the baseline. Set \`suppressions.report: true\` in the policy to list them here.`,
    });
  }

  if (lists.skipped.length > 0) {
    parts.push({
      order: builtInOrder('skipped'),
      text: details(`${plural(lists.skipped.length, 'file')} not analyzed`, [
        ...lists.skipped.slice(0, shown.skipped),
        ...(lists.skipped.length > shown.skipped ? ['', `…and ${lists.skipped.length - shown.skipped} more.`] : []),
      ]),
    });
  }

  const footer = [`Tollgate${options.toolVersion ? ` ${escapeMarkdown(options.toolVersion)}` : ''}`, result.mode];
  parts.push({
    order: Number.POSITIVE_INFINITY,
    text: `---\n<sub>${footer.join(' · ')} · suppress a finding with \`tollgate-ignore <rule-id>: <reason>\` on its line</sub>`,
  });
  return parts;
}

function extraParts(extras: readonly MarkdownSection[], keepDroppable: boolean): Part[] {
  return extras.map((s) => {
    const order = Number.isFinite(s.order) ? (s.order as number) : DEFAULT_SECTION_ORDER;
    const heading = s.title ? `#### ${escapeMarkdown(s.title)}\n\n` : '';
    if (s.droppable && !keepDroppable) {
      return { order, text: `${heading}_Left out: this comment would be too long. Run \`tollgate review --format markdown\` to see it._` };
    }
    return { order, text: `${heading}${s.markdown.trim()}` };
  });
}

/** Marker first, then the parts by order (stable for equal orders), separated by blank lines. */
function assemble(marker: string, parts: Part[]): string {
  const ordered = parts.map((p, i) => ({ ...p, i })).sort((a, b) => a.order - b.order || a.i - b.i);
  return `${marker}\n${ordered.map((p) => p.text).join('\n\n')}\n`;
}

function findingRow(f: Finding): string {
  return `| ${SEVERITY_LABEL[f.severity]} | ${ruleLink(f)} | ${locationCell(f)} | ${messageCell(f.message)} |`;
}

function noteRow(f: Finding): string {
  return `| ${ruleLink(f)} | ${locationCell(f)} | ${messageCell(f.message)} |`;
}

function suppressedRow(f: Finding): string {
  const s = f.suppression;
  const how = describeSuppression(s);
  return `| ${SEVERITY_LABEL[f.severity]} | ${ruleLink(f)} | ${locationCell(f)} | ${how} | ${escapeMarkdown(s?.reason ?? '')} | ${messageCell(f.message)} |`;
}

function skippedItem(s: SkippedFile): string {
  return `- ${markdownCodeSpan(s.path, { inTable: false }) || '(empty path)'}: ${escapeMarkdown(describeSkippedFile(s))}`;
}

/**
 * A message for a table cell: text between single backticks (rule templates quote
 * commands and file names that way) becomes a code span, which is inert whatever it
 * holds; everything else is escaped.
 */
function messageCell(message: string): string {
  return message
    .split(/(`[^`\r\n]+`)/)
    .map((part, i) => (i % 2 === 1 ? markdownCodeSpan(part.slice(1, -1)) : escapeMarkdown(part)))
    .join('');
}

function ruleLink(f: Finding): string {
  const code = markdownCodeSpan(f.ruleId) || escapeMarkdown(f.ruleId);
  const url = safeUrl(f.docsUrl);
  return url ? `[${code}](${url})` : code;
}

function locationCell(f: Finding): string {
  if (f.path === '.') return '(repository)';
  return markdownCodeSpan(`${f.path}:${f.location.startLine}`);
}

/** An http(s) URL made safe as a link destination inside a table cell, or undefined. */
function safeUrl(url: string): string | undefined {
  if (!/^https?:\/\/[^\s]+$/i.test(url)) return undefined;
  return url.replace(/[\u0000-\u0020\u007f-\u009f()<>"'`|\\[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function details(summary: string, lines: string[]): string {
  // Blank lines around the body let GitHub render Markdown inside <details>.
  return `<details>\n<summary>${summary}</summary>\n\n${lines.join('\n')}\n\n</details>`;
}

function omitted(count: number, noun: string): string[] {
  if (count <= 0) return [];
  return [
    '',
    `_…and ${plural(count, `more ${noun}`)} not shown: this comment has a size limit. The check run and the SARIF report list all of them._`,
  ];
}

function plural(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? noun : `${noun}s`}`;
}

/** Cuts `text` to at most `max` code units without splitting a surrogate pair, saying so when there is room. */
function hardTruncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = '\n\n_…cut: this comment has a size limit._\n';
  const budget = max >= note.length + 1 ? max - note.length : max;
  let cut = budget;
  const code = text.charCodeAt(cut - 1);
  if (cut > 0 && code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return text.slice(0, cut) + (budget === max ? '' : note);
}
