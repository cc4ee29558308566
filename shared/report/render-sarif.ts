import type { Location, Log, Notification, Region, ReportingDescriptor, Result, Suppression as SarifSuppression } from 'sarif';
import type { ReviewResult } from '../engine/run-review.js';
import { engineRules } from '../engine/engine-rules.js';
import type { SkippedFile } from '../files/file-set.js';
import { SEVERITIES, type Finding, type Severity } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import { describeSkippedFile } from './describe-skipped-file.js';
import { toSarifUri } from './to-sarif-uri.js';

/** Options for {@link renderSarif}. */
export interface RenderSarifOptions {
  /** Tollgate's version, written to `tool.driver.version`. */
  readonly toolVersion: string;
  /**
   * POSIX path from the current directory to the scanned root (`''` when they are the
   * same, `repo/` or `..` otherwise), put in front of every path so that
   * `artifactLocation.uri` is relative to the current directory. Default: `''`.
   */
  readonly pathPrefix?: string;
  /** `tool.driver.informationUri`. Default: Tollgate's repository. */
  readonly informationUri?: string;
  /**
   * The analysis category: written to `runs[0].automationDetails.id`, which GitHub code
   * scanning uses to keep the alerts of several analyses of one commit apart. A `/` is
   * appended when missing (GitHub's convention, as `upload-sarif` does: the id ends in
   * `/` when it names a category, not one run). Default: no `automationDetails`.
   */
  readonly category?: string;
  /** Most results written to the run; GitHub rejects more. Default {@link SARIF_MAX_RESULTS}. */
  readonly maxResults?: number;
}

/** GitHub code scanning accepts at most this many results per run. */
export const SARIF_MAX_RESULTS = 25_000;

/** GitHub code scanning accepts at most this many locations per result. */
export const SARIF_MAX_LOCATIONS_PER_RESULT = 5_000;

/** Where Tollgate lives; the default `informationUri`. */
export const TOLLGATE_INFORMATION_URI = 'https://github.com/tollgate-dev/tollgate';

/** The SARIF schema URL written to `$schema` (the one GitHub's and CodeQL's tooling use). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** Key of Tollgate's fingerprint in `partialFingerprints`. Versioned: a new scheme gets a new key. */
export const SARIF_FINGERPRINT_KEY = 'tollgate/v1';

/** GitHub code scanning's key in `partialFingerprints`: the hash of the primary location's line. */
export const SARIF_LINE_HASH_KEY = 'primaryLocationLineHash';

/** `uriBaseId` of every location: relative URIs are relative to the directory the command ran in. */
const URI_BASE_ID = '%SRCROOT%';

/** Notification descriptor for files that were not analyzed. */
const FILE_SKIPPED = 'tollgate/file-skipped';

/** Notification descriptor for results left out to stay within GitHub's limits. */
const RESULTS_DROPPED = 'tollgate/results-dropped';

/** Where the notification descriptors are documented. */
const NOTIFICATIONS_DOCS = `${TOLLGATE_INFORMATION_URI}/blob/main/docs/output-formats.md#sarif--for-github-code-scanning-and-other-sarif-viewers`;

/**
 * Descriptors of the run-level notifications, complete as GitHub's ingestion rules
 * (the SARIF multitool's GH rules) ask of every descriptor. Indexes are fixed.
 */
const NOTIFICATION_DESCRIPTORS: readonly ReportingDescriptor[] = [
  notificationDescriptor(
    FILE_SKIPPED,
    'FileSkipped',
    'A file was not analyzed.',
    "A file was not analyzed: it is binary, too large, not valid UTF-8, unreadable or ignored by the policy. A skipped text file could hide a secret, so a skipped file is reported, never counted as clean. The reason is in the notification's properties.reason.",
    'warning',
  ),
  notificationDescriptor(
    RESULTS_DROPPED,
    'ResultsDropped',
    "Results were left out to stay within GitHub code scanning's limits.",
    `GitHub code scanning accepts at most 25,000 results per run and 5,000 locations per result. The most severe results were kept (active before suppressed, then error, warning, note); how many were left out is in the notification's properties and the run's properties.droppedResults. The JSON report lists every finding.`,
    'warning',
  ),
];
const NOTIFICATION_INDEX: Readonly<Record<string, number>> = { [FILE_SKIPPED]: 0, [RESULTS_DROPPED]: 1 };

