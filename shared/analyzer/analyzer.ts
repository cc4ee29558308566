import type { ChangeSet } from '../diff/parse-unified-diff.js';
import type { FileSet } from '../files/file-set.js';
import type { RawFinding } from '../model/finding.js';
import type { RuleMeta } from '../model/rule.js';
import type { Policy } from '../policy/policy-schema.js';

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
export interface AnalyzerResult {
  readonly findings: readonly RawFinding[];
  /** Analyzer-specific typed data (a scope diff, flows, ...), keyed in the report by analyzer id. */
  readonly data?: unknown;
}

/**
 * An analyzer: one capability (secrets, scopes, flows, ...) with the rules it can
 * report. Its id is the prefix of its rule ids (`secrets` -> `secrets/stripe-key`).
 */
export interface Analyzer {
  readonly id: string;
  readonly description: string;
  readonly rules: readonly RuleMeta[];
  /**
   * Globs (picomatch) of files this analyzer needs whole, at base and head, even
   * when a change does not touch them (connector manifests, workflows). Adapters
   * load them into `head`/`base` beside the changed files; findings on them are
   * still reported only on added lines. Default: none.
   */
  readonly contextFiles?: readonly string[];
  analyze(context: AnalyzerContext): AnalyzerResult | Promise<AnalyzerResult>;
}
