import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { ANALYZERS } from '../../shared/analyzer/registry.js';
import { runReview } from '../../shared/engine/run-review.js';
import type { Policy } from '../../shared/policy/policy-schema.js';
import { resolvePolicy } from '../../shared/policy/resolve-policy.js';
import type { Baseline } from '../../shared/suppressions/parse-baseline.js';
import type { CliIo } from '../cli-io.js';
import { finishRun } from '../finish-run.js';
import { gitTopLevel, resolveCommit } from '../../node/git.js';
import { scanHistory } from './scan-history.js';
import { listHistoryBlobs, type HistoryListing } from '../../node/read-history.js';
import { describeEmptyPath, explainEmptyPaths } from '../../node/explain-empty-paths.js';
import { loadBaseline } from '../../node/load-baseline.js';
import { UsageError } from '../cli-io.js';
import { OutsideRootError, resolveInsideRoot } from '../../node/resolve-inside-root.js';
import type { OutputOptions } from '../output-options.js';
import { isInside, listWorkspaceFiles, readWorkspaceFiles } from '../../node/read-workspace-files.js';
import { readNamedPolicy, readRepositoryPolicy } from '../../node/read-policy-sources.js';
import { readStagedFiles } from '../../node/read-staged-files.js';
import { openResultCache } from '../open-result-cache.js';
import { createReviewPool, type ReviewPool } from '../../node/review-pool.js';
import { helperThreads, sharePerFileWork } from '../../node/share-per-file-work.js';
import { toolVersion } from '../../node/tool-version.js';

interface ScanOptions extends OutputOptions {
  updateBaseline?: boolean;
  /** `--no-ignore` (commander's negation): false walks the paths without .gitignore. */
  ignore?: boolean;
  /** `--history`: every file version in the history reachable from HEAD. */
  history?: boolean;
  /** `--since REF` (with --history): only commits after REF. */
  since?: string;
  /** Scan the staged contents (the index) of the staged files only, for pre-commit hooks. */
  staged?: boolean;
  /** `--no-cache` (commander's negation): false reads and writes no `.tollgate-cache/`. */
  cache?: boolean;
}

/** Work the caller started before the command loaded, to run alongside it. */
export interface EarlyWork {
  /**
   * With `--history`: the history listing, started in the working directory with the
   * `--since` ref as given (the same repository and range this command resolves).
   */
  readonly listing?: Promise<HistoryListing>;
  /** With the listing: the top level of the repository the working directory is in (undefined outside one). */
  readonly topLevel?: Promise<string | undefined>;
}

/**
 * `tollgate scan [PATH...]`: whole files, no diff. With `--staged`, the whole staged
 * contents of the files staged for the next commit (read from the index, not the work
 * tree), below PATH.
 */
