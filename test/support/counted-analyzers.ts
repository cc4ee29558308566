import type { Analyzer } from '../../shared/analyzer/analyzer.js';
import { ANALYZERS } from '../../shared/analyzer/registry.js';

/**
 * The registry's analyzers, each per-file phase counting the files it analyzes (by
 * analyzer id) among those it caches (files it declines with `isWorthCaching` are
 * analyzed every run).
 */
export function counted(analyzers: readonly Analyzer[] = ANALYZERS): { analyzers: Analyzer[]; calls: Map<string, string[]> } {
  const calls = new Map<string, string[]>();
  const wrapped = analyzers.map((a): Analyzer => {
    const phase = a.perFile;
    if (!phase) return a;
    return {
      ...a,
      perFile: {
        ...phase,
        analyzeFile: (file, policy) => {
          if (phase.isWorthCaching?.(file.path) ?? true) calls.set(a.id, [...(calls.get(a.id) ?? []), file.path]);
          return phase.analyzeFile(file, policy);
        },
        isFileResult: (value: unknown): value is unknown => phase.isFileResult(value),
        combine: (files, context) => phase.combine(files, context),
      },
    };
  });
  return { analyzers: wrapped, calls };
}