/**
 * GitHub's `security-severity` score per severity (GitHub maps 7.0–8.9 to "high",
 * 4.0–6.9 to "medium", 0.1–3.9 to "low"). See
 * https://docs.github.com/en/code-security/code-scanning/integrating-with-code-scanning/sarif-support-for-code-scanning
 */
const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { error: '8.0', warning: '5.0', note: '2.0' };

/** GitHub's `precision` values. */
type Precision = 'very-high' | 'high' | 'medium' | 'low';

/**
 * Renders a review result as a SARIF 2.1.0 log (one run), valid against the OASIS
 * schema and shaped for GitHub code scanning:
 *
 * - `tool.driver` is `tollgate` with every rule the run could report (`helpUri` is
 *   the rule's docs, tags include `security`, `precision` and `security-severity`);
 * - each result has `ruleId`/`ruleIndex`, `level` (`error`/`warning`/`note`), the
 *   masked message, a location whose `uri` is relative to the current directory
 *   (`pathPrefix` + path, `/` separators, percent-encoded) with a 1-based region
 *   (never zero-width), and `partialFingerprints`: Tollgate's `tollgate/v1` and
 *   GitHub's `primaryLocationLineHash` (when the engine computed one, over the file
 *   with every found secret masked);
 * - `automationDetails.id` is the category, when one is given; `originalUriBaseIds`
 *   declares `%SRCROOT%`;
 * - suppressed findings are included, with an accepted suppression (`inSource` for
 *   comments, `external` for the baseline), only when the policy reports suppressions;
 * - at most `maxResults` (25,000) results, the most severe kept; what was left out is
 *   counted in a notification and `properties.droppedResults`;
 * - analyzer failures are results and also `toolExecutionNotifications` (and make
 *   `executionSuccessful` false); skipped files are notifications, never content.
 *
 * Output is pretty-printed JSON with a trailing newline, stable for the same input.
 */
