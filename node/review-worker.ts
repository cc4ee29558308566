import { parentPort } from 'node:worker_threads';
import type { Analyzer } from '../shared/analyzer/analyzer.js';
import { ANALYZERS } from '../shared/analyzer/registry.js';
import { takeTasks } from '../shared/engine/per-file-work.js';
import { runReview } from '../shared/engine/run-review.js';
import type { FileResultCache } from '../shared/engine/file-result-cache.js';
import { createMemoryResultStore } from '../shared/engine/memory-result-store.js';
import { toolVersion } from './tool-version.js';
import type { ReviewJob, ReviewJobAnswer } from './review-pool.js';

/**
 * The review worker's entry: runs the shared engine on jobs posted by
 * `review-pool.ts`, off the App's HTTP thread, or takes a share of a scan's per-file
 * work (`perFileTasks`). Analyzers are the registry's, or
 * those a job's `analyzersModule` exports as `analyzers` (tests).
 */
const port = parentPort;
if (!port) throw new Error('review-worker.js runs as a worker thread (see review-pool.ts)');

const modules = new Map<string, Promise<readonly Analyzer[]>>();
const analyzersOf = (module: string | undefined): Promise<readonly Analyzer[]> => {
  if (module === undefined) return Promise.resolve(ANALYZERS);
  let loaded = modules.get(module);
  if (!loaded) {
    loaded = import(module).then((m: { analyzers: readonly Analyzer[] }) => m.analyzers);
    modules.set(module, loaded);
  }
  return loaded;
};

/**
 * Per-file results across this worker's reviews (a push re-reviews a pull request
 * whose files mostly did not change; pull requests of one repository share files).
 * Keyed by content, so one installation's entry is reused only for the same path and
 * text; it holds findings as the results do (masked), and stays in this process.
 */
let resultCache: FileResultCache | undefined;

port.on('message', (job: ReviewJob) => {
  void (async (): Promise<void> => {
    let answer: ReviewJobAnswer;
    try {
      const analyzers = await analyzersOf(job.analyzersModule);
      if ('work' in job) {
        // Per-file work shared with other threads: take the next task until none is left.
        answer = { id: job.id, entries: await takeTasks(job.work.tasks, job.claims, { ...job.work, analyzers }) };
      } else {
        resultCache ??= { store: createMemoryResultStore({ maxEntries: 20_000, maxBytes: 128 * 1024 * 1024 }), toolVersion: toolVersion() };
        const result = await runReview({ ...job.request, analyzers, cache: resultCache });
        answer = { id: job.id, result };
      }
    } catch (error) {
      answer = { id: job.id, error: error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : String(error) };
    }
    port.postMessage(answer);
  })();
});
