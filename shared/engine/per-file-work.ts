import type { Analyzer } from '../analyzer/analyzer.js';
import { perFileEntry, perFileKeys } from '../analyzer/run-per-file.js';
import type { FileSet, SkippedFile } from '../files/file-set.js';
import type { Policy } from '../policy/policy-schema.js';
import { enabledAnalyzers } from './stages/enabled-analyzers.js';
import { ignoreMatcher } from './stages/ignore-matcher.js';
import { selectPaths } from './stages/select-paths.js';

/** What `runReview` would run per file, as the engine selects it. */
export interface PerFileWorkRequest {
  readonly head: FileSet;
  readonly skipped?: readonly SkippedFile[];
  readonly policy: Policy;
  readonly analyzers: readonly Analyzer[];
  readonly toolVersion: string;
}

/** One unit of per-file work: every per-file phase that wants one file. */
export interface PerFileTask {
  readonly path: string;
  /** The cache key of each phase's result for this file, by analyzer id. */
  readonly keys: readonly (readonly [analyzerId: string, key: string])[];
}

/**
 * The per-file work of a whole-file scan (no change, no base), file by file: for each
 * path `runReview` analyzes, the enabled analyzers with a per-file phase that would
 * cache its result (`PerFilePhase.isWorthCaching`), with their cache keys. Results
 * computed for these keys (`computePerFileTask`), put in the run's cache, are what
 * `runReview` then reads instead of analyzing: so the work can be shared out between
 * threads, and the result is the same as one thread's.
 */
export function perFileTasks(request: PerFileWorkRequest): PerFileTask[] {
  const { head, policy } = request;
  const paths = selectPaths(head, request.skipped ?? [], ignoreMatcher(policy)).analyzed;
  const phases = enabledAnalyzers(request.analyzers, policy).flatMap((a) =>
    a.perFile ? [{ id: a.id, keyOf: perFileKeys(a.perFile, a.id, head, policy, request.toolVersion) }] : [],
  );
  const tasks: PerFileTask[] = [];
  for (const path of paths) {
    const text = head.get(path);
    if (text === undefined) continue;
    const keys: (readonly [string, string])[] = [];
    for (const phase of phases) {
      const key = phase.keyOf(path, text);
      if (key !== undefined) keys.push([phase.id, key]);
    }
    if (keys.length > 0) tasks.push({ path, keys });
  }
  return tasks;
}

/**
 * Runs one task: each phase's result for the file, as the cache entry `runPerFile`
 * reads (`[key, JSON]` pairs). A phase that throws leaves its entry out: `runReview`
 * then analyzes that file itself and reports the failure as it always does.
 */
export async function computePerFileTask(task: PerFileTask, request: PerFileWorkRequest): Promise<[key: string, entry: string][]> {
  const text = request.head.get(task.path);
  if (text === undefined) return [];
  const out: [string, string][] = [];
  for (const [analyzerId, key] of task.keys) {
    const phase = request.analyzers.find((a) => a.id === analyzerId)?.perFile;
    if (!phase) continue;
    try {
      out.push([key, JSON.stringify(await perFileEntry(phase, { path: task.path, text }, request.head, request.policy))]);
    } catch {
      // Left to runReview (see above).
    }
  }
  return out;
}

/**
 * Takes tasks through `claims[0]` (the next task's index, advanced with `Atomics.add` by
 * every thread that shares the work) until none is left, and returns the cache entries
 * of the tasks this thread took.
 */
export async function takeTasks(
  tasks: readonly PerFileTask[],
  claims: Int32Array,
  request: PerFileWorkRequest,
): Promise<[key: string, entry: string][]> {
  const entries: [string, string][] = [];
  for (let i = Atomics.add(claims, 0, 1); i < tasks.length; i = Atomics.add(claims, 0, 1)) {
    entries.push(...(await computePerFileTask(tasks[i] as PerFileTask, request)));
  }
  return entries;
}
