import { parentPort } from 'node:worker_threads';
import type { Analyzer } from '../shared/analyzer/analyzer.js';
import { ANALYZERS } from '../shared/analyzer/registry.js';
import { runReview } from '../shared/engine/run-review.js';
import type { ReviewJob, ReviewJobAnswer } from './review-pool.js';

/**
 * The review worker's entry: runs the shared engine on jobs posted by
 * `review-pool.ts`, off the App's HTTP thread. Analyzers are the registry's, or
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

port.on('message', (job: ReviewJob) => {
  void (async (): Promise<void> => {
    let answer: ReviewJobAnswer;
    try {
      const result = await runReview({ ...job.request, analyzers: await analyzersOf(job.analyzersModule) });
      answer = { id: job.id, result };
    } catch (error) {
      answer = { id: job.id, error: error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : String(error) };
    }
    port.postMessage(answer);
  })();
});
