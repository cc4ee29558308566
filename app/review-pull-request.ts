import type { Analyzer } from '../shared/analyzer/analyzer.js';
import { ANALYZERS } from '../shared/analyzer/registry.js';
import type { ReviewResult } from '../shared/engine/run-review.js';
import { planAnnotations } from '../shared/github/check-run-annotations.js';
import { checkConclusion, checkRunOutput, type CheckConclusion } from '../shared/github/check-run-output.js';
import { governanceFromResult } from '../shared/github/pull-request-governance.js';
import { renderReport } from '../shared/report/index.js';
import { reportContributions } from '../shared/report/report-contributions.js';
import type { AppConfig } from './app-config.js';
import { appSections } from './app-sections.js';
import { describeError, describeRequest } from './describe-error.js';
import { reviewChange } from '../shared/review/review-change.js';
import { githubChangeSource } from './github-change-source.js';
import type { Log, Octokit } from './octokit-type.js';
import { completeCheckRun, startCheckRun, type CheckRunHandle } from './publish-check-run.js';
import { publishGovernance } from './publish-governance.js';
import { publishStickyComment } from './publish-sticky-comment.js';
import type { WorkerReviewRequest } from '../node/review-pool.js';
import { createWriter, type Writer } from './writer.js';

/** What a review needs: clients, logger, settings. */
export interface ReviewDeps {
  readonly octokit: Octokit;
  readonly reads: Octokit;
  readonly log: Log;
  readonly config: AppConfig;
  readonly toolVersion: string;
  /** The analyzers to run. Default: every registered one (`ANALYZERS`), as the CLI runs. */
  readonly analyzers?: readonly Analyzer[];
  /**
   * Runs the engine with the registry's analyzers somewhere else (the App's review
   * worker, see `review-pool.ts`). Default: `runReview` in this thread with `analyzers`.
   */
  readonly analyze?: (request: WorkerReviewRequest) => Promise<ReviewResult>;
  /**
   * True when the caller runs the review again after a failure (a queued review with
   * attempts left, see `redis-review-queue.ts`): the failure is thrown and the check
   * run stays in progress for the next attempt. Default false: the failure ends the
   * check as errored, with a Re-run button.
   */
  readonly retried?: boolean;
}

/** The pull request and the head commit an event is about. */
export interface ReviewTrigger {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  /** The head commit the event saw; a review of an older head is not started. */
  readonly headSha?: string;
}

/** How a review ended. */
export type ReviewOutcome =
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'superseded'; readonly headSha: string; readonly newHeadSha: string }
  | { readonly status: 'published'; readonly headSha: string; readonly conclusion: CheckConclusion; readonly comment: string }
  | { readonly status: 'errored'; readonly headSha: string; readonly error: string };

interface PullState {
  state: string;
  headSha: string;
  baseSha: string;
  author: string | undefined;
  changedFiles: number;
  labels: string[];
  requestedUsers: string[];
  requestedTeams: string[];
}

