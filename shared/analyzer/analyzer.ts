import type { z } from 'zod';
import type { ChangeSet } from '../diff/parse-unified-diff.js';
import type { ReviewResult } from '../engine/run-review.js';
import type { FileSet } from '../files/file-set.js';
import type { RawFinding } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import type { Policy } from '../policy/policy-schema.js';
import type { ReportSection } from '../report/report-sections.js';
import type { PerFilePhase } from './per-file-phase.js';

/** Everything an analyzer may read. Data in; no I/O. */
export interface AnalyzerContext {
  /** The files as they are now (whole scan) or at the head of the change (review). */
  readonly head: FileSet;
  /** The same files at the base of the change, when reviewing a change. */
  readonly base?: FileSet;
  /** What the change touched, when reviewing a change; absent for a whole-file scan. */
  readonly changes?: ChangeSet;
  /**
   * The paths of `head` to analyze: ignored paths and skipped files are already
   * removed. In a review `head` may also hold context files (see
   * `Analyzer.contextFiles`) that are not changed; they are in `paths` too, and the
   * engine keeps only findings on added lines.
   */
  readonly paths: readonly string[];
  /** The validated policy. */
  readonly policy: Policy;
}

/** What an analyzer returns: findings located by offsets, and typed data for reports. */
export interface AnalyzerResult<TData = unknown> {
  readonly findings: readonly RawFinding[];
  /** Analyzer-specific typed data (a scope diff, flows, ...), keyed in `ReviewResult.data` by analyzer id. */
  readonly data?: TData;
}

/**
 * The analyzer's own section of the policy file (`<id>:` at the top level), with
 * the value that applies when the file leaves it out. `policySchema` adds one key
 * per analyzer that declares one, in registry order.
 */
export interface AnalyzerPolicy<TSchema extends z.ZodType = z.ZodType> {
  readonly schema: TSchema;
  readonly default: z.output<TSchema>;
}

/** A Markdown part an analyzer contributes; its title and position come from the report-sections table. */
export interface AnalyzerMarkdownPart {
  /** A section id of `REPORT_SECTIONS` (or of `AnalyzerReport.sections`). */
  readonly id: string;
  /** Trusted Markdown: every interpolated value escaped, no raw secrets (see `MarkdownSection.markdown`). */
  readonly markdown: string;
  /** May be replaced by a one-line note when the comment is too long. Default false. */
  readonly droppable?: boolean;
}

/** An analyzer's share of one review's reports. */
export interface AnalyzerReportParts {
  /** Top-level JSON keys (each a section id with a `json` position) and their values. */
  readonly json?: Readonly<Record<string, unknown>>;
  /** Parts of the PR comment / `--format markdown`. */
  readonly markdown?: readonly AnalyzerMarkdownPart[];
  /** Blocks of the terminal output by section id (plain text, no trailing newline needed). */
  readonly text?: Readonly<Record<string, string>>;
}

/** How an analyzer's typed data reaches the reports. */
export interface AnalyzerReport<TData> {
  /**
   * The JSON keys this analyzer can write. The JSON report schema lists every
   * registered analyzer's keys; each must have a `json` position in the table.
   */
  readonly jsonKeys?: readonly string[];
  /**
   * Sections this analyzer adds to the report-sections table (for an analyzer whose
   * sections are not in `REPORT_SECTIONS`). Default: none.
   */
  readonly sections?: readonly ReportSection[];
  /** Builds the parts from the analyzer's data; called only when the result holds data for it. */
  contribute(data: TData, result: ReviewResult): AnalyzerReportParts | undefined;
}

/**
 * An analyzer: one capability (secrets, scopes, flows, ...) with the rules it can
 * report. Its id is the prefix of its rule ids (`secrets` -> `secrets/stripe-key`).
 */
export interface Analyzer<TData = unknown, TId extends string = string, TPolicy extends z.ZodType = z.ZodType> {
  readonly id: TId;
  readonly description: string;
  readonly rules: readonly RuleMeta[];
  /**
   * Globs (picomatch) of files this analyzer needs whole, at base and head, even
   * when a change does not touch them (connector manifests, workflows). Adapters
   * load them into `head`/`base` beside the changed files; findings on them are
   * still reported only on added lines. Default: none.
   */
  readonly contextFiles?: readonly string[];
  /** The analyzer's policy section, when it has settings beyond `analyzers.<id>.enabled`. */
  readonly policy?: AnalyzerPolicy<TPolicy>;
  /** Its contribution to the reports, when its data shows there. */
  readonly report?: AnalyzerReport<TData>;
  /**
   * The analyzer's per-file phase, when part of its work depends on one file alone:
   * with a content cache the engine runs `runPerFile(perFile, id, context, cache)`
   * instead of `analyze`, so unchanged files are not analyzed again. `analyze` must
   * return the same as `runPerFile` without a cache (it may be that call).
   * `test/shared/engine/file-result-cache.test.ts` checks this on the corpora.
   * Default: none; the analyzer runs whole every time.
   */
  readonly perFile?: PerFilePhase<TData, unknown>;
  analyze(context: AnalyzerContext): AnalyzerResult<TData> | Promise<AnalyzerResult<TData>>;
}

/**
 * Declares an analyzer. The identity function, for its types: `TData` (the data
 * `analyze` returns, read back with `analyzerData(result, analyzer)`), the literal
 * id, and the policy section's schema, from which the policy type is derived.
 */
export function defineAnalyzer<TData, const TId extends string, TPolicy extends z.ZodType = z.ZodNever>(
  analyzer: Analyzer<TData, TId, TPolicy>,
): Analyzer<TData, TId, TPolicy> {
  return analyzer;
}
