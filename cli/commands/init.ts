import { lstat, mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { analyzerData } from '../../shared/analyzer/analyzer-data.js';
import { runReview } from '../../shared/engine/run-review.js';
import { flowsAnalyzer } from '../../shared/flows/flows-analyzer.js';
import { inferConnectors, repositorySystemId, starterPolicy } from '../../shared/flows/infer-connectors.js';
import { resolvePolicy } from '../../shared/policy/resolve-policy.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../cli-io.js';
import { gitTopLevel } from '../../node/git.js';
import { listWorkspaceFiles, readWorkspaceFiles } from '../../node/read-workspace-files.js';
import { readRepositoryPolicy } from '../../node/read-policy-sources.js';

interface InitOptions {
  owner?: string;
  dryRun?: boolean;
}

const OWNER = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}

/** The first owner of `*` in CODEOWNERS (.github/, root or docs/), as GitHub reads it. */
async function defaultOwner(root: string): Promise<string | undefined> {
  for (const file of ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']) {
    const text = await readFile(join(root, file), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    for (const line of text.split('\n')) {
      const [pattern, owner] = line.trim().split(/\s+/);
      if ((pattern === '*' || pattern === '/*') && owner && OWNER.test(owner)) return owner;
    }
    return undefined;
  }
  return undefined;
}

/**
 * `tollgate init`: opts a repository in. Writes `.github/tollgate.yml` (commented
 * defaults) and one `connectors/<name>/connector.yml` per system the code reaches
 * that no manifest declares, never overwriting a file; `--dry-run` prints them instead.
 * Prints what a person must fill in.
 */
export async function initCommand(rawPath: string | undefined, options: InitOptions, io: CliIo): Promise<number> {
  const target = resolve(io.cwd, rawPath ?? '.');
  if (!(await exists(target))) throw new UsageError(`path "${rawPath}" does not exist.`);
  const root = (await gitTopLevel(target)) ?? target;
  const owner = options.owner ?? (await defaultOwner(root));
  if (owner === undefined)
    throw new UsageError('init needs an owner for the connectors it writes: pass --owner @org/team (or @user), or add a `*` owner to CODEOWNERS.');
  if (!OWNER.test(owner)) throw new UsageError(`--owner ${JSON.stringify(owner)}: must name a GitHub user (@alice) or team (@acme/platform).`);

  const repositoryPolicy = await readRepositoryPolicy(root);
  const policy = resolvePolicy(repositoryPolicy ? { repository: repositoryPolicy } : {});
  const files = await listWorkspaceFiles(root, [root], (await gitTopLevel(root)) !== undefined);
  const { head } = await readWorkspaceFiles(root, files, policy.policy.limits.maxFileBytes);
  const result = await runReview({
    head,
    policy: { ...policy.policy, analyzers: { ...policy.policy.analyzers, flows: { enabled: true } } },
    analyzers: [flowsAnalyzer],
  });
  const data = analyzerData(result, flowsAnalyzer);
  if (!data) throw new UsageError('the code could not be analyzed for the systems it reaches (see `tollgate scan`).');

  const connectors = inferConnectors(data.codeSystems, { owner, repository: repositorySystemId(basename(root)) });
  const proposals = [
    ...(repositoryPolicy ? [] : [{ path: '.github/tollgate.yml', text: starterPolicy(), todo: [] as readonly string[] }]),
    ...connectors.map((c) => ({ path: c.path, text: c.text, todo: c.todo })),
  ];
  const show = (p: string): string => relative(io.cwd, join(root, p)).split(sep).join('/') || p;

  let written = 0;
  for (const proposal of proposals) {
    const full = join(root, proposal.path);
    if (options.dryRun) {
      io.stdout.write(`--- ${show(proposal.path)}\n${proposal.text}\n`);
      continue;
    }
    if (await exists(full)) {
      io.stderr.write(`tollgate: kept ${show(proposal.path)} (exists; init never overwrites)\n`);
      continue;
    }
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, proposal.text, { flag: 'wx' });
    written++;
    io.stdout.write(`wrote ${show(proposal.path)}\n`);
  }
  if (connectors.length === 0)
    io.stdout.write('The code reaches no system that a manifest does not already declare: no connector manifest to write.\n');
  const todos = proposals.filter((p) => p.todo.length > 0);
  if (todos.length > 0) {
    io.stdout.write(`\n${options.dryRun ? 'After writing them, a' : 'A'} person must fill in (marked TODO in each file):\n`);
    for (const p of todos) io.stdout.write(`  ${show(p.path)}: ${p.todo.join('; ')}\n`);
  }
  if (!options.dryRun) io.stderr.write(`tollgate: init wrote ${written} file(s)\n`);
  return 0;
}
