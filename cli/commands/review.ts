import { ACCESS_LOCK_PATH } from '../../shared/access/access-lock.js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { gitChangeSource } from '../../node/git-change-source.js';
import { gitTopLevel } from '../../node/git.js';
import { loadBaseline } from '../../node/load-baseline.js';
import { readNamedPolicy } from '../../node/read-policy-sources.js';
import { ANALYZERS } from '../../shared/analyzer/registry.js';
import { reviewChange, type ChangeReview } from '../../shared/review/review-change.js';
import { buildEvidence } from '../../shared/risk/build-evidence.js';
import { reviewsFileSchema, type ReviewsFile } from '../../shared/risk/reviews-file-schema.js';
import { describeSchemaIssue } from '../../shared/policy/describe-schema-issue.js';
import { jsonErrorPosition } from '../../shared/text/json-error-position.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../cli-io.js';
import { finishRun } from '../finish-run.js';
import type { OutputOptions } from '../output-options.js';
import { toolVersion } from '../run-cli.js';
import { openResultCache } from '../open-result-cache.js';

interface ReviewOptions extends OutputOptions {
  base: string;
  head: string;
  /** Write the evidence record (JSON) to this file. */
  evidence?: string;
  /** Reviews, team memberships, author and labels (JSON), see `reviewsFileSchema`. */
  reviews?: string;
  /** `--no-cache` (commander's negation): false reads and writes no `.tollgate-cache/`. */
  cache?: boolean;
}

/** A git change reviewed by the pipeline, with where it was found. */
export interface GitReview extends ChangeReview {
  readonly root: string;
  readonly reviewsFile?: ReviewsFile;
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
      ...(review.reviewsFile ? { reviews: review.reviewsFile.reviews } : {}),
      accessLock: { base: review.base.get(ACCESS_LOCK_PATH), head: review.head.get(ACCESS_LOCK_PATH) },
    });
    const target = resolve(io.cwd, options.evidence);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, `${JSON.stringify(record ?? null, null, 2)}\n`);
  }
  return finishRun(result, { root, policy, options, io, headSha });
}

/**
 * Reviews the change from the merge base of `options.base` and `options.head`
 * through the one review pipeline (`reviewChange`, the App's too) over the local git
 * repository; shared by `review` and `policy explain`.
 */
export async function loadGitReview(
  options: Omit<ReviewOptions, 'format' | 'color'> & Partial<Pick<ReviewOptions, 'format' | 'color'>>,
  io: CliIo,
): Promise<GitReview> {
  const reviewsFile = options.reviews ? await readReviewsFile(options.reviews, io.cwd) : undefined;
  const root = await gitTopLevel(io.cwd);
  if (!root) throw new UsageError('review needs a git repository: run it inside one (use `tollgate scan` for plain directories).');
  const source = gitChangeSource({
    root,
    base: options.base,
    head: options.head,
    ...(options.config ? { repositoryPolicy: await readNamedPolicy(options.config, io.cwd, '--config') } : {}),
    ...(options.orgConfig ? { orgPolicy: await readNamedPolicy(options.orgConfig, io.cwd, '--org-config') } : {}),
    ...(reviewsFile ? { reviews: reviewsFile } : {}),
  });
  const cached = await openResultCache(root, options, io);
  const review = await reviewChange(source, {
    analyzers: ANALYZERS,
    // --baseline names a file on disk; without it the policy's baseline is read at the head commit.
    ...(options.baseline ? { baseline: await loadBaseline(resolve(io.cwd, options.baseline), options.baseline, true) } : {}),
    ...(cached.cache ? { cache: cached.cache } : {}),
    lineHashes: options.format === 'sarif',
  });
  await cached.close();
  return { root, ...review, ...(reviewsFile ? { reviewsFile } : {}) };
}

async function readReviewsFile(file: string, cwd: string): Promise<ReviewsFile> {
  const text = await readFile(resolve(cwd, file), 'utf8').catch(() => {
    throw new UsageError(`--reviews ${file}: cannot be read.`);
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Only the position: the parser's message quotes the text around it.
    const { line, column } = jsonErrorPosition(error, text);
    throw new UsageError(`--reviews ${file}:${line}:${column}: is not valid JSON.`);
  }
  const parsed = reviewsFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const described = issue ? describeSchemaIssue(issue, reviewsFileSchema, 'docs/policy.md#testing-approvals-locally') : undefined;
    throw new UsageError(
      `--reviews ${file}: ${described?.displayKey || 'the file'}: ${described?.message ?? 'is invalid'}. See docs/policy.md#testing-approvals-locally.`,
    );
  }
  return parsed.data;
}
