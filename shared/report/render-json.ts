import type { ReviewResult } from '../engine/run-review.js';
import type { Finding } from '../model/finding.js';
import { JSON_REPORT_VERSION, REPORT_EXTENSION_KEYS, type JsonFinding, type JsonReport } from './json-report-schema.js';
import { summarizeResult } from './summarize-result.js';

/** Options for {@link renderJson}. */
export interface RenderJsonOptions {
  /** Tollgate's version, written to `tool.version`. */
  readonly toolVersion: string;
  /** Where the policy came from (file paths, `org:.github`), most general first. Default: `[]`. */
  readonly policySources?: readonly string[];
  /**
   * Values for the top-level keys analyzers fill (`scopeDiff`, `diagram`, `flows`,
   * `risk`, `approvers`; see `reportContributions`). Written after `data`, in the
   * order of {@link REPORT_EXTENSION_KEYS}, then any other key in the order given;
   * only when present. Must not hold raw secrets (like everything here).
   */
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * Renders a review result as the JSON report (format version 1, see
 * `json-report-schema.ts` and docs/output-formats.md): pretty-printed with two
 * spaces, a trailing newline, and a stable key order (fixed for the documented
 * objects; sorted for analyzer-provided `data`), so two runs on the same input
 * give byte-identical output.
 *
 * Suppressed findings are listed only when the policy reports suppressions
 * (`result.reportSuppressed`); `summary.suppressed` always counts them.
 */
export function renderJson(result: ReviewResult, options: RenderJsonOptions): string {
  const summary = summarizeResult(result);
  // Built in document order; the reserved keys go between `data` and `policy`.
  const report: Record<string, unknown> = {
    version: JSON_REPORT_VERSION,
    tool: { name: 'tollgate', version: options.toolVersion },
    mode: result.mode,
    summary: {
      error: summary.error,
      warning: summary.warning,
      note: summary.note,
      suppressed: summary.suppressed,
      allowed: summary.allowed,
      filesAnalyzed: summary.filesAnalyzed,
      filesIgnored: summary.filesIgnored,
      filesSkipped: summary.filesSkipped,
    },
    findings: result.findings.map(toJsonFinding),
    suppressed: result.reportSuppressed ? result.suppressed.map(toJsonFinding) : [],
    skipped: result.skipped.map((s) => ({
      path: s.path,
      reason: s.reason,
      ...(s.detail !== undefined ? { detail: s.detail } : {}),
      ...(s.partial ? { partial: true } : {}),
      ...(s.format ? { format: s.format } : {}),
    })),
    data: sortKeys(result.data) as Record<string, unknown>,
  } satisfies Omit<JsonReport, 'policy'>;
  const given = Object.keys(options.extensions ?? {});
  for (const key of [...REPORT_EXTENSION_KEYS, ...given.filter((k) => !REPORT_EXTENSION_KEYS.includes(k))]) {
    const value = options.extensions?.[key];
    // Never let an extension overwrite a documented key.
    if (value !== undefined && !(key in report) && key !== 'policy') report[key] = sortKeys(value);
  }
  report.policy = { sources: [...(options.policySources ?? [])] } satisfies JsonReport['policy'];
  return `${JSON.stringify(report, jsonReplacer, 2)}\n`;
}

function toJsonFinding(f: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: f.ruleId,
    messageId: f.messageId,
    severity: f.severity,
    path: f.path,
    location: {
      startLine: f.location.startLine,
      startColumn: f.location.startColumn,
      endLine: f.location.endLine,
      endColumn: f.location.endColumn,
    },
    range: { start: f.range.start, end: f.range.end },
    message: f.message,
    fingerprint: f.fingerprint,
    docsUrl: f.docsUrl,
    data: sortKeys(f.data) as JsonFinding['data'],
  };
  if (f.suppression) {
    const s = f.suppression;
    out.suppression = {
      kind: s.kind,
      ...(s.reason !== undefined ? { reason: s.reason } : {}),
      ...(s.path !== undefined ? { path: s.path } : {}),
      ...(s.line !== undefined ? { line: s.line } : {}),
    };
  }
  if (f.commit) {
    out.commit = f.commit.sha;
    out.commitDate = f.commit.date;
  }
  return out;
}

/** Copies plain objects with their keys sorted (recursively), so analyzer data prints stably. */
function sortKeys(value: unknown, seen: Set<object> = new Set()): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[Circular]';
  seen.add(value);
  try {
    if (Array.isArray(value)) return value.map((v) => sortKeys(v, seen));
    if (value instanceof Map) return sortKeys(Object.fromEntries(value), seen);
    if (value instanceof Set) return [...value].map((v) => sortKeys(v, seen));
    const proto = Object.getPrototypeOf(value) as unknown;
    if (proto !== Object.prototype && proto !== null) return value; // Dates and the like: their own toJSON.
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key], seen);
    return out;
  } finally {
    seen.delete(value);
  }
}

/** JSON has no bigint; write it as a decimal string rather than throwing. */
function jsonReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}
