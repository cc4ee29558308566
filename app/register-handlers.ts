import type { Analyzer } from '../shared/analyzer/analyzer.js';
import type { Context, Probot } from 'probot';
import type { AppConfig } from './app-config.js';
import { describeError } from './describe-error.js';
import { checkEventTargets, pullRequestEventTarget, PULL_REQUEST_ACTIONS, type EventTarget } from './event-targets.js';
import { installationClients, type InstallationClients } from './installation-clients.js';
import type { Log, Octokit } from './octokit-type.js';
import { CHECK_NAME, RERUN_ACTION } from './publish-check-run.js';
import { healthRoute } from './health-route.js';
import { listAccessReviewTargets, reviewAccessRepository, scheduleAccessReviews } from './access-reviews.js';
import { createRedisReviewQueue, type RedisReviewQueue } from './redis-review-queue.js';
import { createReviewPool } from '../node/review-pool.js';
import { createReviewQueue } from './review-queue.js';
import { publishErroredCheck, reviewPullRequest, type ReviewDeps, type ReviewOutcome } from './review-pull-request.js';

/** What the handlers need besides the Probot instance. */
export interface HandlerOptions {
  readonly config: AppConfig;
  readonly toolVersion: string;
  /** Clients for an installation; default: Probot's, see `installation-clients.ts`. */
  readonly clients?: (app: Probot, installationId: number) => Promise<InstallationClients>;
  /**
   * The analyzers to run, in the HTTP thread (functions cannot be sent to a
   * worker); default every registered one, in the review worker.
   */
  readonly analyzers?: readonly Analyzer[];
  /** URL of a module exporting `analyzers`, run in the review worker instead of the registry (tests). */
  readonly analyzersModule?: string;
  /** Probot's `addHandler` (its server and `createNodeMiddleware`): where `GET /health` is added. */
  readonly addHandler?: (handler: ReturnType<typeof healthRoute>) => void;
  /**
   * Start the scheduled access review (every `config.accessReviewIntervalMs`, see
   * access-reviews.ts). The App's entry point sets it; tests call `runAccessReviews`.
   */
  readonly scheduleAccessReviews?: boolean;
  /** A name for this instance in the queue's logs and job reports (Redis mode). */
  readonly instance?: string;
}

/** What registering the handlers leaves running. */
export interface RegisteredHandlers {
  /** The Redis queue, when `config.redisUrl` is set. */
  readonly redisQueue?: RedisReviewQueue;
  /** Stops the queue's worker (running jobs finish) and disconnects; nothing to do without Redis. */
  close(): Promise<void>;
}

/**
 * Wires Tollgate's webhook handlers: `pull_request` (opened, synchronize, reopened,
 * ready_for_review, edited with a new base), `pull_request_review` (submitted,
 * dismissed), `check_run` (rerequested, requested_action "rerun") and `check_suite`
 * (rerequested). Each resolves the pull requests concerned and reviews them, one at
 * a time per pull request: in this process (an in-memory queue), or, with
 * `config.redisUrl`, in the Redis queue every instance takes reviews from (the
 * webhook is answered once the review is queued; see redis-review-queue.ts).
 */
