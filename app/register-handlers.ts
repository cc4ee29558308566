import type { Analyzer } from '../shared/analyzer/analyzer.js';
import type { Context, Probot } from 'probot';
import type { AppConfig } from './app-config.js';
import { describeError } from './describe-error.js';
import { checkEventTargets, pullRequestEventTarget, PULL_REQUEST_ACTIONS, type EventTarget } from './event-targets.js';
import { installationClients, type InstallationClients } from './installation-clients.js';
import type { Log, Octokit } from './octokit-type.js';
import { CHECK_NAME, RERUN_ACTION } from './publish-check-run.js';
import { healthRoute } from './health-route.js';
import { scheduleAccessReviews } from './access-reviews.js';
import { createReviewPool } from '../node/review-pool.js';
import { createReviewQueue } from './review-queue.js';
import { reviewPullRequest, type ReviewOutcome } from './review-pull-request.js';

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
}

/**
 * Wires Tollgate's webhook handlers: `pull_request` (opened, synchronize, reopened,
 * ready_for_review, edited with a new base), `pull_request_review` (submitted,
 * dismissed), `check_run` (rerequested, requested_action "rerun") and `check_suite`
 * (rerequested). Each resolves the pull requests concerned and reviews them, one at
 * a time per pull request.
 */
export function registerHandlers(app: Probot, options: HandlerOptions): void {
  const queue = createReviewQueue();
  const clients = options.clients ?? installationClients;
  options.addHandler?.(healthRoute({ version: options.toolVersion, reviewsInProgress: () => queue.size }));
  // The engine is CPU-bound: it runs on a worker thread so webhooks and /ping are answered meanwhile.
  const pool = options.analyzers ? undefined : createReviewPool(options.analyzersModule ? { analyzersModule: options.analyzersModule } : {});
  if (options.scheduleAccessReviews) scheduleAccessReviews({ app, config: options.config, clients }, options.config.accessReviewIntervalMs);

  const review = async (context: Context, targets: readonly EventTarget[]): Promise<void> => {
    const installationId = (context.payload as { installation?: { id?: number } }).installation?.id;
    if (installationId === undefined || targets.length === 0) return;
    const log = context.log as unknown as Log;
    let failure: string | undefined;
    for (const target of targets) {
      const key = `${target.owner}/${target.repo}#${target.number}`;
      let outcome: ReviewOutcome;
      try {
        outcome = await queue.run(key, async () => {
          const { octokit, reads } = await clients(app, installationId);
          return reviewPullRequest(
            {
              octokit,
              reads,
              log,
              config: options.config,
              toolVersion: options.toolVersion,
              ...(options.analyzers ? { analyzers: options.analyzers } : {}),
              ...(pool ? { analyze: pool.run } : {}),
            },
            target,
          );
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
}

/** Pull requests from forks are not listed in check events: look them up by commit. */
async function withForkLookup(context: Context, targets: EventTarget[], headSha: string): Promise<EventTarget[]> {
  if (targets.length > 0) return targets;
  const { owner, repo } = context.repo();
  const octokit = context.octokit as unknown as Octokit;
  const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({ owner, repo, commit_sha: headSha, per_page: 100 });
  return data.filter((p) => p.state === 'open' && p.head.sha === headSha).map((p) => ({ owner, repo, number: p.number, headSha }));
}
