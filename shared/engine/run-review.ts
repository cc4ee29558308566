import type { Analyzer } from '../analyzer/analyzer.js';
import type { ChangeSet } from '../diff/parse-unified-diff.js';
import type { FileSet, SkippedFile } from '../files/file-set.js';
import type { Finding, RawFinding } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import type { Policy } from '../policy/policy-schema.js';
import type { Baseline } from '../suppressions/parse-baseline.js';
import { bindSuppressions } from './bind-suppressions.js';
import { engineRules } from './engine-rules.js';
import type { FileResultCache } from './file-result-cache.js';
import { notAnalyzedFindings } from './not-analyzed-findings.js';
import { applyPolicy } from './stages/apply-policy.js';
import { applySuppressions } from './stages/apply-suppressions.js';
import { collectRules } from './stages/collect-rules.js';
import { countSeverities } from './stages/count-severities.js';
import { enabledAnalyzers } from './stages/enabled-analyzers.js';
import { filterToChange } from './stages/filter-to-change.js';
import { fingerprintFindings } from './stages/fingerprint-findings.js';
import { hashPrimaryLines } from './stages/hash-primary-lines.js';
import { ignoreMatcher } from './stages/ignore-matcher.js';
import { locateFindings } from './stages/locate-findings.js';
import { pinEngineFindings } from './stages/pin-engine-findings.js';
import { pipelineFinding } from './stages/pipeline-finding.js';
import { readSuppressionComments } from './stages/read-suppression-comments.js';
import { runAnalyzers } from './stages/run-analyzers.js';
import { secretRangesByPath } from './stages/secret-ranges-by-path.js';
import { selectPaths } from './stages/select-paths.js';
import { sortFindings } from './stages/sort-findings.js';

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
  /**
   * Per-file results of earlier runs (see `PerFilePhase`): the CLI's directory, the
   * language server's and the App's memory. The result is the same with or without.
   */
  readonly cache?: FileResultCache;
  /**
   * Whether to compute each finding's `lineHash` (GitHub's `primaryLocationLineHash`,
   * over the text with secrets masked). Only SARIF carries it; without it
   * `upload-sarif` would hash the file on disk, secrets and all, so leave it on for
   * anything that may become SARIF. Default true; callers that render no SARIF (the
   * language server, the App, the CLI's other formats) pass false and skip one pass
   * over every file with a finding.
   */
  readonly lineHashes?: boolean;
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

/**
 * Runs the analyzers and turns their raw findings into published ones, as a list of
 * named stages (each in `shared/engine/stages/`, with its own test): what was found
 * (the adapter's engine findings, changed files that could not be analyzed, each
 * analyzer in isolation, malformed suppression comments, suppressions that moved),
 * then what is reported (policy severities, `ignore` and `allow`; the change filter;
 * positions, GitHub's line hashes, masked fingerprints and messages; inline and baseline suppressions;
 * sorted and counted).
 */
export async function runReview(request: ReviewRequest): Promise<ReviewResult> {
  const { head, policy, changes } = request;
  const skipped = request.skipped ?? [];
  const isIgnored = ignoreMatcher(policy);
  const paths = selectPaths(head, skipped, isIgnored);
  const analyzers = enabledAnalyzers(request.analyzers, policy);
  const rules = collectRules(request.analyzers);

  // What was found, in this order (it sets fingerprint occurrence indexes).
  const engine = pinEngineFindings(request.engineFindings ?? []);
  // Changed files that could not be analyzed: findings, never silence.
  const notAnalyzed = notAnalyzedFindings(skipped, changes, policy, isIgnored).map((raw) => pipelineFinding(raw, engineRules.fileNotAnalyzed, ''));
  const analyzed = await runAnalyzers(
    analyzers,
    {
      head,
      paths: paths.analyzed,
      policy,
      ...(request.base ? { base: request.base } : {}),
      ...(changes ? { changes } : {}),
    },
    request.cache,
  );
  const comments = readSuppressionComments(head, paths.analyzed, policy, rules);
  // Suppression comments bind to what they were written for (see bindSuppressions).
  const bound = bindSuppressions(comments.byPath, changes, head);
  const moved = bound.moved.map((raw) => pipelineFinding(raw, engineRules.suppressionMoved));
  const found = [...engine, ...notAnalyzed, ...analyzed.findings, ...comments.findings, ...moved];

  // What is reported.
  const policed = applyPolicy(found, policy, isIgnored);
  const inChange = filterToChange(locateFindings(policed.kept, head), changes);
  const hashed = request.lineHashes === false ? inChange : hashPrimaryLines(inChange, head, found);
  const fingerprinted = fingerprintFindings(hashed, secretRangesByPath(found));
  const outcome = applySuppressions(fingerprinted, bound.byPath, policy, request.baseline);
  const findings = sortFindings(outcome.findings);
  const suppressed = sortFindings(outcome.suppressed);

  return {
    mode: changes ? 'review' : 'scan',
    findings,
    suppressed,
    skipped: [...skipped].sort((a, b) => a.path.localeCompare(b.path)),
    data: analyzed.data,
    rules: [...rules.values()].sort((a, b) => a.id.localeCompare(b.id)),
    analyzers: analyzers.map((a) => a.id),
    stats: {
      filesAnalyzed: paths.analyzed.length,
      filesIgnored: paths.all.length - paths.analyzed.length,
      ...countSeverities(findings),
      suppressed: suppressed.length,
      allowed: policed.allowed,
    },
    reportSuppressed: policy.suppressions.report,
  };
}
