import picomatch from 'picomatch';
import type { Analyzer } from '../analyzer/analyzer.js';
import { contextFileGlobs } from '../analyzer/registry.js';
import type { FileChange } from '../diff/parse-unified-diff.js';
import type { FileResultCache } from '../engine/file-result-cache.js';
import { runReview, type ReviewRequest, type ReviewResult } from '../engine/run-review.js';
import { decodeForAnalysis } from '../files/decode-for-analysis.js';
import type { SkippedFile } from '../files/file-set.js';
import { wholeFileChange } from '../github/change-set-from-pull-files.js';
import { policySchema } from '../policy/policy-schema.js';
import { resolvePolicy, type PolicySource, type ResolvedPolicy } from '../policy/resolve-policy.js';
import { decideRisk, type RiskInput } from '../risk/decide-risk.js';
import type { Review } from '../risk/evaluate-approvals.js';
import { teamsToResolve } from '../risk/teams-to-resolve.js';
import { baselineFromText, type LoadedBaseline } from '../suppressions/baseline-from-text.js';
import type { ChangeSource, SourceText, TextRequest } from './change-source.js';

/** How to review a change; the I/O is all in `source`. */
export interface ReviewChangeOptions {
  /** The analyzers to run; their `contextFiles` decide which whole files are read. */
  readonly analyzers: readonly Analyzer[];
  /**
   * Runs the engine somewhere else (the App's worker thread, which holds the same
   * analyzers). Default: `runReview` here with `analyzers`.
   */
  readonly analyze?: (request: Omit<ReviewRequest, 'analyzers'>) => Promise<ReviewResult>;
  /** A baseline the caller loaded itself (`--baseline FILE`); default: the policy's, read at the head. */
  readonly baseline?: LoadedBaseline;
  /** The organisation the pull request belongs to, for team names without one. */
  readonly owner?: string;
  /** Per-file results of earlier runs, for the default `runReview` here (see `ReviewRequest.cache`). */
  readonly cache?: FileResultCache;
  /** Compute each finding's `lineHash` for SARIF (see `ReviewRequest.lineHashes`). Default true. */
  readonly lineHashes?: boolean;
}

/** A reviewed change: the decided result and everything reports and evidence need. */
export interface ChangeReview {
  /** The engine's result after the risk step (`data.risk`, `data.approvers`). */
  readonly result: ReviewResult;
  readonly policy: ResolvedPolicy;
  /** The policy files that applied, with their text (for the evidence hash). */
  readonly policyTexts: readonly PolicySource[];
  readonly head: ReadonlyMap<string, string>;
  readonly base: ReadonlyMap<string, string>;
  readonly changes: ReadonlyMap<string, FileChange>;
  /** Every changed path once, deleted and renamed-from paths included. */
  readonly changedPaths: readonly string[];
  /** Files reviewed whole because the source did not know their added lines. */
  readonly wholeFiles: readonly string[];
  /** True when the source listed only some of the changed files. */
  readonly incomplete: boolean;
  readonly reviews?: readonly Review[];
  readonly headSha: string;
  readonly baseSha: string;
  readonly mergeBase: string;
}

/**
 * The one review pipeline of the App, `tollgate review`, `tollgate policy explain`,
 * `tollgate diagram --base` and the editor's branch review. Steps, in order:
 *
 * 1. what changed, and the trees' context files (analyzers' `contextFiles`);
 * 2. one batched read: the policies (base commit, organisation), every changed file
 *    at head and merge base, the context files, the default baseline at head;
 * 3. the policy resolved (organisation under repository);
 * 4. head texts decoded for analysis: a file that is not text, or only partly read
 *    (over `limits.maxFileBytes`), is listed as skipped and never counted clean; a file
 *    whose added lines are unknown is reviewed whole when it decodes;
 * 5. base texts, context files, the baseline at head (the policy may name another);
 * 6. the engine (`runReview`), then the risk tier and approvals (`decideRisk`), with
 *    team members asked for only when a decision needs them.
 */
