import type { FileSet, SkippedFile } from '../../files/file-set.js';

/** The paths a run considers: every readable one, and those it analyzes. */
export interface SelectedPaths {
  /** Paths of `head` the adapter could read, sorted. */
  readonly all: readonly string[];
  /** `all` without the paths the policy ignores: what the analyzers get. */
  readonly analyzed: readonly string[];
}

/**
 * The paths of `head` to analyze: skipped files are left out, except a file whose
 * first part was read (`partial`), which is analyzed (the rest of it is reported by
 * `notAnalyzedFindings`); then ignored paths are left out.
 */
export function selectPaths(head: FileSet, skipped: readonly SkippedFile[], isIgnored: (path: string) => boolean): SelectedPaths {
  const unread = new Set(skipped.filter((s) => !s.partial).map((s) => s.path));
  const all = [...head.keys()].filter((p) => !unread.has(p)).sort();
  return { all, analyzed: all.filter((p) => !isIgnored(p)) };
}
