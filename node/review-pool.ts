import { Worker } from 'node:worker_threads';
import type { PerFileTask, PerFileWorkRequest } from '../shared/engine/per-file-work.js';
import type { ReviewRequest, ReviewResult } from '../shared/engine/run-review.js';

/** A review request without its analyzers (functions do not cross threads): the worker supplies them. */
export type WorkerReviewRequest = Omit<ReviewRequest, 'analyzers'>;

/** Per-file work shared out between threads (see `perFileTasks`), without the analyzers: the worker supplies them. */
export interface WorkerPerFileWork extends Omit<PerFileWorkRequest, 'analyzers'> {
  readonly tasks: readonly PerFileTask[];
}

/**
 * A job posted to the worker. Everything in it is structured-cloneable (Maps of path -> text, plain objects).
 * A review (`request`), or a share of per-file work (`work`): the threads take the
 * tasks in turn through `claims[0]` (the next task's index, advanced with
 * `Atomics.add` by whoever takes one), so a faster thread takes more.
 */
export type ReviewJob = {
  readonly id: number;
  /** URL of a module exporting `analyzers`, loaded in the worker instead of the registry (tests). */
  readonly analyzersModule?: string;
} & ({ readonly request: WorkerReviewRequest } | { readonly work: WorkerPerFileWork; readonly claims: Int32Array });

/** The worker's answer to one job: a review's result, per-file work's cache entries (`[key, JSON]`), or an error. */
export type ReviewJobAnswer =
  | { readonly id: number; readonly result: ReviewResult }
  | { readonly id: number; readonly entries: readonly (readonly [string, string])[] }
  | { readonly id: number; readonly error: string };

/** Runs reviews on worker threads. */
export interface ReviewPool {
  run(request: WorkerReviewRequest): Promise<ReviewResult>;
  /**
   * Gives per-file work to every worker at once; each takes tasks through `claims`
   * (see `ReviewJob`) until none is left, and answers the cache entries of the tasks
   * it took. A worker that fails answers no entries (its tasks become misses, which
   * the review computes itself).
   */
  shareOut(work: WorkerPerFileWork, claims: Int32Array): Promise<(readonly (readonly [string, string])[])[]>;
  /** Starts every worker now (each loads the engine), instead of on its first job. */
  warm(): void;
  /** Stops the workers; jobs still running are rejected. */
  close(): Promise<void>;
}

/**
 * The compiled worker entry. From the sources (vitest runs `node/*.ts` directly, and
 * Node 20 cannot start a worker from TypeScript) it is the built copy in `dist/`.
 */
function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('../dist/node/review-worker.js', import.meta.url) : new URL('./review-worker.js', import.meta.url);
}

interface Slot {
  worker: Worker;
  jobs: Map<number, { resolve: (answer: ReviewJobAnswer) => void; reject: (e: Error) => void }>;
}

/**
 * Creates a pool of `size` review workers (default 1), started on the first job.
 * The engine is CPU-bound: on the HTTP thread one heavy review would stall every
 * other webhook and `/ping` until it ends. Jobs go to the worker with the fewest
 * running; an idle worker does not keep the process alive. A worker that dies
 * rejects its jobs and is replaced on the next one.
 */
export function createReviewPool(options: { size?: number; workerUrl?: URL; analyzersModule?: string } = {}): ReviewPool {
  const size = Math.max(1, options.size ?? 1);
  const slots: (Slot | undefined)[] = Array.from({ length: size }, () => undefined);
  let nextId = 1;

  const start = (index: number): Slot => {
    const worker = new Worker(options.workerUrl ?? defaultWorkerUrl());
    const slot: Slot = { worker, jobs: new Map() };
    const fail = (error: Error): void => {
      if (slots[index] === slot) slots[index] = undefined;
      for (const job of slot.jobs.values()) job.reject(error);
      slot.jobs.clear();
    };
    worker.on('message', (answer: ReviewJobAnswer) => {
      const job = slot.jobs.get(answer.id);
      if (!job) return;
      slot.jobs.delete(answer.id);
      if (slot.jobs.size === 0) worker.unref();
      if ('error' in answer) job.reject(new Error(`review failed in the worker: ${answer.error}`));
      else job.resolve(answer);
    });
    worker.on('error', (error) => fail(new Error(`review worker failed: ${error.name}: ${error.message.split('\n')[0] ?? ''}`)));
    worker.on('exit', (code) => fail(new Error(`review worker exited with code ${code}`)));
    worker.unref();
    return slot;
  };

  const post = (
    index: number,
    body: { request: WorkerReviewRequest } | { work: WorkerPerFileWork; claims: Int32Array },
  ): Promise<ReviewJobAnswer> => {
    const slot = slots[index] ?? (slots[index] = start(index));
    const id = nextId++;
    return new Promise<ReviewJobAnswer>((resolve, reject) => {
      slot.jobs.set(id, { resolve, reject });
      slot.worker.ref();
      const job: ReviewJob = { id, ...body, ...(options.analyzersModule ? { analyzersModule: options.analyzersModule } : {}) };
      try {
        slot.worker.postMessage(job);
      } catch (error) {
        // Not cloneable (a programming error): the job never reached the worker.
        slot.jobs.delete(id);
        if (slot.jobs.size === 0) slot.worker.unref();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  };

  return {
    async run(request) {
      let index = 0;
      for (let i = 1; i < size; i++) if ((slots[i]?.jobs.size ?? 0) < (slots[index]?.jobs.size ?? 0)) index = i;
      const answer = await post(index, { request });
      if (!('result' in answer)) throw new Error('review worker answered a review without a result');
      return answer.result;
    },
    shareOut(work, claims) {
      return Promise.all(
        slots.map((_, index) =>
          post(index, { work, claims }).then(
            (answer) => ('entries' in answer ? answer.entries : []),
            () => [],
          ),
        ),
      );
    },
    warm() {
      for (let i = 0; i < size; i++) slots[i] ??= start(i);
    },
    async close() {
      await Promise.all(
        slots.map(async (slot, i) => {
          slots[i] = undefined;
          if (slot) await slot.worker.terminate();
        }),
      );
    },
  };
}
