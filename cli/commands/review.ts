import picomatch from 'picomatch';
import { ANALYZERS, contextFileGlobs } from '../../shared/analyzer/registry.js';
import type { FileChange } from '../../shared/diff/parse-unified-diff.js';
import { wholeFileChange } from '../../shared/github/change-set-from-pull-files.js';
import { runReview } from '../../shared/engine/run-review.js';
import type { SkippedFile } from '../../shared/files/file-set.js';
import { resolvePolicy } from '../../shared/policy/resolve-policy.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../cli-io.js';
import { finishRun } from '../finish-run.js';
import { listTreePaths, readGitChange, readTextBlobs } from '../../node/git-change.js';
import { gitTopLevel, readBlobs } from '../../node/git.js';
import { baselineFromText } from '../../shared/suppressions/baseline-from-text.js';
import { loadBaseline } from '../../node/load-baseline.js';
import type { OutputOptions } from '../output-options.js';
import { decodeText } from '../../node/read-text-file.js';
import { POLICY_PATH } from '../../shared/policy/policy-path.js';
import { readNamedPolicy } from '../../node/read-policy-sources.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { ReviewResult } from '../../shared/engine/run-review.js';
import type { PolicySource, ResolvedPolicy } from '../../shared/policy/resolve-policy.js';
import { buildEvidence } from '../../shared/risk/build-evidence.js';
import { decideRisk } from '../../shared/risk/decide-risk.js';
import { renderRiskText } from '../../shared/risk/risk-report.js';
import { reviewsFileSchema, type ReviewsFile } from '../../shared/risk/reviews-file-schema.js';
import { toolVersion } from '../run-cli.js';

interface ReviewOptions extends OutputOptions {
  base: string;
  head: string;
  /** Write the evidence record (JSON) to this file. */
  evidence?: string;
  /** Reviews, team memberships, author and labels (JSON), see `reviewsFileSchema`. */
  reviews?: string;
}

/** A git change reviewed by the engine and decided by the risk step. */
export interface GitReview {
  readonly root: string;
  readonly policy: ResolvedPolicy;
  /** The policy files that applied, with their text (for the evidence hash). */
  readonly policyTexts: readonly PolicySource[];
  readonly result: ReviewResult;
  readonly baseSha: string;
  readonly headSha: string;
  readonly mergeBase: string;
  readonly reviews?: ReviewsFile;
}

/**
 * `tollgate review --base REF [--head REF]`: reviews the change from the merge
 * base of BASE and HEAD to HEAD (what a pull request shows), exactly as the App
 * does: the policy from the base commit, findings on added lines only.
 */
