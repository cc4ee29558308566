import { availableParallelism } from 'node:os';
import type { Analyzer } from '../shared/analyzer/analyzer.js';
import { readEntry, writeEntry } from '../shared/analyzer/run-per-file.js';
import type { FileResultCache } from '../shared/engine/file-result-cache.js';
import { perFileTasks, takeTasks, type PerFileWorkRequest } from '../shared/engine/per-file-work.js';
import type { ReviewPool } from './review-pool.js';

/** Below this many files (or history file versions) the work stays on this thread: starting a worker (it loads the engine again) costs more than it saves. */
export const HELPERS_FROM_ITEMS = 1000;

/**
 * How many worker threads help with `items` files (a whole-file scan) or file versions
 * (`scan --history`): `TOLLGATE_THREADS` when set (0: none; at most 16); else none
 * below `HELPERS_FROM_ITEMS` or on fewer than 4 cores, one per core but one (at most
 * 4) otherwise. On 2 cores a worker makes a scan slower (measured: 4,000 files, 5.5 s
 * alone, 6.2 s with one worker): V8's own background threads (compilers, garbage
 * collector) already use the second core, and the worker competes with them.
 */
export function helperThreads(items: number, env: Readonly<Record<string, string | undefined>>): number {
  const set = env.TOLLGATE_THREADS;
  if (set !== undefined && set !== '' && /^\d+$/.test(set)) return Math.min(Number(set), 16);
  const cores = availableParallelism();
  if (items < HELPERS_FROM_ITEMS || cores < 4) return 0;
  return Math.min(cores - 1, 4);
}

/**
 * Shares a whole-file scan's per-file work (`perFileTasks`) between this thread and
 * the pool's workers: every thread takes the next task until none is left (a faster
 * thread takes more), and the results become the run's cache: `runReview` with the
 * returned cache reads them instead of analyzing, so its result is the one thread's.
 * Tasks whose results `cache` (the CLI's directory) already holds are not given out
 * (what it holds is read once, here); fresh results are written to it. A worker that fails leaves its tasks as misses,
 * which `runReview` computes itself.
 */
export async function sharePerFileWork(
  pool: ReviewPool,
  request: Omit<PerFileWorkRequest, 'toolVersion' | 'analyzers'> & { readonly analyzers: readonly Analyzer[] },
  toolVersion: string,
  cache?: FileResultCache,
): Promise<FileResultCache> {
  const work: PerFileWorkRequest = { ...request, toolVersion };
  let tasks = perFileTasks(work);
  // Entries the cache already holds are kept here, so the review does not read them again.
  const entries = new Map<string, string>();
  if (cache) {
    const held = await Promise.all(tasks.map((t) => Promise.all(t.keys.map(([, key]) => readEntry(cache, key)))));
    for (const [i, task] of tasks.entries()) {
      for (const [j, [, key]] of task.keys.entries()) {
        const entry = held[i]?.[j];
        if (entry !== undefined) entries.set(key, entry);
      }
    }
    tasks = tasks.filter((_, i) => held[i]?.some((entry) => entry === undefined));
  }
  if (tasks.length > 0) {
    const claims = new Int32Array(new SharedArrayBuffer(4));
    const { analyzers: _analyzers, ...cloneable } = work;
    const fromWorkers = pool.shareOut({ ...cloneable, tasks }, claims);
    const fresh = [...(await takeTasks(tasks, claims, work)), ...(await fromWorkers).flat()];
    for (const [key, entry] of fresh) entries.set(key, entry);
    if (cache) await Promise.all(fresh.map(([key, entry]) => writeEntry(cache, key, entry)));
  }
  return {
    toolVersion,
    store: {
      get: (key) => entries.get(key) ?? (cache ? readEntry(cache, key) : undefined),
      set: (key, value) => (cache ? writeEntry(cache, key, value) : undefined),
    },
  };
}
