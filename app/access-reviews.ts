import type { Probot } from 'probot';
import { ACCESS_LOCK_PATH, checkGrants, parseAccessLock, requestedGrants } from '../shared/access/access-lock.js';
import {
  connectorOwners,
  decideAccessReviewIssue,
  findAccessReviewIssue,
  renderAccessReviewBody,
  type AccessReviewAction,
  type OpenIssue,
} from '../shared/access/access-review-issue.js';
import { resolvePolicy } from '../shared/policy/resolve-policy.js';
import { collectInventory } from '../shared/scopes/collect-inventory.js';
import { isScopeCandidate } from '../shared/scopes/is-scope-candidate.js';
import { ignoreMatcher } from '../shared/engine/stages/ignore-matcher.js';
import type { AppConfig } from './app-config.js';
import { describeError } from './describe-error.js';
import { githubChangeSource } from './github-change-source.js';
import { installationClients, type InstallationClients } from './installation-clients.js';
import type { Log, Octokit } from './octokit-type.js';
import { createWriter, type Writer } from './writer.js';

/** What {@link runAccessReviews} needs. */
export interface AccessReviewDeps {
  readonly app: Probot;
  readonly config: AppConfig;
  /** Default: the Probot instance's logger. */
  readonly log?: Log;
  /** Clients for an installation; default: Probot's, see `installation-clients.ts`. */
  readonly clients?: (app: Probot, installationId: number) => Promise<InstallationClients>;
}

/** What one run did, per repository (`owner/name`), for logs and tests. */
export interface AccessReviewSummary {
  readonly repositories: {
    readonly repo: string;
    readonly outcome: 'no-lock' | 'invalid-lock' | 'tree-truncated' | 'errored' | AccessReviewAction['action'];
  }[];
}

interface RepositoryRef {
  readonly owner: string;
  readonly name: string;
  readonly defaultBranch: string;
}

/** A repository the access review visits, with the installation that sees it. */
export interface AccessReviewTarget extends RepositoryRef {
  readonly installationId: number;
}

type Outcome = AccessReviewSummary['repositories'][number]['outcome'];

/**
 * Every repository of every installation the access review visits (not archived, not
 * disabled). An installation whose repositories cannot be listed is logged and left out.
 */
export async function listAccessReviewTargets(deps: AccessReviewDeps): Promise<AccessReviewTarget[]> {
  const log = deps.log ?? (deps.app.log as unknown as Log);
  const clients = deps.clients ?? installationClients;
  const appOctokit = (await deps.app.auth()) as unknown as Octokit;
  const installations = await appOctokit.paginate(appOctokit.rest.apps.listInstallations, { per_page: 100 });
  const targets: AccessReviewTarget[] = [];
  for (const installation of installations) {
    try {
      const { octokit } = await clients(deps.app, installation.id);
      const listed = await octokit.paginate(octokit.rest.apps.listReposAccessibleToInstallation, { per_page: 100 });
      for (const r of listed)
        if (!r.archived && !r.disabled)
          targets.push({ installationId: installation.id, owner: r.owner.login, name: r.name, defaultBranch: r.default_branch });
    } catch (error) {
      log.error({ installation: installation.id, error: describeError(error) }, 'access review: cannot list repositories');
    }
  }
  return targets;
}

/**
 * The access review of one repository (see {@link runAccessReviews}); its error is
 * logged (without file content) and returned as `errored`, unless `rethrow` (a queued
 * job, which BullMQ retries).
 */
export async function reviewAccessRepository(
  deps: AccessReviewDeps,
  target: AccessReviewTarget,
  now: Date,
  options: { client?: InstallationClients; rethrow?: boolean } = {},
): Promise<Outcome> {
  const log = deps.log ?? (deps.app.log as unknown as Log);
  const key = `${target.owner}/${target.name}`;
  try {
    const client = options.client ?? (await (deps.clients ?? installationClients)(deps.app, target.installationId));
    const outcome = await reviewRepository({ ...client, log, config: deps.config, writer: createWriter(log, deps.config.dryRun) }, target, now);
    log.info({ repo: key, outcome }, 'access review finished');
    return outcome;
  } catch (error) {
    log.error({ repo: key, error: describeError(error) }, 'access review failed');
    if (options.rethrow) throw error;
    return 'errored';
  }
}

/**
 * The scheduled access review (docs/access.md, "The App"): for every installation and
 * every repository it can see, on the default branch, the grants requested today
 * against `.github/tollgate-access.yml`, then one open "access review due" issue kept
 * in step — created or updated while any grant is review-due or unapproved, closed
 * when all are approved. A repository without a lock has not opted in and is left
 * alone. One repository's error is logged (without file content) and the run goes on.
 */
export async function runAccessReviews(deps: AccessReviewDeps, now: Date): Promise<AccessReviewSummary> {
  const repositories: AccessReviewSummary['repositories'][number][] = [];
  const clients = new Map<number, Promise<InstallationClients>>();
  for (const target of await listAccessReviewTargets(deps)) {
    let client = clients.get(target.installationId);
    if (!client) clients.set(target.installationId, (client = (deps.clients ?? installationClients)(deps.app, target.installationId)));
    const outcome = await reviewAccessRepository(deps, target, now, { client: await client });
    repositories.push({ repo: `${target.owner}/${target.name}`, outcome });
  }
  return { repositories };
}

