import type { CheckAnnotation } from '../shared/github/check-run-annotations.js';
import type { CheckConclusion, CheckOutput } from '../shared/github/check-run-output.js';
import type { Octokit } from './octokit-type.js';
import type { Writer } from './writer.js';

/** The name of Tollgate's one check run per head commit. */
export const CHECK_NAME = 'tollgate';

/** Identifier of the check run's "Re-run" button (a `check_run.requested_action`). */
export const RERUN_ACTION = 'rerun';

/** The check run a review publishes to. */
export interface CheckRunHandle {
  /** Undefined in dry-run mode when the check did not exist. */
  readonly id: number | undefined;
  /** State of a check that already existed for the commit (a redelivery or a re-run). */
  readonly existing?: {
    readonly status: string;
    readonly conclusion: string | null;
    readonly summary: string | null;
    readonly annotationsCount: number;
  };
}

interface Target {
  readonly owner: string;
  readonly repo: string;
  readonly headSha: string;
  /** This App's id, to ignore another app's check named `tollgate`. */
  readonly appId?: number;
}

/** Attempts at creating the check run, each preceded (after the first) by a search for it. */
const CREATE_ATTEMPTS = 3;

async function findCheckRun(octokit: Octokit, target: Target): Promise<CheckRunHandle | undefined> {
  const { data } = await octokit.rest.checks.listForRef({
    owner: target.owner,
    repo: target.repo,
    ref: target.headSha,
    check_name: CHECK_NAME,
    filter: 'all',
    per_page: 100,
  });
  const mine = data.check_runs
    .filter((r) => r.head_sha === target.headSha && (target.appId === undefined || r.app?.id === undefined || r.app.id === target.appId))
    .sort((a, b) => a.id - b.id)[0];
  if (!mine) return undefined;
  return {
    id: mine.id,
    existing: {
      status: mine.status,
      conclusion: mine.conclusion,
      summary: mine.output?.summary ?? null,
      annotationsCount: mine.output?.annotations_count ?? 0,
    },
  };
}

/**
 * Finds the commit's `tollgate` check run or creates it `in_progress`. Webhooks are
 * redelivered, so an existing run is reused, never duplicated. The create request is
 * not retried blindly (a 502 may hide a run GitHub did create): on failure the runs
 * are listed again and a run found there is used.
 */
export async function startCheckRun(octokit: Octokit, writer: Writer, target: Target): Promise<CheckRunHandle> {
  const found = await findCheckRun(octokit, target);
  if (found) return found;
  const create = (): Promise<{ data: { id: number } }> =>
    octokit.rest.checks.create({
      owner: target.owner,
      repo: target.repo,
      name: CHECK_NAME,
      head_sha: target.headSha,
      status: 'in_progress',
      request: { retries: 0 },
    });
  // A create GitHub may have applied before failing is looked for before it is sent again.
  for (let attempt = 1; ; attempt++) {
    try {
      const created = await writer.write('create check run', { headSha: target.headSha, status: 'in_progress' }, create);
      return { id: created?.data.id };
    } catch (error) {
      const after = await findCheckRun(octokit, target);
      if (after) return after;
      if (attempt >= CREATE_ATTEMPTS) throw error;
    }
  }
}

/**
 * Completes the check run: annotation batches (at most 50 per request) go out as
 * updates, the last one with the conclusion, so the check completes in
 * `max(1, batches)` writes. A redelivery that computed the same result for a check
 * already completed changes nothing; annotations are only sent to a run that has
 * none yet (GitHub appends them, it never replaces them).
 */
export async function completeCheckRun(
  octokit: Octokit,
  writer: Writer,
  target: { owner: string; repo: string },
  check: CheckRunHandle,
  outcome: { conclusion: CheckConclusion; output: CheckOutput; batches: readonly (readonly CheckAnnotation[])[]; actions?: boolean },
): Promise<'updated' | 'unchanged'> {
  const existing = check.existing;
  if (existing?.status === 'completed' && existing.conclusion === outcome.conclusion && existing.summary === outcome.output.summary)
    return 'unchanged';
  const batches = existing && existing.annotationsCount > 0 ? [] : outcome.batches;
  const last = batches.length === 0 ? [] : (batches[batches.length - 1] as readonly CheckAnnotation[]);
  for (const batch of batches.slice(0, -1)) {
    await writer.write('add annotations', { checkRunId: check.id, count: batch.length, annotations: batch }, () =>
      octokit.rest.checks.update({ ...target, check_run_id: check.id as number, output: { ...outcome.output, annotations: [...batch] } }),
    );
  }
  await writer.write(
    'complete check run',
    { checkRunId: check.id, conclusion: outcome.conclusion, title: outcome.output.title, summary: outcome.output.summary, annotations: last },
    () =>
      octokit.rest.checks.update({
        ...target,
        check_run_id: check.id as number,
        status: 'completed',
        conclusion: outcome.conclusion,
        completed_at: new Date().toISOString(),
        output: { ...outcome.output, ...(last.length > 0 ? { annotations: [...last] } : {}) },
        ...(outcome.actions ? { actions: [{ label: 'Re-run', description: 'Run Tollgate again on this commit', identifier: RERUN_ACTION }] } : {}),
      }),
  );
  return 'updated';
}