async function getPull(octokit: Octokit, t: ReviewTrigger): Promise<PullState> {
  const { data } = await octokit.rest.pulls.get({ owner: t.owner, repo: t.repo, pull_number: t.number });
  return {
    state: data.state,
    headSha: data.head.sha,
    baseSha: data.base.sha,
    author: data.user?.login,
    changedFiles: data.changed_files,
    labels: (data.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((l) => l !== ''),
    requestedUsers: (data.requested_reviewers ?? []).map((u) => u.login),
    requestedTeams: (data.requested_teams ?? []).map((t) => t.slug),
  };
}

/**
 * Reviews one pull request end to end, in the order that makes the check complete
 * first and fast: the check run goes `in_progress`; the change is loaded in batches
 * and analyzed by the same engine and renderer as `tollgate review`; if the head
 * moved meanwhile the result is discarded (the check says it was superseded);
 * otherwise the check completes (annotations, conclusion), then the sticky comment
 * is created or updated, then labels and review requests. A failure before the
 * check completes ends it as an errored check with a Re-run button; the comment is
 * never touched by a failed run.
 */
export async function reviewPullRequest(deps: ReviewDeps, trigger: ReviewTrigger): Promise<ReviewOutcome> {
  const { octokit, reads, log, config } = deps;
  const writer = createWriter(log, config.dryRun);
  const pull = await getPull(octokit, trigger);
  if (pull.state !== 'open') return { status: 'skipped', reason: `pull request is ${pull.state}` };
  if (trigger.headSha && trigger.headSha !== pull.headSha) {
    log.info(
      { pr: trigger.number, eventHead: trigger.headSha, head: pull.headSha },
      'event is about an older head commit; the newer one is reviewed by its own event',
    );
    return { status: 'superseded', headSha: trigger.headSha, newHeadSha: pull.headSha };
  }
  const headSha = pull.headSha;
  const repoTarget = { owner: trigger.owner, repo: trigger.repo };
  const check = await startCheckRun(octokit, writer, { ...repoTarget, headSha, ...(config.appId !== undefined ? { appId: config.appId } : {}) });
  let checkDone = false;
  try {
    const source = githubChangeSource(
      { octokit, reads, log, config },
      {
        ...repoTarget,
        number: trigger.number,
        headSha,
        baseSha: pull.baseSha,
        changedFiles: pull.changedFiles,
        labels: pull.labels,
        ...(pull.author ? { author: pull.author } : {}),
      },
    );
    // The one review pipeline `tollgate review` runs too; the engine itself runs in the worker when one is given.
    const change = await reviewChange(source, {
      analyzers: deps.analyzers ?? ANALYZERS,
      ...(deps.analyze ? { analyze: deps.analyze } : {}),
      owner: trigger.owner,
      // The App publishes check runs and a comment, never SARIF: no line hashes.
      lineHashes: false,
    });
    const { result } = change;
    const reviews = change.reviews ?? [];
    const contributions = reportContributions(result);
    const extraSections = [...contributions.extraSections, ...appSections(change, change.changes.size)];
    const comment = renderReport('markdown', result, {
      extensions: contributions.extensions,
      extraSections,
      toolVersion: deps.toolVersion,
      policySources: [...change.policy.sources],
      headSha,
    });
    const governance = governanceFromResult({ result, ...(pull.author ? { author: pull.author } : {}) });
    const conclusion = checkConclusion(result, governance, config.failOn);
    const plan = planAnnotations(result.findings, { max: config.maxAnnotations, annotatable: (p) => change.changes.has(p) && change.head.has(p) });
    const notes: string[] = [];
    if (plan.omitted > 0)
      notes.push(`${plan.omitted} more finding(s) are not annotated: the check annotates at most ${config.maxAnnotations}. They are listed below.`);
    if (change.wholeFiles.length > 0) notes.push(`${change.wholeFiles.length} file(s) reviewed whole: GitHub did not include their diff.`);
    const output = checkRunOutput(result, { headSha, toolVersion: deps.toolVersion, extraSections, notes });

    // A result for an older head is never published over a newer one.
    const moved = await headMoved(octokit, trigger, headSha);
    if (moved) {
      await supersede(octokit, writer, repoTarget, check, moved);
      checkDone = true;
      return { status: 'superseded', headSha, newHeadSha: moved };
    }
    await completeCheckRun(octokit, writer, repoTarget, check, { conclusion, output, batches: plan.batches });
    checkDone = true;
    log.info({ pr: trigger.number, headSha, conclusion, findings: result.findings.length }, 'check run completed');

    const movedAgain = await headMoved(octokit, trigger, headSha);
    if (movedAgain) return { status: 'superseded', headSha, newHeadSha: movedAgain };
    const commentAction = await publishStickyComment(octokit, writer, { ...repoTarget, number: trigger.number }, comment);
    await publishGovernance(
      octokit,
      writer,
      {
        ...repoTarget,
        number: trigger.number,
        labels: pull.labels,
        requestedUsers: pull.requestedUsers,
        requestedTeams: pull.requestedTeams,
        reviewedBy: reviews.map((r) => r.user),
      },
      governance,
    );
    return { status: 'published', headSha, conclusion, comment: commentAction };
  } catch (error) {
    const description = describeError(error);
    const request = describeRequest(error);
    log.error(
      { pr: trigger.number, headSha, error: description, ...(request ? { request } : {}), ...(deps.retried ? { retried: true } : {}) },
      'review failed',
    );
    if (deps.retried) throw error;
    if (!checkDone) await failCheck(octokit, writer, repoTarget, check, description, request, log);
    return { status: 'errored', headSha, error: description };
  }
}

async function headMoved(octokit: Octokit, trigger: ReviewTrigger, headSha: string): Promise<string | undefined> {
  const now = await getPull(octokit, trigger);
  return now.headSha !== headSha ? now.headSha : undefined;
}

async function supersede(
  octokit: Octokit,
  writer: Writer,
  target: { owner: string; repo: string },
  check: CheckRunHandle,
  newHead: string,
): Promise<void> {
  if (check.existing?.status === 'completed') return;
  await completeCheckRun(octokit, writer, target, check, {
    conclusion: 'cancelled',
    output: {
      title: 'Superseded by a newer commit',
      summary: `The pull request moved to \`${newHead.slice(0, 7)}\` while this commit was being reviewed; see the check run on the newer commit.`,
    },
    batches: [],
  });
}

/**
 * Ends the head commit's check run (found or created) as errored, with a Re-run
 * button: for a queued review whose last attempt failed before it had a check run
 * (the pull request or the check run could not be read), so that a review that
 * could not run is never a silent drop.
 */
export async function publishErroredCheck(
  deps: Pick<ReviewDeps, 'octokit' | 'log' | 'config'>,
  target: { owner: string; repo: string; headSha: string },
  error: unknown,
): Promise<void> {
  const { octokit, log, config } = deps;
  const writer = createWriter(log, config.dryRun);
  try {
    const check = await startCheckRun(octokit, writer, { ...target, ...(config.appId !== undefined ? { appId: config.appId } : {}) });
    await failCheck(octokit, writer, { owner: target.owner, repo: target.repo }, check, describeError(error), describeRequest(error), log);
  } catch (failure) {
    log.error({ headSha: target.headSha, error: describeError(failure) }, 'could not publish the errored check run');
  }
}

async function failCheck(
  octokit: Octokit,
  writer: Writer,
  target: { owner: string; repo: string },
  check: CheckRunHandle,
  description: string,
  request: string | undefined,
  log: Log,
): Promise<void> {
  try {
    await completeCheckRun(
      octokit,
      writer,
      target,
      { id: check.id },
      {
        conclusion: 'failure',
        output: {
          title: 'Tollgate could not finish the review',
          summary: [
            '### ⚠️ Tollgate could not finish the review',
            '',
            `GitHub's API failed${request ? ` on \`${request}\`` : ''} after retries: \`${description.replace(/`/g, "'")}\`.`,
            '',
            "Nothing was published for this commit. Use **Re-run** above to try again; if it keeps failing, check GitHub's status page and the App's logs.",
          ].join('\n'),
        },
        batches: [],
        actions: true,
      },
    );
  } catch (error) {
    log.error({ error: describeError(error) }, 'could not mark the check run as errored');
  }
}