export function renderSarif(result: ReviewResult, options: RenderSarifOptions): string {
  const prefix = options.pathPrefix ?? '';
  const uriOf = (path: string): string => toSarifUri(path, prefix);

  const rules: RuleMeta[] = [...result.rules];
  const known = new Set(rules.map((r) => r.id));
  const listed = result.reportSuppressed ? [...result.findings, ...result.suppressed] : [...result.findings];
  for (const f of listed) {
    // A finding whose rule the result does not list still needs a descriptor to point at.
    if (!known.has(f.ruleId)) {
      known.add(f.ruleId);
      rules.push({ id: f.ruleId, description: f.ruleId, defaultSeverity: f.severity, messages: {}, docsUrl: f.docsUrl });
    }
  }
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));

  const capped = capResults(listed, options.maxResults ?? SARIF_MAX_RESULTS);
  const results: Result[] = capped.kept.map((f) => toResult(f, ruleIndex.get(f.ruleId) ?? -1, uriOf));

  const failures = result.findings.filter((f) => f.ruleId === engineRules.analyzerFailed.id);
  const notifications: Notification[] = [
    ...failures.map((f): Notification => ({
      level: 'error',
      message: { text: f.message },
      ...(f.path !== '.' ? { locations: [toLocation(f, uriOf)] } : {}),
      associatedRule: { id: f.ruleId, index: ruleIndex.get(f.ruleId) ?? -1 },
    })),
    ...result.skipped.map((s) => skippedNotification(s, uriOf)),
    ...(capped.dropped > 0 ? [droppedNotification(capped)] : []),
  ];
  const category =
    options.category === undefined || options.category === ''
      ? undefined
      : options.category.endsWith('/')
        ? options.category
        : `${options.category}/`;

  const log: Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'tollgate',
            version: options.toolVersion,
            ...(/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {}),
            informationUri: options.informationUri ?? TOLLGATE_INFORMATION_URI,
            rules: rules.map(toDescriptor),
            notifications: [...NOTIFICATION_DESCRIPTORS],
          },
        },
        ...(category !== undefined ? { automationDetails: { id: category } } : {}),
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        // Every uri is relative to %SRCROOT%, the directory the command ran in. No
        // absolute uri is given: it would differ per machine (the output is
        // reproducible) and GitHub resolves relative uris against the checkout.
        originalUriBaseIds: {
          [URI_BASE_ID]: {
            description: { text: 'The directory tollgate ran in (the repository root in CI); every artifact uri is relative to it.' },
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
        properties: { mode: result.mode, ...(capped.dropped > 0 ? { droppedResults: capped.dropped, droppedByLevel: capped.droppedByLevel } : {}) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function toDescriptor(rule: RuleMeta): ReportingDescriptor {
  const analyzer = rule.id.includes('/') ? rule.id.slice(0, rule.id.indexOf('/')) : rule.id;
  // Rules about Tollgate itself (an analyzer failed, the policy is invalid) are not security alerts.
  const security = analyzer !== 'tollgate';
  const tags = security ? ['security', analyzer] : ['tollgate', 'configuration'];
  const helpUri = isAbsoluteUri(rule.docsUrl) ? rule.docsUrl : undefined;
  return {
    id: rule.id,
    name: pascalCase(rule.id),
    shortDescription: { text: firstSentence(rule.description) },
    fullDescription: { text: rule.description },
    ...(helpUri ? { helpUri } : {}),
    help: {
      text: helpUri ? `${rule.description}\n\nDocumentation: ${helpUri}` : rule.description,
      // Rule descriptions are written by Tollgate's authors (trusted Markdown).
      markdown: helpUri ? `${rule.description}\n\n[Rule documentation](${helpUri})` : rule.description,
    },
    defaultConfiguration: { level: rule.defaultSeverity },
    properties: {
      tags,
      precision: precisionOf(rule),
      ...(security ? { 'security-severity': SECURITY_SEVERITY[rule.defaultSeverity] } : {}),
    },
  };
}

function toResult(f: Finding, ruleIndex: number, uriOf: (path: string) => string): Result {
  const out: Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: f.message },
    locations: [toLocation(f, uriOf)],
    // Tollgate's own key, and GitHub's line hash (computed by the engine over the
    // masked file), which code scanning tracks alerts by; without it upload-sarif
    // would hash the file on disk, found secrets included.
    partialFingerprints: { [SARIF_FINGERPRINT_KEY]: f.fingerprint, ...(f.lineHash !== undefined ? { [SARIF_LINE_HASH_KEY]: f.lineHash } : {}) },
    properties: { messageId: f.messageId, ...(f.commit ? { commit: f.commit.sha, commitDate: f.commit.date } : {}) },
  };
  if (f.suppression) out.suppressions = [toSuppression(f, uriOf)];
  return out;
}

function toLocation(f: Finding, uriOf: (path: string) => string): Location {
  return {
    physicalLocation: {
      artifactLocation: { uri: uriOf(f.path), uriBaseId: URI_BASE_ID },
      region: toRegion(f),
    },
  };
}

/**
 * A 1-based region. A zero-width range (a whole-file finding, an insertion point) is
 * widened to one column, since a region must cover at least one character to be shown;
 * an inverted range is collapsed onto its start.
 */
function toRegion(f: Finding): Region {
  const startLine = Math.max(1, Math.trunc(f.location.startLine) || 1);
  const startColumn = Math.max(1, Math.trunc(f.location.startColumn) || 1);
  let endLine = Math.max(startLine, Math.trunc(f.location.endLine) || startLine);
  let endColumn = Math.max(1, Math.trunc(f.location.endColumn) || 1);
  if (endLine === startLine && endColumn <= startColumn) endColumn = startColumn + 1;
  if (f.location.endLine < f.location.startLine) {
    endLine = startLine;
    endColumn = startColumn + 1;
  }
  return { startLine, startColumn, endLine, endColumn };
}

function toSuppression(f: Finding, uriOf: (path: string) => string): SarifSuppression {
  const s = f.suppression;
  if (!s) return { kind: 'external' };
  const kind: SarifSuppression['kind'] = s.kind === 'baseline' ? 'external' : 'inSource';
  // Code scanning closes (dismisses) the alert of a result that carries a suppression.
  // No review `status` is written: the property was named `state` before the 2.1.0
  // errata, so either name fails one of the schemas in use.
  const out: SarifSuppression = { kind, ...(s.reason ? { justification: s.reason } : {}) };
  if (kind === 'inSource' && s.line !== undefined && s.line >= 1) {
    out.location = {
      physicalLocation: {
        artifactLocation: { uri: uriOf(s.path ?? f.path), uriBaseId: URI_BASE_ID },
        region: { startLine: s.line },
      },
    };
  }
  return out;
}

function skippedNotification(s: SkippedFile, uriOf: (path: string) => string): Notification {
  return {
    // A skipped text file could hide a secret; binary and ignored files are expected.
    level: s.reason === 'binary' || s.reason === 'ignored' ? 'note' : 'warning',
    message: { text: `Not analyzed: ${describeSkippedFile(s)}.` },
    locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(s.path), uriBaseId: URI_BASE_ID } } }],
    descriptor: { id: FILE_SKIPPED, index: NOTIFICATION_INDEX[FILE_SKIPPED] as number },
    properties: { reason: s.reason },
  };
}

