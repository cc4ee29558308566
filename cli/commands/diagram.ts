import picomatch from 'picomatch';
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { runReview } from '../../shared/engine/run-review.js';
import { flowsAnalyzer, type FlowsData } from '../../shared/flows/flows-analyzer.js';
import { flowsMarkdown } from '../../shared/flows/flows-report.js';
import { resolvePolicy } from '../../shared/policy/resolve-policy.js';
import type { CliIo } from '../cli-io.js';
import { isInside, listWorkspaceFiles, readWorkspaceFiles } from '../../node/read-workspace-files.js';
import { UsageError } from '../cli-io.js';
import { listTreePaths, readGitChange, readTextBlobs } from '../../node/git-change.js';
import { gitTopLevel } from '../../node/git.js';
import { readNamedPolicy, readRepositoryPolicy } from '../../node/read-policy-sources.js';

/** Options of `tollgate diagram`. */
export interface DiagramOptions {
  base?: string;
  head: string;
  format: 'mermaid' | 'markdown' | 'json';
  output?: string;
  config?: string;
}

/**
 * `tollgate diagram [PATH] [--base REF]`: prints the data-flow diagram (Mermaid) of
 * the connector manifests and the systems the code reaches. With `--base`, the
 * diagram of the change from the merge base to `--head` (default HEAD), with what it
 * adds highlighted and what it removes dashed. Exit 0, or 2 on usage errors; the
 * governance findings themselves are reported by `scan` and `review`.
 */
export async function diagramCommand(path: string | undefined, options: DiagramOptions, io: CliIo): Promise<number> {
  const target = resolve(io.cwd, path ?? '.');
  const top = await gitTopLevel(io.cwd);
  const inGit = top !== undefined && isInside(top, target);
  const root = options.base !== undefined ? top : inGit ? (top as string) : target;
  if (root === undefined) throw new UsageError('--base needs a git repository: run it inside one, or leave out --base.');

  const repositoryPolicy = options.config ? await readNamedPolicy(options.config, io.cwd, '--config') : await readRepositoryPolicy(root);
  const policy = resolvePolicy(repositoryPolicy ? { repository: repositoryPolicy } : {});
  const maxBytes = policy.policy.limits.maxFileBytes;
  const prefix = relative(root, target).split('\\').join('/');
  const within = (p: string): boolean => prefix === '' || p === prefix || p.startsWith(`${prefix}/`);

  const head = new Map<string, string>();
  const base = new Map<string, string>();
  if (options.base === undefined) {
    const files = await listWorkspaceFiles(root, [target], inGit);
    for (const [path, text] of (await readWorkspaceFiles(root, files, maxBytes)).head) head.set(path, text);
  } else {
    const { headSha, mergeBase, changes } = await readGitChange(root, options.base, options.head);
    const changed = changes.filter((c) => !c.binary && within(c.path));
    const isManifest = picomatch(policy.policy.flows.manifests, { dot: true });
    for (const [sha, files, changedPaths] of [
      [headSha, head, changed.filter((c) => c.status !== 'deleted').map((c) => c.path)],
      [mergeBase, base, changed.filter((c) => c.status !== 'added').map((c) => c.oldPath ?? c.path)],
    ] as const) {
      const manifests = await listTreePaths(root, sha, (p) => within(p) && isManifest(p));
      const wanted = [...new Set([...manifests, ...changedPaths])];
      for (const [path, text] of await readTextBlobs(root, sha, wanted.map((p) => [p, p] as const), maxBytes)) files.set(path, text);
    }
  }

  const result = await runReview({
    head,
    ...(options.base !== undefined ? { base } : {}),
    policy: { ...policy.policy, analyzers: { ...policy.policy.analyzers, flows: { enabled: true } } },
    analyzers: [flowsAnalyzer],
  });
  const data = result.data.flows as FlowsData | undefined;
  if (!data) {
    const failure = result.findings.find((f) => f.ruleId === 'tollgate/analyzer-failed');
    io.stderr.write(`tollgate: the diagram could not be built${failure ? `: ${failure.message}` : ''}\n`);
    return 2;
  }
  const governance = result.findings.filter((f) => f.ruleId.startsWith('flows/')).length;
  const text =
    options.format === 'json'
      ? `${JSON.stringify({ diagram: { format: 'mermaid', ...data.diagram }, flows: { manifests: data.manifests, systems: data.systems, flows: data.flows, codeSystems: data.codeSystems, compared: data.compared } }, null, 2)}\n`
      : options.format === 'markdown'
        ? `${flowsMarkdown(data, governance)}\n`
        : data.diagram.mermaid;
  if (options.output === undefined) io.stdout.write(text);
  else {
    const out = resolve(io.cwd, options.output);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, text);
  }
  for (const error of policy.errors) io.stderr.write(`tollgate: ${error.file}:${error.line}:${error.column}: ${error.key === '' ? '' : `${error.key}: `}${error.message}. ${error.hint}\n`);
  if (governance > 0) io.stderr.write(`tollgate: ${governance} data-flow finding(s); run \`tollgate scan\` or \`tollgate review\` to see them.\n`);
  return policy.errors.length > 0 ? 2 : 0;
}
