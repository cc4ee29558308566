import type { ReviewResult } from '../engine/run-review.js';
import type { Finding, Severity } from '../model/finding.js';
import { describeSkippedFile } from './describe-skipped-file.js';
import { describeSuppression } from './describe-suppression.js';
import { sectionOrder } from './report-sections.js';
import { summarizeResult } from './summarize-result.js';

/** A block of the text output contributed by an analyzer (the risk tier, approvers, checklist). */
export interface TextBlock {
  /** Its section id in the report-sections table. */
  readonly id: string;
  /** Plain text, written as given (its producer answers for what it holds, as for `MarkdownSection.markdown`). */
  readonly text: string;
  /** Its `text` position; the findings block sits at the `findings` section's. */
  readonly order: number;
}

/** Options for {@link renderText}. */
export interface RenderTextOptions {
  /** Use ANSI colours (the adapter decides: a TTY, no `NO_COLOR`, no `--no-color`). */
  readonly color: boolean;
  /** Put in front of every path so it is relative to the current directory (`repo/`, `../`). Default `''`. */
  readonly cwdPrefix?: string;
  /** Blocks contributed by analyzers, placed around the findings by `order`, a blank line apart. Default: none. */
  readonly blocks?: readonly TextBlock[];
}

type Style = (text: string) => string;

interface Palette {
  readonly red: Style;
  readonly yellow: Style;
  readonly cyan: Style;
  readonly green: Style;
  readonly dim: Style;
  readonly bold: Style;
  readonly underline: Style;
}

const ansi =
  (open: number, close: number): Style =>
  (text) =>
    text === '' ? '' : `\u001b[${open}m${text}\u001b[${close}m`;
const COLORS: Palette = {
  red: ansi(31, 39),
  yellow: ansi(33, 39),
  cyan: ansi(36, 39),
  green: ansi(32, 39),
  dim: ansi(2, 22),
  bold: ansi(1, 22),
  underline: ansi(4, 24),
};
const plain: Style = (text) => text;
const NO_COLORS: Palette = { red: plain, yellow: plain, cyan: plain, green: plain, dim: plain, bold: plain, underline: plain };

/**
 * Renders a review result for a terminal, grouped by file like ESLint's "stylish"
 * formatter:
 *
 * ```
 * src/connector.ts
 *   12:5  error  Stripe secret key sk_live_****  secrets/stripe-key
 *
 * ✖ 1 problem (1 error, 0 warnings, 0 notes)
 * ```
 *
 * followed by suppressed findings (listed when the policy reports them, otherwise
 * counted), the files that were not analyzed and why, and a line of counts. Columns
 * are 1-based. ANSI colours only when `options.color`; control characters in paths
 * and messages are shown escaped (`\x1B`), so a file name cannot drive the terminal.
 * Ends with a newline.
 */
