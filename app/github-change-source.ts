import type { BlobRequest } from '../shared/github/blob-query.js';
import { changeSetFromPullFiles } from '../shared/github/change-set-from-pull-files.js';
import { TIER_LABEL_PREFIX } from '../shared/github/pull-request-governance.js';
import { POLICY_PATHS } from '../shared/policy/policy-path.js';
import type { PolicySource } from '../shared/policy/resolve-policy.js';
import type { ChangeSource, Revision, SourceChange, SourceText } from '../shared/review/change-source.js';
import type { AppConfig } from './app-config.js';
import { listPullRequestFiles } from './list-pull-request-files.js';
import { listReviews, loadTeamMembers } from './load-approvals.js';
import { loadBlobs } from './load-blobs.js';
import type { Log, Octokit } from './octokit-type.js';

/** The pull request a review is about, as the App read it at the start of the review. */
export interface PullRequestTarget {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  /** The pull request's `changed_files`, to tell when GitHub lists fewer. */
  readonly changedFiles?: number;
  readonly author?: string;
  readonly labels?: readonly string[];
}

/** What the GitHub change source needs: REST and GraphQL clients, a logger, the App's settings. */
export interface GitHubChangeSourceOptions {
  readonly octokit: Octokit;
  /** Makes the GraphQL blob queries (see `installation-clients.ts`). */
  readonly reads: Octokit;
  readonly log: Log;
  readonly config: AppConfig;
}

/** Largest file read at all; the policy's `limits.maxFileBytes` applies below it. */
const HARD_MAX_BYTES = 16 * 1024 * 1024;

/**
 * The {@link ChangeSource} of the App, over GitHub's API in a small, fixed number of
 * requests: the pull request's files (paginated) and its merge base, the trees for
 * context files, and every text — policies (base commit, then the organisation's
 * `.github` repository), changed files at head and merge base, context files, the
 * baseline — in batched GraphQL queries. Reads asked for in the same turn of the
 * event loop (the pipeline asks for policies and texts together) share one batch.
 */
export function githubChangeSource(options: GitHubChangeSourceOptions, pr: PullRequestTarget): ChangeSource {
  const { octokit, reads, log, config } = options;
  const { owner, repo } = pr;
  let change: Promise<SourceChange> | undefined;
  const readChange = (): Promise<SourceChange> =>
    (change ??= (async () => {
      const [listed, mergeBase] = await Promise.all([
        listPullRequestFiles(
          octokit,
          { owner, repo, pull_number: pr.number, ...(pr.changedFiles !== undefined ? { changedFiles: pr.changedFiles } : {}) },
          config.maxFiles,
        ),
        findMergeBase(octokit, pr),
      ]);
      const { changes, patchMissing } = changeSetFromPullFiles(listed.files);
      return {
        headSha: pr.headSha,
        baseSha: pr.baseSha,
        mergeBase,
        changes,
        // GitHub left their patch out (too large to show): reviewed whole.
        linesUnknown: patchMissing,
        ...(listed.incomplete && pr.changedFiles !== undefined ? { notListed: { listed: listed.files.length, total: pr.changedFiles } } : {}),
      };
    })());
  const shaOf = async (revision: Revision): Promise<string> =>
    revision === 'head' ? pr.headSha : revision === 'base' ? pr.baseSha : (await readChange()).mergeBase;
  const batch = blobBatcher(reads, config.blobsPerQuery);
  const inRepo = (sha: string, path: string): BlobRequest => ({ owner, repo, expression: `${sha}:${path}` });

  return {
    readChange,
    readTexts: async (requests) => {
      const shas = {
        head: pr.headSha,
        base: pr.baseSha,
        'merge-base': requests.some((r) => r.revision === 'merge-base') ? await shaOf('merge-base') : '',
      };
      return batch(requests.map((r) => inRepo(shas[r.revision], r.path)));
    },
    listTree: async (revision, wanted) => {
      const { data } = await octokit.rest.git.getTree({ owner, repo, tree_sha: await shaOf(revision), recursive: 'true' });
      return data.tree.filter((e) => e.type === 'blob' && typeof e.path === 'string' && wanted(e.path)).map((e) => e.path as string);
    },
    readPolicies: async () => {
      const texts = await batch([
        ...POLICY_PATHS.map((path) => inRepo(pr.baseSha, path)),
        ...POLICY_PATHS.map((path) => ({ owner, repo: config.orgConfigRepo, expression: `HEAD:${path}` })),
      ]);
      const first = (from: number, file: (path: string) => string): PolicySource | undefined => {
        const i = POLICY_PATHS.findIndex((_, k) => texts[from + k]?.ok);
        const text = texts[from + i];
        return text?.ok ? { file: file(POLICY_PATHS[i] as string), text: text.text } : undefined;
      };
      const repository = first(0, (p) => p);
      const org = first(POLICY_PATHS.length, (p) => `${owner}/${config.orgConfigRepo}:${p}`);
      return { ...(org ? { org } : {}), ...(repository ? { repository } : {}) };
    },
    readReviewContext: async () => ({
      reviews: await listReviews(octokit, { owner, repo, number: pr.number }),
      // Tollgate's own tier labels are its output, never an input to the next decision.
      ...(pr.labels ? { labels: pr.labels.filter((l) => !l.toLowerCase().startsWith(TIER_LABEL_PREFIX)) } : {}),
      ...(pr.author ? { author: pr.author } : {}),
    }),
    readTeamMembers: (teams) => loadTeamMembers(octokit, log, teams),
  };
}

/**
 * Collects blob reads asked for in one turn of the event loop into one `loadBlobs`
 * call (GraphQL queries of `blobsPerQuery` aliases each), so separate reads of the
 * pipeline cost no extra request.
 */
function blobBatcher(reads: Octokit, blobsPerQuery: number): (requests: readonly BlobRequest[]) => Promise<(SourceText | undefined)[]> {
  let pending: { requests: readonly BlobRequest[]; resolve: (texts: (SourceText | undefined)[]) => void; reject: (error: unknown) => void }[] = [];
  const flush = async (): Promise<void> => {
    const jobs = pending;
    pending = [];
    try {
      const texts = await loadBlobs(
        reads,
        jobs.flatMap((j) => j.requests),
        { blobsPerQuery, maxBytes: HARD_MAX_BYTES },
      );
      let at = 0;
      for (const job of jobs) job.resolve(texts.slice(at, (at += job.requests.length)));
    } catch (error) {
      for (const job of jobs) job.reject(error);
    }
  };
  return (requests) =>
    new Promise((resolve, reject) => {
      // setImmediate runs after every promise continuation of this turn: reads that
      // awaited something already settled (the merge base) still join the batch.
      if (pending.length === 0) setImmediate(() => void flush());
      pending.push({ requests, resolve, reject });
    });
}

/** The merge base of the pull request (what its diff is against); the base commit if GitHub cannot say. */
async function findMergeBase(octokit: Octokit, pr: PullRequestTarget): Promise<string> {
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({
      owner: pr.owner,
      repo: pr.repo,
      basehead: `${pr.baseSha}...${pr.headSha}`,
      per_page: 1,
    });
    return data.merge_base_commit?.sha ?? pr.baseSha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return pr.baseSha;
    throw error;
  }
}
