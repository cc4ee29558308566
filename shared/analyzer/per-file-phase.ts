import type { Policy } from '../policy/policy-schema.js';
import type { AnalyzerContext, AnalyzerResult } from './analyzer.js';

/** One file as a per-file phase sees it: its path and text, and a recorded way to read another file. */
export interface PerFileInput {
  readonly path: string;
  readonly text: string;
  /**
   * Another file of `context.head` (undefined when absent). Every call is recorded
   * with what it answered, and a cached result is reused only while each of those
   * files still reads the same (an import followed into another module, say).
   */
  readonly read: (path: string) => string | undefined;
}

/**
 * The part of an analyzer whose output for a file is a function of that file's
 * path and text, of the other files it reads through `read`, and of the policy keys
 * `policyKey` returns, and of nothing else (no base, no change, no other state). The engine may reuse it from a content cache
 * (`shared/engine/file-result-cache.ts`) instead of calling `analyzeFile`, so an
 * analyzer declares one only when this holds; what depends on several files stays
 * in `combine`, which always runs.
 *
 * `TFile` must survive `JSON.stringify`/`JSON.parse` unchanged (plain objects,
 * arrays, strings, finite numbers, booleans; no `undefined` values that matter) and,
 * like a `RawFinding`, never hold a raw secret: it may be written to disk.
 */
export interface PerFilePhase<TData, TFile> {
  /**
   * Bumped whenever `analyzeFile` may return something else for the same input (a
   * detector added or changed, the output shape changed). Cache keys include it and
   * Tollgate's version, so entries of another version are never read.
   */
  readonly cacheVersion: string;
  /**
   * Whether a file's result is worth a cache entry: false for files `analyzeFile`
   * dismisses by their path alone (cheaper to analyze again than to read back).
   * Those are analyzed every run, with or without a cache. Default: every file.
   */
  isWorthCaching?(path: string): boolean;
  /** Everything of the policy `analyzeFile` reads (hashed into the cache key). */
  policyKey(policy: Policy): unknown;
  /** The per-file result. */
  analyzeFile(file: PerFileInput, policy: Policy): TFile | Promise<TFile>;
  /** Whether a value read back from a cache has the shape of a `TFile`; anything else is a miss. */
  isFileResult(value: unknown): value is TFile;
  /**
   * The analyzer's result from the per-file results of `context.paths` that have a
   * text in `context.head`, in that order. Must not mutate `files`.
   */
  combine(files: readonly TFile[], context: AnalyzerContext): AnalyzerResult<TData> | Promise<AnalyzerResult<TData>>;
}
