import picomatch from 'picomatch';
import type { Analyzer, AnalyzerContext } from '../analyzer/analyzer.js';
import { lineInSpans, type ChangeSet } from '../diff/parse-unified-diff.js';
import type { FileSet, SkippedFile } from '../files/file-set.js';
import type { Finding, OffsetRange, RawFinding, Severity, Suppression } from '../model/finding.js';
import { formatMessage, type RuleMeta } from '../model/rule.js';
import type { Policy } from '../policy/policy-schema.js';
import { findInlineSuppressions, ruleMatches, type InlineSuppression } from '../suppressions/find-inline-suppressions.js';
import type { Baseline } from '../suppressions/parse-baseline.js';
import { nameSafely, quoteSafely } from '../text/quote-safely.js';
import { createLineIndex, type LineIndex } from '../text/line-index.js';
import { ENGINE_RULES, engineRules } from './engine-rules.js';
import { bindSuppressions } from './bind-suppressions.js';
import { fingerprint } from './fingerprint.js';
import { maskLine } from './mask-line.js';
import { notAnalyzedFindings } from './not-analyzed-findings.js';

/** What to review: files, optionally a change, the policy and the analyzers to run. */
export interface ReviewRequest {
  readonly head: FileSet;
  readonly base?: FileSet;
  /** Present for a review of a change: only findings on added lines are reported. */
  readonly changes?: ChangeSet;
  readonly policy: Policy;
  readonly analyzers: readonly Analyzer[];
  /** Files the adapter could not load (binary, too large, ...); listed in reports. */
  readonly skipped?: readonly SkippedFile[];
  readonly baseline?: Baseline;
  /**
   * Findings the adapter already knows (an invalid policy file, say), using engine
   * rules. They are reported whatever the change touched and cannot be suppressed.
   */
  readonly engineFindings?: readonly { readonly finding: RawFinding; readonly text: string }[];
}

/** Counts for summaries. */
export interface ReviewStats {
  readonly filesAnalyzed: number;
  readonly filesIgnored: number;
  readonly error: number;
  readonly warning: number;
  readonly note: number;
  readonly suppressed: number;
  /** Findings dropped by the policy's `allow` list (path/rule entries). */
  readonly allowed: number;
}

/** The outcome of one run of the engine. Nothing in it holds a raw secret. */
export interface ReviewResult {
  readonly mode: 'scan' | 'review';
  /** Active findings, sorted by path, line, column, rule. */
  readonly findings: readonly Finding[];
  /** Findings a suppression or the baseline matched. */
  readonly suppressed: readonly Finding[];
  readonly skipped: readonly SkippedFile[];
  /** Typed data by analyzer id (scope diff, flows, ...). */
  readonly data: Readonly<Record<string, unknown>>;
  /** Every rule the run could report, for SARIF `rules` and docs links. */
  readonly rules: readonly RuleMeta[];
  readonly analyzers: readonly string[];
  readonly stats: ReviewStats;
  /** The policy's `suppressions.report`: whether reports list suppressed findings. */
  readonly reportSuppressed: boolean;
}

interface Positioned {
  raw: RawFinding;
  rule: RuleMeta;
  severity: Severity;
}

/**
 * Runs the analyzers and turns their raw findings into published ones:
 * ignored paths are removed first; each analyzer runs in isolation (one that
 * throws becomes a single `tollgate/analyzer-failed` finding, the others still
 * report); then severity overrides, the `allow` list, the change filter (reviews
 * keep only findings on added lines), inline and baseline suppressions, positions
 * and fingerprints are applied.
 */