export async function reviewCommand(options: ReviewOptions, io: CliIo): Promise<number> {
  const review = await loadGitReview(options, io);
  const { root, policy, result, headSha } = review;
  if (options.evidence) {
    const record = buildEvidence(result, {
      toolVersion: toolVersion(),
      policySources: review.policyTexts,
      policyValid: policy.errors.length === 0,
      base: { ref: options.base, commit: review.mergeBase },
      head: { ref: options.head, commit: headSha },
      now: new Date().toISOString(),
      ...(review.reviews ? { reviews: review.reviews.reviews } : {}),
    });
    const target = resolve(io.cwd, options.evidence);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(record ?? null, null, 2)}\n`);
  }
  return finishRun(result, { root, policy, options, io, headSha, textSuffix: renderRiskText(result) });
}

/**
 * Loads and reviews the change from the merge base of `options.base` and
 * `options.head` (shared by `review` and `policy explain`), then decides its risk
 * tier and approvals with `decideRisk`, the step the App runs too.
 */
export async function loadGitReview(options: Omit<ReviewOptions, 'format' | 'color'> & Partial<Pick<ReviewOptions, 'format' | 'color'>>, io: CliIo): Promise<GitReview> {
  const reviewsFile = options.reviews ? await readReviewsFile(options.reviews, io.cwd) : undefined;
  const root = await gitTopLevel(io.cwd);
  if (!root) throw new UsageError('review needs a git repository: run it inside one (use `tollgate scan` for plain directories).');
  const { baseSha, headSha, mergeBase, changes } = await readGitChange(root, options.base, options.head);

  // The policy comes from the base commit, so a change cannot weaken its own gate.
  const [basePolicyBlob] = await readBlobs([`${baseSha}:${POLICY_PATH}`], root);
  const basePolicyText = basePolicyBlob?.bytes ? decodeText(basePolicyBlob.bytes) : undefined;
  const policySources = {
    ...(options.orgConfig ? { org: await readNamedPolicy(options.orgConfig, io.cwd, '--org-config') } : {}),
    ...(options.config
      ? { repository: await readNamedPolicy(options.config, io.cwd, '--config') }
      : basePolicyText?.ok
        ? { repository: { file: POLICY_PATH, text: basePolicyText.text } }
        : {}),
  };
  const policy = resolvePolicy(policySources);
  const policyTexts = [policySources.org, policySources.repository].filter((s): s is PolicySource => s !== undefined && policy.sources.includes(s.file));

  const live = changes.filter((c) => c.status !== 'deleted');
  const skipped: SkippedFile[] = [];
  const maxBytes = policy.policy.limits.maxFileBytes;
  const changeSet = new Map(live.map((c) => [c.path, c]));

  // Every changed file is read and decoded as far as it can be (see decodeForAnalysis);
  // what could not be analyzed is listed and becomes a tollgate/file-not-analyzed finding.
  const head = new Map<string, string>();
  const headBlobs = await readBlobs(live.map((c) => `${headSha}:${c.path}`), root);
  headBlobs.forEach((blob, i) => {
    const change = live[i] as FileChange;
    if (!blob.bytes) return skipped.push({ path: change.path, reason: 'unreadable', detail: 'not a file at the head commit (a submodule or symbolic link?)' });
    const decoded = decodeText(blob.bytes, maxBytes);
    if (!decoded.ok) return skipped.push({ path: change.path, reason: decoded.reason, ...(decoded.detail ? { detail: decoded.detail } : {}), ...(decoded.format ? { format: decoded.format } : {}) });
    head.set(change.path, decoded.text);
    if (decoded.partial) skipped.push({ path: change.path, reason: decoded.partial.reason, ...(decoded.partial.detail ? { detail: decoded.partial.detail } : {}), partial: true });
    // git printed no lines for it ("Binary files differ", or a name the patch could not carry): review it whole.
    if (change.binary) changeSet.set(change.path, wholeFileChange({ ...change, binary: false }, decoded.text));
    return undefined;
  });
  const textual = live.filter((c) => head.has(c.path));

  const modified = textual.filter((c) => c.status !== 'added' && head.has(c.path));
  const base = await readTextBlobs(root, mergeBase, modified.map((c) => [c.path, c.oldPath ?? c.path] as const), maxBytes);

  // Files analyzers need whole (connector manifests, workflows), at both commits.
  const globs = contextFileGlobs(ANALYZERS);
  if (globs.length > 0) {
    const isContext = picomatch(globs, { dot: true });
    for (const [sha, target] of [
      [headSha, head],
      [mergeBase, base],
    ] as const) {
      const wanted = await listTreePaths(root, sha, (p) => isContext(p) && !target.has(p));
      for (const [path, text] of await readTextBlobs(root, sha, wanted.map((p) => [p, p] as const), maxBytes)) target.set(path, text);
    }
  }

  // The baseline is read at the head commit; a change to it is visible in the diff.
  const baselineFile = options.baseline ?? policy.policy.suppressions.baseline;
  let loaded;
  if (options.baseline) loaded = await loadBaseline(resolve(io.cwd, options.baseline), options.baseline, true);
  else {
    const [blob] = await readBlobs([`${headSha}:${baselineFile}`], root);
    const decoded = blob?.bytes ? decodeText(blob.bytes) : undefined;
    loaded = decoded?.ok ? baselineFromText(decoded.text, baselineFile) : {};
  }

  const reviewed = await runReview({
    head,
    base,
    changes: changeSet,
    policy: policy.policy,
    analyzers: ANALYZERS,
    skipped,
    ...(loaded.baseline ? { baseline: loaded.baseline } : {}),
    engineFindings: [...policy.engineFindings, ...(loaded.problem ? [loaded.problem] : [])],
  });
  const result = decideRisk(reviewed, {
    policy: policy.policy,
    policyInvalid: policy.errors.length > 0,
    head,
    base,
    changes: changeSet,
    changedPaths: changes.flatMap((c) => (c.oldPath && c.oldPath !== c.path ? [c.path, c.oldPath] : [c.path])),
    policyFile: POLICY_PATH,
    headCommit: headSha,
    ...(reviewsFile
      ? {
          reviews: reviewsFile.reviews.map((r) => ({ ...r, ...(r.commit === 'HEAD' ? { commit: headSha } : {}) })),
          teams: reviewsFile.teams,
          ...(reviewsFile.author ? { author: reviewsFile.author } : {}),
          ...(reviewsFile.labels ? { labels: reviewsFile.labels } : {}),
        }
      : {}),
  });
  return { root, policy, policyTexts, result, baseSha, headSha, mergeBase, ...(reviewsFile ? { reviews: reviewsFile } : {}) };
}

async function readReviewsFile(file: string, cwd: string): Promise<ReviewsFile> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(resolve(cwd, file), 'utf8'));
  } catch (error) {
    throw new UsageError(`--reviews ${file}: cannot be read as JSON (${(error as Error).message.split('\n')[0]}).`);
  }
  const parsed = reviewsFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--reviews ${file}: ${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'invalid'}. See docs/policy.md#testing-approvals-locally.`);
  }
  return parsed.data;
}