export async function reviewChange(source: ChangeSource, options: ReviewChangeOptions): Promise<ChangeReview> {
  const globs = contextFileGlobs(options.analyzers);
  const isContext = globs.length > 0 ? picomatch(globs, { dot: true }) : undefined;
  // The head tree is listed while the change is read; the merge base is known only after.
  const [change, headContext] = await Promise.all([source.readChange(), isContext ? source.listTree('head', isContext) : Promise.resolve([])]);
  const baseContext = isContext ? await source.listTree('merge-base', isContext) : [];

  const live = change.changes.filter((c) => c.status !== 'deleted');
  const livePaths = new Set(live.map((c) => c.path));
  const baseCandidates = live.filter((c) => c.status !== 'added');
  const basePaths = new Set(baseCandidates.map((c) => c.path));
  const headExtra = headContext.filter((p) => !livePaths.has(p));
  const baseExtra = baseContext.filter((p) => !basePaths.has(p));
  const defaultBaseline = policySchema.parse({}).suppressions.baseline;
  const readBaseline = options.baseline === undefined;
  const requests: TextRequest[] = [
    ...(readBaseline ? [{ revision: 'head', path: defaultBaseline } as const] : []),
    ...live.map((c) => ({ revision: 'head', path: c.path }) as const),
    ...baseCandidates.map((c) => ({ revision: 'merge-base', path: c.oldPath ?? c.path }) as const),
    ...headExtra.map((path) => ({ revision: 'head', path }) as const),
    ...baseExtra.map((path) => ({ revision: 'merge-base', path }) as const),
  ];
  // Called in one tick, so a source can answer policies and texts in one batch.
  const [sources, texts] = await Promise.all([source.readPolicies(), source.readTexts(requests)]);
  let at = 0;
  const take = (n: number): (SourceText | undefined)[] => texts.slice(at, (at += n));
  const [defaultBaselineText] = readBaseline ? take(1) : [];
  const headTexts = take(live.length);
  const baseTexts = take(baseCandidates.length);
  const headExtraTexts = take(headExtra.length);
  const baseExtraTexts = take(baseExtra.length);

  const policy = resolvePolicy(sources);
  const policyTexts = [sources.org, sources.repository].filter((s): s is PolicySource => s !== undefined && policy.sources.includes(s.file));
  const maxBytes = policy.policy.limits.maxFileBytes;
  const fits = (t: SourceText | undefined): t is SourceText & { ok: true } => t?.ok === true && t.bytes <= maxBytes;

  const head = new Map<string, string>();
  const skipped: SkippedFile[] = [];
  const changes = new Map<string, FileChange>(live.map((c) => [c.path, c]));
  const linesUnknown = new Set(change.linesUnknown);
  const wholeFiles: string[] = [];
  live.forEach((c, i) => {
    const t = headTexts[i];
    if (!t) return skipped.push({ path: c.path, reason: 'unreadable', detail: 'not a file at the head commit (a submodule or symbolic link?)' });
    if (!t.ok) {
      if (t.reason === 'binary') changes.set(c.path, { ...c, binary: true });
      return skipped.push({ path: c.path, reason: t.reason, ...(t.detail ? { detail: t.detail } : {}), ...(t.format ? { format: t.format } : {}) });
    }
    let text = t.text;
    if (t.bytes > maxBytes) {
      // Analyzed up to the limit (at a line break); the rest is reported as not analyzed.
      const decoded = decodeForAnalysis(new TextEncoder().encode(t.text), maxBytes);
      if (decoded.text === undefined) return skipped.push({ path: c.path, reason: 'binary' });
      text = decoded.text;
      if (decoded.notAnalyzed)
        skipped.push({
          path: c.path,
          reason: 'too-large',
          ...(decoded.notAnalyzed.detail ? { detail: decoded.notAnalyzed.detail } : {}),
          partial: true,
        });
    }
    head.set(c.path, text);
    if (linesUnknown.has(c.path) || c.binary) {
      changes.set(c.path, wholeFileChange({ ...c, binary: false }, t.text));
      wholeFiles.push(c.path);
    }
    return undefined;
  });

  const base = new Map<string, string>();
  baseCandidates.forEach((c, i) => {
    const t = baseTexts[i];
    if (head.has(c.path) && fits(t)) base.set(c.path, t.text);
  });
  // Context files fill in what the changed files did not.
  for (const [paths, read, target] of [
    [headExtra, headExtraTexts, head],
    [baseExtra, baseExtraTexts, base],
  ] as const) {
    paths.forEach((p, i) => {
      const t = read[i];
      if (fits(t) && !target.has(p)) target.set(p, t.text);
    });
  }

  // The baseline is read at the head commit: a change to it is visible in the diff.
  let baseline = options.baseline;
  if (!baseline) {
    const file = policy.policy.suppressions.baseline;
    const [text] = file === defaultBaseline ? [defaultBaselineText] : await source.readTexts([{ revision: 'head', path: file }]);
    baseline = text?.ok ? baselineFromText(text.text, file) : {};
  }

  // Files the source could not list are changed files Tollgate never saw: reported, never clean.
  if (change.notListed)
    skipped.push({ path: '.', reason: 'not-listed', detail: `${change.notListed.total - change.notListed.listed} of ${change.notListed.total}` });

  const request: Omit<ReviewRequest, 'analyzers'> = {
    head,
    base,
    changes,
    policy: policy.policy,
    skipped,
    ...(baseline.baseline ? { baseline: baseline.baseline } : {}),
    engineFindings: [...policy.engineFindings, ...(baseline.problem ? [baseline.problem] : [])],
    ...(options.lineHashes === false ? { lineHashes: false } : {}),
  };
  const reviewed = options.analyze
    ? await options.analyze(request)
    : await runReview({ ...request, analyzers: options.analyzers, ...(options.cache ? { cache: options.cache } : {}) });

  const changedPaths = [...new Set(change.changes.flatMap((c) => (c.oldPath && c.oldPath !== c.path ? [c.path, c.oldPath] : [c.path])))];
  const context = (await source.readReviewContext?.()) ?? {};
  const riskInput: RiskInput = {
    policy: policy.policy,
    policyInvalid: policy.errors.length > 0,
    head,
    base,
    changes,
    changedPaths,
    headCommit: change.headSha,
    ...(context.reviews ? { reviews: context.reviews } : {}),
    ...(context.teams ? { teams: context.teams } : {}),
    ...(context.author ? { author: context.author } : {}),
    ...(context.labels ? { labels: context.labels } : {}),
  };
  const result = await decideWithTeams(source, reviewed, riskInput, options.owner);
  return {
    result,
    policy,
    policyTexts,
    head,
    base,
    changes,
    changedPaths,
    wholeFiles,
    incomplete: change.notListed !== undefined,
    ...(context.reviews ? { reviews: context.reviews } : {}),
    headSha: change.headSha,
    baseSha: change.baseSha,
    mergeBase: change.mergeBase,
  };
}

/**
 * Decides the risk tier and approvals once without team memberships to learn which
 * teams matter, then again with their members, asked of the source only when someone
 * reviewed or the author's teams matter (one request per team on GitHub).
 */
async function decideWithTeams(source: ChangeSource, reviewed: ReviewResult, input: RiskInput, owner: string | undefined): Promise<ReviewResult> {
  const result = decideRisk(reviewed, input);
  if (!source.readTeamMembers || input.teams) return result;
  const teamNames = teamsToResolve(result, input.policy, owner ?? '');
  const authorTeams = teamsToResolve(reviewed, input.policy, owner ?? '');
  if (teamNames.length === 0 || !((input.reviews ?? []).some((r) => r.state !== 'PENDING') || authorTeams.length > 0)) return result;
  return decideRisk(reviewed, { ...input, teams: await source.readTeamMembers(teamNames) });
}