export function registerHandlers(app: Probot, options: HandlerOptions): RegisteredHandlers {
  const queue = createReviewQueue();
  const clients = options.clients ?? installationClients;
  // The engine is CPU-bound: it runs on a worker thread so webhooks and /ping are answered meanwhile.
  const pool = options.analyzers ? undefined : createReviewPool(options.analyzersModule ? { analyzersModule: options.analyzersModule } : {});
  const reviewDeps = (octokit: ReviewDeps['octokit'], reads: ReviewDeps['reads'], log: Log, retried?: boolean): ReviewDeps => ({
    octokit,
    reads,
    log,
    config: options.config,
    toolVersion: options.toolVersion,
    ...(options.analyzers ? { analyzers: options.analyzers } : {}),
    ...(pool ? { analyze: pool.run } : {}),
    ...(retried ? { retried } : {}),
  });
  const accessDeps = { app, config: options.config, clients };
  const redisQueue = options.config.redisUrl ? createQueue(app, options, options.config.redisUrl, reviewDeps) : undefined;
  options.addHandler?.(healthRoute({ version: options.toolVersion, reviewsInProgress: () => (redisQueue ? redisQueue.running : queue.size) }));
  if (options.scheduleAccessReviews && !redisQueue) scheduleAccessReviews(accessDeps, options.config.accessReviewIntervalMs);

  const review = async (context: Context, targets: readonly EventTarget[]): Promise<void> => {
    const installationId = (context.payload as { installation?: { id?: number } }).installation?.id;
    if (installationId === undefined || targets.length === 0) return;
    const log = context.log as unknown as Log;
    if (redisQueue) {
      const event = `${context.name}.${(context.payload as { action?: string }).action ?? ''}`;
      await redisQueue.enqueue(
        targets.map((t) => ({
          installationId,
          owner: t.owner,
          repo: t.repo,
          number: t.number,
          ...(t.headSha ? { headSha: t.headSha } : {}),
          event,
          delivery: context.id,
        })),
      );
      log.info({ prs: targets.map((t) => `${t.owner}/${t.repo}#${t.number}`), event }, 'review queued');
      return;
    }
    let failure: string | undefined;
    for (const target of targets) {
      const key = `${target.owner}/${target.repo}#${target.number}`;
      let outcome: ReviewOutcome;
      try {
        outcome = await queue.run(key, async () => {
          const { octokit, reads } = await clients(app, installationId);
          return reviewPullRequest(reviewDeps(octokit, reads, log), target);
        });
      } catch (error) {
        // Only a sanitized description leaves here: Octokit errors carry response bodies.
        failure = describeError(error);
        log.error({ pr: key, error: failure }, 'review could not start');
        continue;
      }
      log.info({ pr: key, event: context.name, outcome: outcome.status }, 'review finished');
      if (outcome.status === 'errored') failure = outcome.error;
    }
    // Failing the delivery lets GitHub show it as failed (and an operator redeliver it).
    if (failure) throw new Error(`Tollgate review failed: ${failure}`);
  };

  app.on(
    PULL_REQUEST_ACTIONS.map((a) => `pull_request.${a}` as const),
    async (context) => review(context, pullRequestEventTarget(context.payload as Parameters<typeof pullRequestEventTarget>[0])),
  );
  app.on(['pull_request_review.submitted', 'pull_request_review.dismissed'], async (context) =>
    review(context, pullRequestEventTarget(context.payload as Parameters<typeof pullRequestEventTarget>[0])),
  );
  app.on(['check_run.rerequested', 'check_run.requested_action'], async (context) => {
    const run = context.payload.check_run;
    if (run.name !== CHECK_NAME) return;
    if (
      context.payload.action === 'requested_action' &&
      (context.payload as { requested_action?: { identifier?: string } }).requested_action?.identifier !== RERUN_ACTION
    )
      return;
    await review(context, await withForkLookup(context, checkEventTargets(context.payload, run), run.head_sha));
  });
  app.on('check_suite.rerequested', async (context) => {
    const suite = context.payload.check_suite;
    await review(context, await withForkLookup(context, checkEventTargets(context.payload, suite), suite.head_sha));
  });
  return { ...(redisQueue ? { redisQueue } : {}), close: async () => redisQueue?.close() };
}

/** The Redis queue, running reviews and access reviews with this instance's clients. */
function createQueue(
  app: Probot,
  options: HandlerOptions,
  redisUrl: string,
  reviewDeps: (octokit: ReviewDeps['octokit'], reads: ReviewDeps['reads'], log: Log, retried?: boolean) => ReviewDeps,
): RedisReviewQueue {
  const clients = options.clients ?? installationClients;
  const log = app.log as unknown as Log;
  const accessDeps = { app, config: options.config, clients };
  return createRedisReviewQueue({
    redisUrl,
    config: options.config,
    log,
    ...(options.instance ? { instance: options.instance } : {}),
    work: options.config.queueRole !== 'receiver',
    scheduleAccessReviews: options.scheduleAccessReviews === true,
    // No head: a queued job stands for every event of its pull request since it was queued, so it reviews the current head.
    review: async (job, { retried }) => {
      const { octokit, reads } = await clients(app, job.installationId);
      return reviewPullRequest(reviewDeps(octokit, reads, log, retried), { owner: job.owner, repo: job.repo, number: job.number });
    },
    failed: async (job, error) => {
      if (!job.headSha) {
        log.error(
          { pr: `${job.owner}/${job.repo}#${job.number}`, error: describeError(error) },
          'review could not run; no head commit to report it on',
        );
        return;
      }
      const { octokit } = await clients(app, job.installationId);
      await publishErroredCheck({ octokit, log, config: options.config }, { owner: job.owner, repo: job.repo, headSha: job.headSha }, error);
    },
    accessReviews: {
      list: () => listAccessReviewTargets(accessDeps),
      review: (target, now) => reviewAccessRepository(accessDeps, target, now, { rethrow: true }),
    },
  });
}

/** Pull requests from forks are not listed in check events: look them up by commit. */
async function withForkLookup(context: Context, targets: EventTarget[], headSha: string): Promise<EventTarget[]> {
  if (targets.length > 0) return targets;
  const { owner, repo } = context.repo();
  const octokit = context.octokit as unknown as Octokit;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: headSha, per_page: 100 });
  return data.filter((p) => p.state === 'open' && p.head.sha === headSha).map((p) => ({ owner, repo, number: p.number, headSha }));
}