export async function scanCommand(rawPaths: string[], options: ScanOptions, io: CliIo, early: EarlyWork = {}): Promise<number> {
  const paths = (rawPaths.length > 0 ? rawPaths : ['.']).map((p) => resolve(io.cwd, p));
  const top = await (early.topLevel ?? gitTopLevel(io.cwd));
  const inGit = top !== undefined && paths.every((p) => isInside(top, p));
  if (options.staged && !inGit) throw new UsageError('--staged needs a git repository: run it inside one, on paths inside it.');
  if (options.staged && options.updateBaseline)
    throw new UsageError('--staged cannot be combined with --update-baseline (the baseline lists every finding, not only the staged ones).');
  const root = inGit ? (top as string) : paths.every((p) => isInside(io.cwd, p)) ? io.cwd : commonDir(paths.map((p) => dirname(p)));

  const policy = resolvePolicy({
    ...(options.orgConfig ? { org: await readNamedPolicy(options.orgConfig, io.cwd, '--org-config') } : {}),
    ...(options.config
      ? { repository: await readNamedPolicy(options.config, io.cwd, '--config') }
      : await readRepositoryPolicy(root).then((r) => (r ? { repository: r } : {}))),
  });

  if (options.since !== undefined && !options.history) throw new UsageError('--since needs --history (it limits the history scanned).');
  if (options.history && options.staged)
    throw new UsageError('--history and --staged cannot be combined: --staged scans the index, --history the commits.');
  if (options.history) {
    if (!inGit) throw new UsageError('--history needs a git repository: run it inside one (and below its top level for PATH).');
    if (options.updateBaseline)
      throw new UsageError(
        '--history cannot write a baseline: the baseline lists findings of the current files (run scan --update-baseline without --history).',
      );
    const baselineFile = options.baseline ?? policy.policy.suppressions.baseline;
    const baselinePath = options.baseline ? resolve(io.cwd, baselineFile) : await insideRootOrUsageError(root, baselineFile);
    const loaded = await loadBaseline(baselinePath, baselineFile, options.baseline !== undefined);
    const progress = !options.quiet && io.stderr.isTTY === true;
    const since =
      options.since === undefined
        ? undefined
        : await resolveCommit(options.since, root).catch((e: Error) => {
            throw new UsageError(`--since: ${e.message}`);
          });
    const listing = early.listing ?? listHistoryBlobs(root, since ? { since } : {});
    const { result, notes } = await scanHistory(
      root,
      { paths: paths.filter((p) => p !== root), listing, lineHashes: options.format === 'sarif' },
      policy,
      loaded.baseline,
      io,
      progress,
    );
    for (const note of notes) io.stderr.write(`tollgate: note: ${note}\n`);
    return finishRun(result, { root, policy, options, io });
  }
  // Large scans share their per-file work with worker threads, started (each loading
  // the engine) as soon as the number of files is known, while the files are read.
  let pool: ReviewPool | undefined;
  const startHelpers = (files: number): void => {
    const threads = helperThreads(files, io.env);
    if (threads === 0) return;
    pool = createReviewPool({ size: threads });
    pool.warm();
  };
  try {
    return await scanFiles();
  } finally {
    await pool?.close();
  }

  async function scanFiles(): Promise<number> {
    const { head, skipped } = options.staged
      ? await readStagedFiles(root, paths, policy.policy.limits.maxFileBytes).then((read) => (startHelpers(read.head.size), read))
      : await readWorkspace(root, paths, inGit && options.ignore !== false, policy.policy, options.quiet !== true, io, startHelpers);

    const baselineFile = options.baseline ?? policy.policy.suppressions.baseline;
    // A baseline named by the policy is repository content: it must resolve inside the repository.
    const baselinePath = options.baseline ? resolve(io.cwd, baselineFile) : await insideRootOrUsageError(root, baselineFile);
    const loaded = options.updateBaseline ? {} : await loadBaseline(baselinePath, baselineFile, options.baseline !== undefined);

    // Per-file results of earlier scans, in the repository's .tollgate-cache/ (unchanged files are not analyzed again).
    const cached = await openResultCache(inGit ? root : undefined, options, io);
    const cache = pool
      ? await sharePerFileWork(pool, { head, skipped, policy: policy.policy, analyzers: ANALYZERS }, toolVersion(), cached.cache)
      : cached.cache;
    const run = (baseline: Baseline | undefined) =>
      runReview({
        head,
        policy: policy.policy,
        analyzers: ANALYZERS,
        skipped,
        ...(baseline ? { baseline } : {}),
        engineFindings: [...policy.engineFindings, ...(loaded.problem ? [loaded.problem] : [])],
        ...(cache ? { cache } : {}),
        // Only SARIF carries GitHub's line hashes: the other formats skip that pass.
        lineHashes: options.format === 'sarif',
      });
    let result = await run(loaded.baseline);

    if (options.updateBaseline) {
      const baseline: Baseline = {
        version: 1,
        findings: result.findings
          .filter((f) => !f.ruleId.startsWith('tollgate/'))
          .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, path: f.path })),
      };
      await writeFile(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
      io.stderr.write(`tollgate: wrote ${baseline.findings.length} fingerprint(s) to ${relative(io.cwd, baselinePath).split(sep).join('/')}\n`);
      // Report as the next run will see it: the accepted findings now count as suppressed.
      result = await run(baseline);
    }
    await cached.close();

    return finishRun(result, { root, policy, options, io });
  }
}

/** Reads the files below `paths` from the work tree, with progress on a terminal for long scans. */
async function readWorkspace(
  root: string,
  paths: readonly string[],
  respectGitignore: boolean,
  policy: Policy,
  tell: boolean,
  io: CliIo,
  listed: (files: number) => void,
): ReturnType<typeof readWorkspaceFiles> {
  const files = await listWorkspaceFiles(root, paths, respectGitignore);
  listed(files.length);
  // "0 files analyzed" is never left unexplained.
  if (tell)
    for (const empty of await explainEmptyPaths(root, io.cwd, paths, files, respectGitignore, policy.ignore))
      io.stderr.write(`tollgate: note: ${describeEmptyPath(empty)}\n`);
  const progress = tell && io.stderr.isTTY === true && files.length > 200;
  const read = await readWorkspaceFiles(root, files, policy.limits.maxFileBytes, (done, total) => {
    if (progress) io.stderr.write(`\rtollgate: reading ${done}/${total} files`);
  });
  if (progress) io.stderr.write(`\rtollgate: analyzing ${files.length} files...        \n`);
  return read;
}

function commonDir(paths: readonly string[]): string {
  const split = paths.map((p) => p.split(sep));
  const first = split[0] ?? [];
  let n = first.length;
  for (const parts of split) {
    let i = 0;
    while (i < n && parts[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, Math.max(1, n)).join(sep) || sep;
}

async function insideRootOrUsageError(root: string, file: string): Promise<string> {
  try {
    return await resolveInsideRoot(root, file);
  } catch (error) {
    if (error instanceof OutsideRootError) throw new UsageError(`suppressions.baseline ${error.message}`);
    throw error;
  }
}