export function renderText(result: ReviewResult, options: RenderTextOptions): string {
  const c = options.color ? COLORS : NO_COLORS;
  const prefix = options.cwdPrefix ?? '';
  const displayPath = (path: string): string => sanitize(path === '.' ? prefix.replace(/\/$/, '') || '.' : joinPath(prefix, path));
  const summary = summarizeResult(result);
  const out: string[] = [];

  for (const [path, findings] of groupByPath(result.findings)) {
    out.push('', c.underline(displayPath(path)));
    out.push(...findingLines(findings, c));
  }

  const problems = summary.error + summary.warning + summary.note;
  out.push('');
  if (problems > 0) {
    const line = `✖ ${plural(problems, 'problem')} (${plural(summary.error, 'error')}, ${plural(summary.warning, 'warning')}, ${plural(summary.note, 'note')})`;
    out.push(c.bold(summary.error > 0 ? c.red(line) : summary.warning > 0 ? c.yellow(line) : c.cyan(line)));
  } else {
    out.push(c.bold(c.green('✔ No problems found')));
  }

  if (summary.suppressed > 0) {
    if (result.reportSuppressed && result.suppressed.length > 0) {
      out.push('', c.bold(`Suppressed (${result.suppressed.length}):`));
      for (const f of result.suppressed) {
        const s = f.suppression;
        const how = describeSuppression(s);
        const reason = s?.reason ? `: ${sanitize(s.reason)}` : '';
        out.push(`  ${displayPath(f.path)}:${f.location.startLine}:${f.location.startColumn}  ${c.dim(sanitize(f.ruleId))}  ${how}${reason}`);
      }
    } else {
      out.push(c.dim(`${plural(summary.suppressed, 'finding')} suppressed (set suppressions.report: true in the policy to list them).`));
    }
  }

  if (result.skipped.length > 0) {
    out.push('', c.bold(c.yellow(`Not analyzed (${result.skipped.length}):`)));
    const width = Math.max(...result.skipped.map((s) => displayPath(s.path).length));
    for (const s of result.skipped) out.push(`  ${displayPath(s.path).padEnd(width)}  ${c.dim(sanitize(describeSkippedFile(s)))}`);
  }

  const facts = [`${plural(summary.filesAnalyzed, 'file')} analyzed`];
  if (summary.filesIgnored > 0) facts.push(`${summary.filesIgnored} ignored by policy`);
  if (summary.allowed > 0) facts.push(`${summary.allowed} allowed by policy`);
  if (summary.suppressed > 0) facts.push(`${summary.suppressed} suppressed`);
  if (summary.filesSkipped > 0) facts.push(`${summary.filesSkipped} not analyzed`);
  out.push('', c.dim(`${facts.join(', ')}${result.mode === 'review' ? ' (changed lines only)' : ''}.`));

  // Drop the leading blank line ESLint also prints when the first block is a file.
  while (out[0] === '') out.shift();
  const findingsAt = sectionOrder('findings', 'text') ?? 0;
  const parts = [{ order: findingsAt, text: out.join('\n') }, ...(options.blocks ?? []).map((b) => ({ order: b.order, text: b.text.trimEnd() }))];
  return `${parts
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => a.order - b.order || a.i - b.i)
    .map((p) => p.text)
    .join('\n\n')}\n`;
}

function findingLines(findings: readonly Finding[], c: Palette): string[] {
  const lineWidth = Math.max(...findings.map((f) => String(f.location.startLine).length));
  const colWidth = Math.max(...findings.map((f) => String(f.location.startColumn).length));
  const sevWidth = Math.max(...findings.map((f) => f.severity.length));
  const messages = findings.map((f) => sanitize(f.message));
  const msgWidth = Math.max(...messages.map((m) => m.length));
  return findings.map((f, i) => {
    const pos = `${String(f.location.startLine).padStart(lineWidth)}:${String(f.location.startColumn).padEnd(colWidth)}`;
    const sev = colorSeverity(f.severity, f.severity.padEnd(sevWidth), c);
    // History scans: the commit that introduced this version, short SHA and day.
    const commit = f.commit ? `  ${c.dim(`${f.commit.sha.slice(0, 8)} ${f.commit.date.slice(0, 10)}`)}` : '';
    return `  ${c.dim(pos)}  ${sev}  ${(messages[i] as string).padEnd(msgWidth)}  ${c.dim(sanitize(f.ruleId))}${commit}`;
  });
}

function colorSeverity(severity: Severity, text: string, c: Palette): string {
  return severity === 'error' ? c.red(text) : severity === 'warning' ? c.yellow(text) : c.cyan(text);
}

/** Findings grouped by path, in the order they come (the engine sorts by path). */
function groupByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = groups.get(f.path);
    if (list) list.push(f);
    else groups.set(f.path, [f]);
  }
  return groups;
}

function joinPath(prefix: string, path: string): string {
  if (prefix === '') return path;
  return prefix.endsWith('/') ? `${prefix}${path}` : `${prefix}/${path}`;
}

/** Shows control characters (ESC, CR, BEL...) and bidi overrides as escapes instead of sending them to the terminal. */
function sanitize(text: string): string {
  return String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

function plural(n: number, noun: string): string {
  return `${n} ${n === 1 ? noun : `${noun}s`}`;
}