function droppedNotification(capped: CappedResults): Notification {
  return {
    level: 'warning',
    message: {
      text: `${capped.dropped} result(s) left out: GitHub code scanning accepts at most ${capped.limit} per run. The most severe were kept; the JSON report lists every finding.`,
    },
    descriptor: { id: RESULTS_DROPPED, index: NOTIFICATION_INDEX[RESULTS_DROPPED] as number },
    properties: { droppedResults: capped.dropped, droppedByLevel: capped.droppedByLevel },
  };
}

/** The findings a run keeps, and what it left out. */
interface CappedResults {
  readonly kept: readonly Finding[];
  readonly dropped: number;
  readonly droppedByLevel: Readonly<Record<Severity, number>>;
  readonly limit: number;
}

/**
 * Keeps at most `limit` findings: the most severe (active before suppressed, then
 * error, warning, note; ties in the given order), written in the given order. Each
 * result has exactly one location, so GitHub's 5,000 locations per result cannot be
 * exceeded and nothing is cut there.
 */
function capResults(findings: readonly Finding[], limit: number): CappedResults {
  const max = Math.max(0, Math.trunc(limit));
  const droppedByLevel: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  if (findings.length <= max) return { kept: findings, dropped: 0, droppedByLevel, limit: max };
  const rank = (f: Finding): number => (f.suppression ? SEVERITIES.length : 0) + SEVERITIES.indexOf(f.severity);
  const order = findings.map((f, i) => ({ i, rank: rank(f) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const keep = new Set(order.slice(0, max).map((o) => o.i));
  for (const [i, f] of findings.entries()) if (!keep.has(i)) droppedByLevel[f.severity]++;
  return { kept: findings.filter((_, i) => keep.has(i)), dropped: findings.length - max, droppedByLevel, limit: max };
}

function notificationDescriptor(id: string, name: string, short: string, full: string, level: 'warning' | 'note'): ReportingDescriptor {
  return {
    id,
    name,
    shortDescription: { text: short },
    fullDescription: { text: full },
    helpUri: NOTIFICATIONS_DOCS,
    help: { text: `${full}\n\nDocumentation: ${NOTIFICATIONS_DOCS}`, markdown: `${full}\n\n[Documentation](${NOTIFICATIONS_DOCS})` },
    defaultConfiguration: { level },
    properties: { tags: ['tollgate'] },
  };
}

/** A rule's declared precision, when rule metadata carries one; otherwise `high`. */
function precisionOf(rule: RuleMeta): Precision {
  const declared = (rule as RuleMeta & { precision?: unknown }).precision;
  return declared === 'very-high' || declared === 'high' || declared === 'medium' || declared === 'low' ? declared : 'high';
}

/** `secrets/stripe-key` -> `SecretsStripeKey`. */
function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('');
}

/** The first sentence (up to the first `. ` or the end), for `shortDescription`. */
function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (match?.[1] ?? text).trim() || text;
}

function isAbsoluteUri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/.test(value);
}
