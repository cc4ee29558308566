import { DelayedError, Queue, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import type { AccessReviewTarget } from './access-reviews.js';
import type { AppConfig } from './app-config.js';
import { describeError } from './describe-error.js';
import type { Log } from './octokit-type.js';
import { takeRedisLock } from './redis-lock.js';
import type { ReviewOutcome } from './review-pull-request.js';

/** A queued review: the pull request an event is about, and where the event came from (no content, no secrets). */
export interface ReviewJobData {
  readonly installationId: number;
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  /** The head commit the event saw; the review itself reads the pull request's current head. */
  readonly headSha?: string;
  readonly event: string;
  readonly delivery?: string;
}

/** A queued access review of one repository, for the interval bucket `at` falls in. */
export interface AccessReviewJobData extends AccessReviewTarget {
  /** ISO time the run is for (the `now` of `runAccessReviews`). */
  readonly at: string;
}

/** What a finished job reports (BullMQ keeps it as the job's return value). */
export interface JobReport {
  readonly instance: string;
  readonly status: string;
}

/** What the queue runs: the App supplies these; the queue knows nothing of GitHub. */
export interface RedisReviewQueueDeps {
  readonly redisUrl: string;
  readonly config: AppConfig;
  readonly log: Log;
  /** A name for this instance in logs and job reports. Default: a random one. */
  readonly instance?: string;
  /** Runs one review; `retried` is true while attempts are left (a failure is then thrown, see `ReviewDeps.retried`). */
  readonly review: (job: ReviewJobData, attempt: { readonly retried: boolean }) => Promise<ReviewOutcome>;
  /** Ends the event's head commit as an errored check: the last attempt failed before the review had one. */
  readonly failed: (job: ReviewJobData, error: unknown) => Promise<void>;
  /** The access review's parts; without them access-review jobs are not run here. */
  readonly accessReviews?: {
    readonly list: () => Promise<AccessReviewTarget[]>;
    readonly review: (target: AccessReviewTarget, now: Date) => Promise<string>;
  };
  /** Run jobs in this instance (not a `receiver`). Default true. */
  readonly work?: boolean;
  /** Keep the access-review schedule (a BullMQ job scheduler every `config.accessReviewIntervalMs`). Default false. */
  readonly scheduleAccessReviews?: boolean;
}

/** The queue shared by every instance through Redis. */
export interface RedisReviewQueue {
  /** Queues reviews; resolves once Redis holds them (the webhook is then answered). */
  enqueue(reviews: readonly ReviewJobData[]): Promise<void>;
  /**
   * Queues one access review per repository for the interval `now` falls in
   * (job id `access-review@<bucket>/<installation>/<owner>/<repo>`): however many
   * instances call it in one interval, each repository is reviewed once. Returns the
   * number of repositories listed.
   */
  enqueueAccessReviews(now: Date): Promise<number>;
  /** Jobs this instance is running. */
  readonly running: number;
  /** Stops taking jobs (running ones finish), then disconnects. */
  close(): Promise<void>;
}

/** BullMQ queue name (keys are `<prefix>:reviews:*`). */
const QUEUE_NAME = 'reviews';
/** The per-pull-request publishing lock's time to live; renewed while held. */
const LOCK_TTL_MS = 60_000;
/** Wait before a job that found its pull request locked tries again (plus up to as much jitter). */
const LOCKED_RETRY_MS = 250;

/** The key reviews of one pull request share: its deduplication id and its lock. */
export const pullRequestKey = (r: { owner: string; repo: string; number: number }): string => `${r.owner}/${r.repo}#${r.number}`;

/**
 * Creates the Redis queue (BullMQ) and, unless `work` is false, this instance's
 * worker. The guarantees, per pull request:
 *
 * - **one job at a time, the newest wins**: jobs are deduplicated by pull request
 *   (`deduplication.keepLastIfActive`): while one waits, further events join it (it
 *   reviews the head GitHub reports when it starts, so a newer head's event is never
 *   lost); while one runs, the latest event is kept and queued when it ends (so an
 *   approval or push during a review is reviewed after it). Duplicate deliveries of
 *   one webhook to several instances thus queue at most one more review, which
 *   finds and updates the check run and comment the first one made.
 * - **one publisher**: the review holds a Redis lock on the pull request
 *   (`<prefix>:lock:<owner>/<repo>#<n>`), so even a job BullMQ hands out twice (a
 *   stalled worker) cannot publish concurrently with another; a job that finds the
 *   lock taken is delayed, not failed.
 * - **retries**: `config.jobAttempts` runs with exponential back-off from
 *   `config.jobBackoffMs`; the last failed attempt ends the head's check run as
 *   errored (never a silent drop).
 */
export function createRedisReviewQueue(deps: RedisReviewQueueDeps): RedisReviewQueue {
  const { config, log } = deps;
  const instance = deps.instance ?? `tollgate-${Math.random().toString(36).slice(2, 8)}`;
  const prefix = config.queuePrefix;
  // Commands of the queue, the locks and the scheduler; the worker has its own (its blocking reads wait on it).
  const redis = new Redis(deps.redisUrl, { maxRetriesPerRequest: 3 });
  redis.on('error', (error) => log.warn({ instance, error: describeError(error) }, 'redis connection error'));
  const queue = new Queue<ReviewJobData | AccessReviewJobData | Record<string, never>, JobReport>(QUEUE_NAME, { connection: redis, prefix });
  queue.on('error', (error) => log.warn({ instance, error: describeError(error) }, 'queue error'));
  const retries = { attempts: config.jobAttempts, backoff: { type: 'exponential', delay: config.jobBackoffMs } } as const;
  let running = 0;

  const enqueueAccessReviews = async (now: Date): Promise<number> => {
    if (!deps.accessReviews) return 0;
    const interval = Math.max(1, config.accessReviewIntervalMs);
    const bucket = Math.floor(now.getTime() / interval);
    const targets = await deps.accessReviews.list();
    // Kept (not removed on completion) for two intervals: their ids deduplicate the bucket's runs.
    const keepSeconds = Math.ceil((2 * interval) / 1000);
    await queue.addBulk(
      targets.map((t) => ({
        name: 'access-review',
        data: { ...t, at: now.toISOString() },
        opts: {
          jobId: `access-review@${bucket}/${t.installationId}/${t.owner}/${t.name}`,
          ...retries,
          removeOnComplete: { age: keepSeconds },
          removeOnFail: { age: keepSeconds },
        },
      })),
    );
    return targets.length;
  };

  const runReview = async (job: Job<ReviewJobData, JobReport>, token: string | undefined): Promise<JobReport> => {
    const data = job.data;
    const key = pullRequestKey(data);
    const lock = await takeRedisLock(redis, `${prefix}:lock:${key}`, LOCK_TTL_MS);
    if (!lock) {
      // Another instance publishes for this pull request: try again shortly, without spending an attempt.
      await job.moveToDelayed(Date.now() + LOCKED_RETRY_MS + Math.floor(Math.random() * LOCKED_RETRY_MS), token);
      throw new DelayedError();
    }
    try {
      const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      let outcome: ReviewOutcome;
      try {
        outcome = await deps.review(data, { retried: !last });
      } catch (error) {
        log.warn({ instance, pr: key, attempt: job.attemptsMade + 1, last, error: describeError(error) }, 'queued review failed');
        if (last) await deps.failed(data, error);
        throw error;
      }
      log.info({ instance, pr: key, event: data.event, outcome: outcome.status, attempt: job.attemptsMade + 1 }, 'review finished');
      // The check run already says so (the last attempt completes it as errored); failing the job keeps it visible in Redis.
      if (outcome.status === 'errored') throw new Error(`review errored: ${outcome.error}`);
      return { instance, status: outcome.status };
    } finally {
      await lock.release();
    }
  };

  const workerRedis = deps.work === false ? undefined : new Redis(deps.redisUrl, { maxRetriesPerRequest: null });
  const worker = !workerRedis
    ? undefined
    : new Worker<ReviewJobData | AccessReviewJobData | Record<string, never>, JobReport>(
        QUEUE_NAME,
        async (job, token) => {
          running++;
          try {
            if (job.name === 'review') return await runReview(job as Job<ReviewJobData, JobReport>, token);
            if (job.name === 'access-review-tick') {
              const listed = await enqueueAccessReviews(new Date());
              return { instance, status: `queued ${listed}` };
            }
            if (job.name === 'access-review' && deps.accessReviews) {
              const { at, ...target } = job.data as AccessReviewJobData;
              return { instance, status: await deps.accessReviews.review(target, new Date(at)) };
            }
            throw new Error(`unknown job ${job.name}`);
          } catch (error) {
            if (error instanceof DelayedError) throw error;
            // BullMQ keeps a failed job's message and stack in Redis: only the sanitized description
            // goes there (Octokit errors carry response bodies, and a GraphQL response holds file text).
            // eslint-disable-next-line preserve-caught-error -- the cause is exactly what must not reach Redis
            throw new Error(describeError(error));
          } finally {
            running--;
          }
        },
        { connection: workerRedis, prefix, concurrency: config.queueConcurrency },
      );
  worker?.on('error', (error) => log.warn({ instance, error: describeError(error) }, 'queue worker error'));

  const scheduled =
    deps.scheduleAccessReviews && deps.accessReviews && worker && config.accessReviewIntervalMs > 0
      ? // One scheduler, whatever the number of instances: BullMQ keeps it by id in Redis.
        queue
          .upsertJobScheduler(
            'access-review',
            { every: config.accessReviewIntervalMs },
            { name: 'access-review-tick', data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
          )
          .catch((error: unknown) => log.error({ instance, error: describeError(error) }, 'access review schedule not set'))
      : undefined;

  return {
    async enqueue(reviews) {
      await Promise.all(
        reviews.map((r) =>
          queue.add('review', r, {
            deduplication: { id: pullRequestKey(r), keepLastIfActive: true },
            ...retries,
            removeOnComplete: { count: 1000 },
            removeOnFail: { count: 1000 },
          }),
        ),
      );
    },
    enqueueAccessReviews,
    get running() {
      return running;
    },
    async close() {
      await scheduled;
      await worker?.close();
      await queue.close();
      // Connections passed to BullMQ are shared: it leaves them open.
      await Promise.all([redis.quit().catch(() => undefined), workerRedis?.quit().catch(() => undefined)]);
    },
  };
}
