import { z } from 'zod';
import { ANALYZERS } from '../analyzer/registry.js';
import { sectionIds } from './report-sections.js';

/**
 * The document `tollgate scan|review --format json` prints (format version 1), as a
 * zod schema: the single description of the format. `renderJson` builds it, tools
 * that read Tollgate's JSON (the App, the extension, CI scripts) can parse with it,
 * and docs/output-formats.md describes it.
 *
 * Compatibility: within version 1, keys are only ever added. Readers must ignore keys
 * they do not know (the schema is loose at the top level for that reason).
 * Analyzers add the top-level keys in {@link REPORT_EXTENSION_KEYS}.
 */

/** The format version this module writes. Bumped only for a breaking change. */
export const JSON_REPORT_VERSION = 1;

/**
 * Top-level keys the registered analyzers write (`report.jsonKeys`: scope diff,
 * data-flow diagram, flows, risk tier, required approvers), in the JSON order of
 * the report-sections table. Written after `data`, in this order, only when given.
 */
export const REPORT_EXTENSION_KEYS: readonly string[] = (() => {
  const declared = new Set(ANALYZERS.flatMap((a) => a.report?.jsonKeys ?? []));
  return sectionIds('json').filter((id) => declared.has(id));
})();

/** One of {@link REPORT_EXTENSION_KEYS}. */
export type ReportExtensionKey = string;

/** The analyzers' keys: their values are described by each analyzer's docs, not here. */
const extensionKeys = Object.fromEntries(REPORT_EXTENSION_KEYS.map((key) => [key, z.unknown().optional()])) as Record<
  string,
  z.ZodOptional<z.ZodUnknown>
>;

const severity = z.enum(['error', 'warning', 'note']);
const dataValue = z.union([z.string(), z.number(), z.boolean()]);

const jsonFinding = z.object({
  ruleId: z.string().describe('Rule id, e.g. `secrets/stripe-key`.'),
  messageId: z.string().describe('Message id within the rule; stable, unlike the wording.'),
  severity: severity.describe('Effective severity after policy overrides.'),
  path: z.string().describe('Path relative to the scanned root, `/` separators; `.` for the root itself.'),
  location: z
    .object({
      startLine: z.number().int().min(1),
      startColumn: z.number().int().min(1),
      endLine: z.number().int().min(1),
      endColumn: z.number().int().min(1),
    })
    .describe('1-based lines and columns (UTF-16 code units); `endColumn` is exclusive.'),
  range: z.object({ start: z.number().int().min(0), end: z.number().int().min(0) }).describe('0-based UTF-16 offsets into the file, `[start, end)`.'),
  message: z.string().describe('The rendered message. Any secret in it is masked.'),
  fingerprint: z
    .string()
    .regex(/^[0-9a-f]{32}$/)
    .describe('Stable identity; what the baseline file lists.'),
  docsUrl: z.string().describe("Link to the rule's documentation."),
  data: z.record(z.string(), dataValue).describe('The values the message was filled from (masked).'),
  suppression: z
    .object({
      kind: z.enum(['inline', 'baseline', 'legacy-marker']),
      reason: z.string().optional(),
      path: z.string().optional(),
      line: z.number().int().min(1).optional(),
    })
    .optional()
    .describe('Present on suppressed findings: how and why.'),
  commit: z
    .string()
    .regex(/^[0-9a-f]{40,64}$/)
    .optional()
    .describe(
      '`scan --history` only: full SHA of the commit that introduced the file version holding the finding (`path` and `location` are in that version).',
    ),
  commitDate: z.string().optional().describe("`scan --history` only: that commit's committer date (ISO 8601)."),
});

/** The JSON report, version 1. */
export const jsonReportSchema = z.looseObject({
  version: z.literal(JSON_REPORT_VERSION),
  tool: z.object({ name: z.literal('tollgate'), version: z.string() }),
  mode: z.enum(['scan', 'review']).describe('`scan`: whole files. `review`: a change, findings on added lines only.'),
  summary: z.object({
    error: z.number().int().min(0),
    warning: z.number().int().min(0),
    note: z.number().int().min(0),
    suppressed: z.number().int().min(0).describe('Findings a suppression or the baseline matched, listed or not.'),
    allowed: z.number().int().min(0).describe("Findings the policy's `allow` list dropped."),
    filesAnalyzed: z.number().int().min(0),
    filesIgnored: z.number().int().min(0).describe("Files matching the policy's `ignore` list."),
    filesSkipped: z.number().int().min(0).describe('Files not analyzed (binary, too large, ...); see `skipped`.'),
  }),
  findings: z.array(jsonFinding).describe('Active findings, sorted by path, line, column, rule.'),
  suppressed: z
    .array(jsonFinding)
    .describe('Suppressed findings, when the policy sets `suppressions.report: true`; otherwise empty (the count is in `summary`).'),
  skipped: z.array(
    z.object({
      path: z.string(),
      reason: z.string().describe('`binary`, `too-large`, `invalid-utf8`, `unreadable`, `not-found`, `not-listed` or `ignored`.'),
      detail: z.string().optional(),
      partial: z
        .boolean()
        .optional()
        .describe("True when the file's first part was analyzed and the rest was not (a file over `limits.maxFileBytes`)."),
      format: z.string().optional().describe('A recognised binary format (by its content), e.g. `PNG image`.'),
    }),
  ),
  data: z.record(z.string(), z.unknown()).describe('Typed data by analyzer id.'),
  ...extensionKeys,
  policy: z.object({
    sources: z.array(z.string()).describe('Where the policy came from (files, organisation defaults), most general first.'),
  }),
});

/** The parsed JSON report. */
export type JsonReport = z.output<typeof jsonReportSchema>;

/** One finding as the JSON report writes it. */
export type JsonFinding = z.output<typeof jsonFinding>;