async function reviewRepository(
  deps: InstallationClients & { readonly log: Log; readonly config: AppConfig; readonly writer: Writer },
  repo: RepositoryRef,
  now: Date,
): Promise<Outcome> {
  const { octokit, log, writer } = deps;
  const { owner, name } = repo;
  const { data: branch } = await octokit.rest.repos.getBranch({ owner, repo: name, branch: repo.defaultBranch });
  const sha = branch.commit.sha;
  // The change source's batched reads, at one commit: the policy, the lock and the scope-bearing files.
  const source = githubChangeSource(deps, { owner, repo: name, number: 0, headSha: sha, baseSha: sha });
  const [policies, [lockText]] = await Promise.all([source.readPolicies(), source.readTexts([{ revision: 'head', path: ACCESS_LOCK_PATH }])]);
  if (!lockText) return 'no-lock';
  if (!lockText.ok) {
    log.warn({ repo: `${owner}/${name}`, file: ACCESS_LOCK_PATH, reason: lockText.reason }, 'access review: the lock cannot be read');
    return 'invalid-lock';
  }
  const { lock, problems } = parseAccessLock(lockText.text);
  if (!lock) {
    const p = problems[0];
    log.warn(
      { repo: `${owner}/${name}`, file: ACCESS_LOCK_PATH, line: p?.line, key: p?.key, problem: p?.message },
      'access review: the lock is invalid',
    );
    return 'invalid-lock';
  }
  const policy = resolvePolicy(policies).policy;
  const isIgnored = ignoreMatcher(policy);
  const { data: tree } = await octokit.rest.git.getTree({ owner, repo: name, tree_sha: sha, recursive: 'true' });
  if (tree.truncated) {
    // Grants in files not listed would count as removed, and could close the issue wrongly.
    log.warn({ repo: `${owner}/${name}`, entries: tree.tree.length }, 'access review: the tree is too large for one listing; repository skipped');
    return 'tree-truncated';
  }
  const paths = tree.tree
    .filter((e) => e.type === 'blob' && typeof e.path === 'string' && isScopeCandidate(e.path) && !isIgnored(e.path))
    .map((e) => e.path as string)
    .sort();
  const texts = await source.readTexts(paths.map((path) => ({ revision: 'head' as const, path })));
  const files = new Map<string, string>();
  paths.forEach((path, i) => {
    const t = texts[i];
    if (t?.ok && t.bytes <= policy.limits.maxFileBytes) files.set(path, t.text);
  });
  const inventory = await collectInventory(files, [...files.keys()]);
  const reviewIntervalDays = policy.access.reviewIntervalDays;
  const statuses = checkGrants(requestedGrants(inventory.entries), lock, { now: now.toISOString(), reviewIntervalDays });
  const body = renderAccessReviewBody(statuses, { now: now.toISOString(), reviewIntervalDays, owners: connectorOwners(files) });

  const open = (await octokit.paginate(octokit.rest.issues.listForRepo, { owner, repo: name, state: 'open', per_page: 100 })) as OpenIssue[];
  const decision = decideAccessReviewIssue(body, findAccessReviewIssue(open));
  const where = { repo: `${owner}/${name}` };
  switch (decision.action) {
    case 'create':
      await writer.write('create the access review issue', { ...where, title: decision.title, body: decision.body }, () =>
        octokit.rest.issues.create({ owner, repo: name, title: decision.title, body: decision.body }),
      );
      break;
    case 'update':
      await writer.write('update the access review issue', { ...where, issue: decision.number, body: decision.body }, () =>
        octokit.rest.issues.update({ owner, repo: name, issue_number: decision.number, body: decision.body }),
      );
      break;
    case 'close':
      await writer.write('close the access review issue', { ...where, issue: decision.number }, () =>
        octokit.rest.issues.update({ owner, repo: name, issue_number: decision.number, state: 'closed', state_reason: 'completed' }),
      );
      break;
    case 'none':
      break;
  }
  return decision.action;
}

/**
 * Runs {@link runAccessReviews} every `intervalMs` (first one minute after start),
 * one run at a time, on timers that never keep the process alive. Returns a stop
 * function. `intervalMs` 0 schedules nothing.
 */
export function scheduleAccessReviews(deps: AccessReviewDeps, intervalMs: number, clock: () => Date = () => new Date()): () => void {
  if (intervalMs <= 0) return () => undefined;
  const log = deps.log ?? (deps.app.log as unknown as Log);
  let running = false;
  const tick = (): void => {
    if (running) return;
    running = true;
    runAccessReviews(deps, clock())
      .catch((error: unknown) => log.error({ error: describeError(error) }, 'access review run failed'))
      .finally(() => {
        running = false;
      });
  };
  const first = setTimeout(tick, Math.min(60_000, intervalMs));
  first.unref();
  const every = setInterval(tick, intervalMs);
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
