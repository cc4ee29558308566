import picomatch from 'picomatch';
import { baselineFromText, type LoadedBaseline } from '../shared/suppressions/baseline-from-text.js';
import { POLICY_PATH } from '../shared/policy/policy-path.js';
import { ANALYZERS, contextFileGlobs } from '../shared/analyzer/registry.js';
import type { FileChange } from '../shared/diff/parse-unified-diff.js';
import { decodeForAnalysis } from '../shared/files/decode-for-analysis.js';
import type { SkippedFile } from '../shared/files/file-set.js';
import type { BlobRequest } from '../shared/github/blob-query.js';
import { changeSetFromPullFiles, wholeFileChange } from '../shared/github/change-set-from-pull-files.js';
import { policySchema } from '../shared/policy/policy-schema.js';
import { resolvePolicy, type PolicySource, type ResolvedPolicy } from '../shared/policy/resolve-policy.js';
import type { AppConfig } from './app-config.js';
import { listPullRequestFiles } from './list-pull-request-files.js';
import { loadBlobs, type LoadedText } from './load-blobs.js';
import type { Octokit } from './octokit-type.js';

/** The pull request a review is about. */
export interface PullRequestTarget {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly headSha: string;
  readonly baseSha: string;
  /** The pull request's `changed_files`, to tell when GitHub lists fewer. */
  readonly changedFiles?: number;
}

/** Everything `runReview` needs for a pull request, and what the report must add. */
export interface LoadedChange {
  readonly head: Map<string, string>;
  readonly base: Map<string, string>;
  readonly changes: Map<string, FileChange>;
  readonly skipped: SkippedFile[];
  readonly policy: ResolvedPolicy;
  readonly baseline: LoadedBaseline;
  /** Files reviewed whole because GitHub left their patch out. */
  readonly wholeFiles: readonly string[];
  /** Every changed path, deleted and renamed-from paths included (for the risk facts). */
  readonly changedPaths: readonly string[];
  /** True when the pull request has more files than GitHub lists (3,000). */
  readonly incomplete: boolean;
  readonly mergeBase: string;
}

/** Largest file read at all; the policy's `limits.maxFileBytes` applies below it. */
const HARD_MAX_BYTES = 16 * 1024 * 1024;

/**
 * Loads a pull request the way `tollgate review` loads a git change: the files GitHub
 * lists (paginated), their text at the head and at the merge base, the policy from
 * the **base** commit with the organisation's defaults under it, the baseline at the
 * head, and the context files analyzers ask for, in a few batched GraphQL queries.
 * `octokit` makes REST calls; `reads` makes the GraphQL queries (see
 * `create-reads-client.ts`).
 */