export async function runReview(request: ReviewRequest): Promise<ReviewResult> {
  const { head, policy } = request;
  const isIgnored = policy.ignore.length > 0 ? picomatch(policy.ignore, { dot: true }) : () => false;
  // A file whose first part was read (`partial`) is analyzed; the rest of it is reported below.
  const skippedPaths = new Set((request.skipped ?? []).filter((s) => !s.partial).map((s) => s.path));
  const allPaths = [...head.keys()].filter((p) => !skippedPaths.has(p)).sort();
  const paths = allPaths.filter((p) => !isIgnored(p));
  const enabled = request.analyzers.filter((a) => (policy.analyzers as Record<string, { enabled: boolean } | undefined>)[a.id]?.enabled !== false);

  const context: AnalyzerContext = {
    head,
    paths,
    policy,
    ...(request.base ? { base: request.base } : {}),
    ...(request.changes ? { changes: request.changes } : {}),
  };

  const rulesById = new Map<string, RuleMeta>();
  for (const rule of ENGINE_RULES) rulesById.set(rule.id, rule);
  for (const analyzer of request.analyzers) for (const rule of analyzer.rules) rulesById.set(rule.id, rule);

  const raws: Positioned[] = [];
  const data: Record<string, unknown> = {};
  const push = (raw: RawFinding, rule: RuleMeta): void => {
    raws.push({ raw, rule, severity: raw.severity ?? rule.defaultSeverity });
  };

  // Engine findings carry the text they point into (a policy read from the base branch, say).
  const pinned = new Map<RawFinding, string>();
  for (const { finding: raw, text } of request.engineFindings ?? []) {
    const rule = ENGINE_RULES.find((r) => r.id === raw.ruleId);
    if (!rule) continue;
    pinned.set(raw, text);
    push(raw, rule);
  }

  // Changed files that could not be analyzed: findings, never silence.
  for (const raw of notAnalyzedFindings(request.skipped ?? [], request.changes, policy, isIgnored)) {
    pinned.set(raw, '');
    push(raw, engineRules.fileNotAnalyzed);
  }

  for (const analyzer of enabled) {
    const own = new Map(analyzer.rules.map((r) => [r.id, r]));
    try {
      const result = await analyzer.analyze(context);
      if (result.data !== undefined) data[analyzer.id] = result.data;
      for (const raw of result.findings) {
        const rule = own.get(raw.ruleId);
        if (rule) push(raw, rule);
        // Any analyzer may say it did not analyze a file; the engine names the analyzer.
        else if (raw.ruleId === engineRules.fileNotAnalyzed.id) push({ ...raw, data: { ...raw.data, analyzer: analyzer.id } }, engineRules.fileNotAnalyzed);
        else
          push(
            { ruleId: engineRules.analyzerFailed.id, messageId: 'unknownRule', path: raw.path, range: raw.range, data: { analyzer: analyzer.id, rule: raw.ruleId } },
            engineRules.analyzerFailed,
          );
      }
    } catch (error) {
      push(
        {
          ruleId: engineRules.analyzerFailed.id,
          messageId: 'failed',
          path: '.',
          range: { start: 0, end: 0 },
          data: { analyzer: analyzer.id, error: describeError(error) },
        },
        engineRules.analyzerFailed,
      );
    }
  }

  // Suppression comments, and findings for malformed ones.
  const inlineByPath = new Map<string, InlineSuppression[]>();
  for (const path of paths) {
    const found = findInlineSuppressions(head.get(path) ?? '');
    if (found.length === 0) continue;
    inlineByPath.set(path, found);
    for (const s of found) {
      if (s.kind !== 'inline' || !policy.suppressions.inline) continue;
      for (const ruleId of s.rules) {
        if (!ruleId.includes('*') && !rulesById.has(ruleId)) {
          push({ ruleId: engineRules.suppressionUnknownRule.id, messageId: 'unknownRule', path, range: { start: s.start, end: s.end }, data: { rule: ruleIdForMessage(ruleId) } }, engineRules.suppressionUnknownRule);
        } else if (s.reason === '') {
          push({ ruleId: engineRules.suppressionWithoutReason.id, messageId: 'missingReason', path, range: { start: s.start, end: s.end }, data: { rule: ruleIdForMessage(ruleId) } }, engineRules.suppressionWithoutReason);
        }
      }
    }
  }

  // Suppression comments bind to what they were written for (see bindSuppressions).
  const bound = bindSuppressions(inlineByPath, request.changes, head);
  for (const raw of bound.moved) push(raw, engineRules.suppressionMoved);

  const lineIndexes = new Map<string, LineIndex>();
  const indexFor = (path: string): LineIndex => {
    let index = lineIndexes.get(path);
    if (!index) {
      index = createLineIndex(head.get(path) ?? '');
      lineIndexes.set(path, index);
    }
    return index;
  };

  const baselineSet = new Set((request.baseline?.findings ?? []).map((f) => f.fingerprint));
  const occurrences = new Map<string, number>();
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  let allowed = 0;

  const pathAllows = policy.allow.filter((a) => a.match === undefined);
  const allowMatchers = pathAllows.map((a) => ({ rule: a.rule, path: a.path ? picomatch(a.path, { dot: true }) : undefined }));

  // Every secret's range, by path: masked out of any line that feeds a fingerprint.
  const secretRanges = new Map<string, OffsetRange[]>();
  for (const { raw } of raws) {
    if (!raw.ruleId.startsWith('secrets/') || raw.range.end <= raw.range.start) continue;
    const list = secretRanges.get(raw.path) ?? [];
    list.push(raw.range);
    secretRanges.set(raw.path, list);
  }

  for (const { raw, rule, severity: defaultSeverity } of raws) {
    const override = policy.rules[raw.ruleId]?.severity;
    if (override === 'off') continue;
    const severity: Severity = override ?? defaultSeverity;
    const pinnedText = pinned.get(raw);
    const isPinned = pinnedText !== undefined;
    if (!isPinned && raw.path !== '.' && isIgnored(raw.path)) continue;
    if (!isPinned && allowMatchers.some((a) => (a.rule === undefined || ruleMatches(a.rule, raw.ruleId)) && (a.path === undefined || a.path(raw.path)))) {
      allowed += 1;
      continue;
    }
    const index = isPinned ? createLineIndex(pinnedText) : indexFor(raw.path);
    const location = index.rangeAt(raw.range);
    if (request.changes && raw.path !== '.' && !isPinned) {
      const change = request.changes.get(raw.path);
      if (!change) continue;
      // A changed file that was not analyzed is reported whatever lines changed: it is never counted as clean.
      let touched = raw.ruleId === engineRules.fileNotAnalyzed.id;
      for (let line = location.startLine; line <= location.endLine && !touched; line++) touched = lineInSpans(change.addedLines, line);
      if (!touched) continue;
    }
    const lineText = index.lineText(location.startLine);
    const lineStart = index.offsetAt({ line: location.startLine, column: 1 });
    const ownRange = location.endLine === location.startLine ? raw.range : { start: raw.range.start, end: lineStart + lineText.length };
    const wholeFile = raw.range.start === raw.range.end && raw.range.start === 0 && raw.ruleId.startsWith('secrets/');
    const maskedLine = maskLine(lineText, lineStart, [ownRange, ...(secretRanges.get(raw.path) ?? [])], wholeFile || isPinned && pinnedText === '');
    const key = [raw.ruleId, raw.path, maskedLine.trim(), raw.fingerprintHint ?? ''].join('\u0000');
    const occurrence = occurrences.get(key) ?? 0;
    occurrences.set(key, occurrence + 1);
    const fp = fingerprint({ ruleId: raw.ruleId, path: raw.path, maskedLine, occurrence, ...(raw.fingerprintHint ? { hint: raw.fingerprintHint } : {}) });
    const template = rule.messages[raw.messageId] ?? raw.messageId;
    const finding: Finding = {
      ruleId: raw.ruleId,
      messageId: raw.messageId,
      severity,
      path: raw.path,
      range: raw.range,
      location,
      message: formatMessage(template, raw.data),
      fingerprint: fp,
      data: raw.data ?? {},
      docsUrl: rule.docsUrl,
    };
    const suppression = isPinned ? undefined : findSuppression(finding, bound.byPath.get(raw.path), policy, baselineSet);
    if (suppression) suppressed.push({ ...finding, suppression });
    else findings.push(finding);
  }

  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return {
    mode: request.changes ? 'review' : 'scan',
    findings,
    suppressed,
    skipped: [...(request.skipped ?? [])].sort((a, b) => a.path.localeCompare(b.path)),
    data,
    rules: [...rulesById.values()].sort((a, b) => a.id.localeCompare(b.id)),
    analyzers: enabled.map((a) => a.id),
    stats: {
      filesAnalyzed: paths.length,
      filesIgnored: allPaths.length - paths.length,
      error: count('error'),
      warning: count('warning'),
      note: count('note'),
      suppressed: suppressed.length,
      allowed,
    },
    reportSuppressed: policy.suppressions.report,
  };
}

