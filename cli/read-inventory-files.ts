import { resolve } from 'node:path';
import { ignoreMatcher } from '../shared/engine/stages/ignore-matcher.js';
import { resolvePolicy, type ResolvedPolicy } from '../shared/policy/resolve-policy.js';
import type { CliIo } from './cli-io.js';
import { UsageError } from './cli-io.js';
import { gitTopLevel } from '../node/git.js';
import { isInside, listWorkspaceFiles, readWorkspaceFiles } from '../node/read-workspace-files.js';
import { readNamedPolicy, readRepositoryPolicy } from '../node/read-policy-sources.js';

/** What an inventory command (`scopes`, `agents`) reads: the root, the policy and the candidate files' texts. */
export interface InventoryFiles {
  readonly root: string;
  readonly policy: ResolvedPolicy;
  readonly texts: Map<string, string>;
}

/**
 * The files below `rawPaths` (default: the current directory) that `isCandidate`
 * accepts and the policy does not ignore, read as text, with the policy (`--config`
 * or the repository's) and the root paths are relative to (the git top level, or the
 * current directory). Policy problems are printed on stderr; a path outside the root
 * is a usage error.
 */
export async function readInventoryFiles(
  rawPaths: readonly string[],
  config: string | undefined,
  io: CliIo,
  isCandidate: (path: string) => boolean,
): Promise<InventoryFiles> {
  const paths = (rawPaths.length > 0 ? rawPaths : ['.']).map((p) => resolve(io.cwd, p));
  const top = await gitTopLevel(io.cwd);
  const inGit = top !== undefined && paths.every((p) => isInside(top, p));
  const root = inGit ? (top as string) : io.cwd;
  if (!inGit && !paths.every((p) => isInside(root, p)))
    throw new UsageError('paths outside the current directory need a git repository that holds them; run from a directory above them.');

  const policy = resolvePolicy(
    config
      ? { repository: await readNamedPolicy(config, io.cwd, '--config') }
      : await readRepositoryPolicy(root).then((r) => (r ? { repository: r } : {})),
  );
  for (const e of policy.errors) io.stderr.write(`tollgate: ${e.file}:${e.line}:${e.column}: ${e.key ? `${e.key}: ` : ''}${e.message}. ${e.hint}\n`);
  const isIgnored = ignoreMatcher(policy.policy);
  const files = await listWorkspaceFiles(root, paths, inGit);
  const { head: texts } = await readWorkspaceFiles(
    root,
    files.filter((f) => isCandidate(f) && !isIgnored(f)),
    policy.policy.limits.maxFileBytes,
  );
  return { root, policy, texts };
}