export async function loadChange(octokit: Octokit, reads: Octokit, pr: PullRequestTarget, config: AppConfig): Promise<LoadedChange> {
  const { owner, repo } = pr;
  // Context files (whole files analyzers declare) are listed from the trees while the
  // pull request's files are listed, so that they join the one batch of blob reads.
  const globs = contextFileGlobs(ANALYZERS);
  const isContext = globs.length > 0 ? picomatch(globs, { dot: true }) : undefined;
  const headTree = isContext ? listTree(octokit, pr, pr.headSha, isContext) : Promise.resolve([]);
  const [listed, mergeBase] = await Promise.all([
    listPullRequestFiles(octokit, { owner, repo, pull_number: pr.number, ...(pr.changedFiles !== undefined ? { changedFiles: pr.changedFiles } : {}) }, config.maxFiles),
    findMergeBase(octokit, pr),
  ]);
  const [headContext, baseContext] = await Promise.all([headTree, isContext ? listTree(octokit, pr, mergeBase, isContext) : Promise.resolve([])]);
  const { changes, patchMissing } = changeSetFromPullFiles(listed.files);
  const live = changes.filter((c) => c.status !== 'deleted');
  const defaultBaseline = policySchema.parse({}).suppressions.baseline;
  const livePaths = new Set(live.map((c) => c.path));
  const baseCandidates = live.filter((c) => c.status !== 'added');
  const basePaths = new Set(baseCandidates.map((c) => c.path));
  const headExtra = headContext.filter((p) => !livePaths.has(p));
  const baseExtra = baseContext.filter((p) => !basePaths.has(p));

  // One batch: policy, organisation defaults, default baseline, every file at head and base, context files.
  const inRepo = (expression: string): BlobRequest => ({ owner, repo, expression });
  const requests: BlobRequest[] = [
    inRepo(`${pr.baseSha}:${POLICY_PATH}`),
    { owner, repo: config.orgConfigRepo, expression: `HEAD:${POLICY_PATH}` },
    inRepo(`${pr.headSha}:${defaultBaseline}`),
    ...live.map((c) => inRepo(`${pr.headSha}:${c.path}`)),
    ...baseCandidates.map((c) => inRepo(`${mergeBase}:${c.oldPath ?? c.path}`)),
    ...headExtra.map((p) => inRepo(`${pr.headSha}:${p}`)),
    ...baseExtra.map((p) => inRepo(`${mergeBase}:${p}`)),
  ];
  const loaded = await loadBlobs(reads, requests, { blobsPerQuery: config.blobsPerQuery, maxBytes: HARD_MAX_BYTES });
  const [repoPolicy, orgPolicy, defaultBaselineText] = loaded;
  let at = 3;
  const take = (n: number): (LoadedText | undefined)[] => loaded.slice(at, (at += n));
  const headTexts = take(live.length);
  const baseTexts = take(baseCandidates.length);
  const headExtraTexts = take(headExtra.length);
  const baseExtraTexts = take(baseExtra.length);

  const policy = resolvePolicy({
    ...(orgPolicy?.ok ? { org: { file: `${owner}/${config.orgConfigRepo}:${POLICY_PATH}`, text: orgPolicy.text } satisfies PolicySource } : {}),
    ...(repoPolicy?.ok ? { repository: { file: POLICY_PATH, text: repoPolicy.text } } : {}),
  });
  const maxBytes = policy.policy.limits.maxFileBytes;
  const tooLarge = (t: LoadedText | undefined): boolean => t?.ok === true && t.bytes > maxBytes;

  const head = new Map<string, string>();
  const skipped: SkippedFile[] = [];
  const byPath = new Map<string, FileChange>(live.map((c) => [c.path, c]));
  const missing = new Set(patchMissing);
  const wholeFiles: string[] = [];
  live.forEach((change, i) => {
    const t = headTexts[i];
    if (!t) return skipped.push({ path: change.path, reason: 'unreadable', detail: 'not a file at the head commit (a submodule or symbolic link?)' });
    if (!t.ok) {
      if (t.reason === 'binary') byPath.set(change.path, { ...change, binary: true });
      return skipped.push({ path: change.path, reason: t.reason, ...(t.detail ? { detail: t.detail } : {}), ...(t.format ? { format: t.format } : {}) });
    }
    if (tooLarge(t)) {
      // Analyzed up to the limit (at a line break); the rest is reported as not analyzed.
      const decoded = decodeForAnalysis(Buffer.from(t.text, 'utf8'), maxBytes);
      if (decoded.text === undefined) return skipped.push({ path: change.path, reason: 'binary' });
      head.set(change.path, decoded.text);
      skipped.push({ path: change.path, reason: 'too-large', detail: `${t.bytes} bytes is over the ${maxBytes}-byte limit; the first part was analyzed`, partial: true });
    } else head.set(change.path, t.text);
    if (missing.has(change.path)) {
      byPath.set(change.path, wholeFileChange(change, t.text));
      wholeFiles.push(change.path);
    }
    return undefined;
  });

  const base = new Map<string, string>();
  baseCandidates.forEach((change, i) => {
    const t = baseTexts[i];
    if (head.has(change.path) && t?.ok && !tooLarge(t)) base.set(change.path, t.text);
  });

  // Context files fill in what the changed files did not, as in the CLI.
  for (const [paths, texts, target] of [
    [headExtra, headExtraTexts, head],
    [baseExtra, baseExtraTexts, base],
  ] as const) {
    paths.forEach((p, i) => {
      const t = texts[i];
      if (t?.ok && !tooLarge(t) && !target.has(p)) target.set(p, t.text);
    });
  }

  // The baseline is read at the head commit, as the CLI does.
  const baselineFile = policy.policy.suppressions.baseline;
  let baselineText = defaultBaselineText;
  if (baselineFile !== defaultBaseline) [baselineText] = await loadBlobs(reads, [inRepo(`${pr.headSha}:${baselineFile}`)], { blobsPerQuery: 1, maxBytes: HARD_MAX_BYTES });
  const baseline = baselineText?.ok ? baselineFromText(baselineText.text, baselineFile) : {};

  const changeMap = new Map<string, FileChange>();
  for (const c of live) changeMap.set(c.path, byPath.get(c.path) ?? c);
  const changedPaths = [...new Set(changes.flatMap((c) => (c.oldPath && c.oldPath !== c.path ? [c.path, c.oldPath] : [c.path])))];
  // Files GitHub did not list are changed files Tollgate never saw: reported, never clean.
  if (listed.incomplete && pr.changedFiles !== undefined) {
    skipped.push({ path: '.', reason: 'not-listed', detail: `${pr.changedFiles - listed.files.length} of ${pr.changedFiles}` });
  }
  return { head, base, changes: changeMap, changedPaths, skipped, policy, baseline, wholeFiles, incomplete: listed.incomplete, mergeBase };
}

/** The merge base of the pull request (what its diff is against); the base commit if GitHub cannot say. */
async function findMergeBase(octokit: Octokit, pr: PullRequestTarget): Promise<string> {
  try {
    const { data } = await octokit.rest.repos.compareCommitsWithBasehead({ owner: pr.owner, repo: pr.repo, basehead: `${pr.baseSha}...${pr.headSha}`, per_page: 1 });
    return data.merge_base_commit?.sha ?? pr.baseSha;
  } catch (error) {
    if ((error as { status?: number }).status === 404) return pr.baseSha;
    throw error;
  }
}

/** Paths of blobs at `sha` that match the context-file globs (one recursive tree request). */
async function listTree(octokit: Octokit, pr: PullRequestTarget, sha: string, isContext: (path: string) => boolean): Promise<string[]> {
  const { data } = await octokit.rest.git.getTree({ owner: pr.owner, repo: pr.repo, tree_sha: sha, recursive: 'true' });
  return data.tree.filter((e) => e.type === 'blob' && typeof e.path === 'string' && isContext(e.path)).map((e) => e.path as string);
}