function findSuppression(
  finding: Finding,
  inline: readonly InlineSuppression[] | undefined,
  policy: Policy,
  baseline: ReadonlySet<string>,
): Suppression | undefined {
  // Suppression findings themselves, and engine failures, cannot be suppressed.
  if (finding.ruleId.startsWith('suppressions/') || finding.ruleId === engineRules.analyzerFailed.id || finding.ruleId === engineRules.fileNotAnalyzed.id) return undefined;
  for (const s of inline ?? []) {
    if (s.kind === 'inline' && (!policy.suppressions.inline || s.reason === '')) continue;
    if (s.kind === 'legacy-marker' && !policy.suppressions.legacyMarkers) continue;
    if (s.targetLine < finding.location.startLine || s.targetLine > finding.location.endLine) continue;
    if (!s.rules.some((r) => ruleMatches(r, finding.ruleId))) continue;
    return { kind: s.kind, reason: s.reason, path: finding.path, line: s.commentLine };
  }
  if (baseline.has(finding.fingerprint)) return { kind: 'baseline', reason: 'listed in the baseline' };
  return undefined;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    a.path.localeCompare(b.path) ||
    a.location.startLine - b.location.startLine ||
    a.location.startColumn - b.location.startColumn ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

/** What a rule id looks like: `secrets/stripe-key`, `secrets/*`, `*`. */
const RULE_ID_SHAPE = /^(?:[a-z0-9-]+\/(?:[a-z0-9-]+|\*)|\*)$/;

/**
 * A rule id written in a file (a suppression comment), as a message may show it:
 * itself when it has a rule id's shape and nothing in it looks like a secret, else a
 * placeholder (a token pasted after `tollgate-ignore` must not be echoed).
 */
function ruleIdForMessage(ruleId: string): string {
  return RULE_ID_SHAPE.test(ruleId) && nameSafely(ruleId) !== undefined ? ruleId : '(a rule id that is not shown)';
}

/**
 * An error's class and first line, masked and trimmed to 200 characters: an
 * analyzer's exception may quote the input it choked on (a parser's message does),
 * so the text goes through `quoteSafely` like any quote of file content.
 */
function describeError(error: unknown): string {
  if (error instanceof Error) return quoteSafely(`${error.name}: ${error.message.split('\n')[0] ?? ''}`, 200);
  return quoteSafely(String(error).split('\n')[0] ?? '', 200);
}
