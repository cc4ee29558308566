import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { runReview, type ReviewResult } from '../../shared/engine/run-review.js';
import { analyzerData } from '../../shared/analyzer/analyzer-data.js';
import { agentsAnalyzer } from '../../shared/agents/agents-analyzer.js';
import { flowsAnalyzer } from '../../shared/flows/flows-analyzer.js';
import { reviewDiagram } from '../../shared/report/review-diagram.js';
import { flowsMarkdown } from '../../shared/flows/flows-report.js';
import type { Policy } from '../../shared/policy/policy-schema.js';
import { resolvePolicy, type ResolvedPolicy } from '../../shared/policy/resolve-policy.js';
import { reviewChange } from '../../shared/review/review-change.js';
import { gitChangeSource } from '../../node/git-change-source.js';
import type { CliIo } from '../cli-io.js';
import { describeEmptyPath, explainEmptyPaths } from '../../node/explain-empty-paths.js';
import { isInside, listWorkspaceFiles, readWorkspaceFiles } from '../../node/read-workspace-files.js';
import { UsageError } from '../cli-io.js';
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
 * the connector manifests and the systems the code reaches, with the MCP servers and
 * agent tools (when the agents analyzer is on) in the repository. With `--base`, the
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

  const prefix = relative(root, target).split('\\').join('/');
  const within = (p: string): boolean => prefix === '' || p === prefix || p.startsWith(`${prefix}/`);
  const namedPolicy = options.config ? await readNamedPolicy(options.config, io.cwd, '--config') : undefined;
  // Flows on whatever the policy says: the diagram is asked for explicitly.
  const withFlows = (policy: Policy): Policy => ({ ...policy, analyzers: { ...policy.analyzers, flows: { enabled: true } } });

  let policy: ResolvedPolicy;
  let result: ReviewResult;
  if (options.base === undefined) {
    const repositoryPolicy = namedPolicy ?? (await readRepositoryPolicy(root));
    policy = resolvePolicy(repositoryPolicy ? { repository: repositoryPolicy } : {});
    const files = await listWorkspaceFiles(root, [target], inGit);
    for (const empty of await explainEmptyPaths(root, io.cwd, [target], files, inGit, policy.policy.ignore))
      io.stderr.write(`tollgate: note: ${describeEmptyPath(empty)}\n`);
    const { head } = await readWorkspaceFiles(root, files, policy.policy.limits.maxFileBytes);
    result = await runReview({ head, policy: withFlows(policy.policy), analyzers: [flowsAnalyzer, agentsAnalyzer] });
  } else {
    // The change as `tollgate review` reads it (policy from the base commit), drawn
    // from the files below PATH only, at both commits.
    const only = (files: ReadonlyMap<string, string> | undefined): Map<string, string> => new Map([...(files ?? [])].filter(([p]) => within(p)));
    const review = await reviewChange(
      gitChangeSource({ root, base: options.base, head: options.head, ...(namedPolicy ? { repositoryPolicy: namedPolicy } : {}) }),
      {
        analyzers: [flowsAnalyzer, agentsAnalyzer],
        analyze: (request) =>
          runReview({
            head: only(request.head),
            base: only(request.base),
            policy: withFlows(request.policy),
            analyzers: [flowsAnalyzer, agentsAnalyzer],
          }),
      },
    );
    policy = review.policy;
    result = review.result;
  }
  const data = analyzerData(result, flowsAnalyzer);
  if (!data) {
    const failure = result.findings.find((f) => f.ruleId === 'tollgate/analyzer-failed');
    io.stderr.write(`tollgate: the diagram could not be built${failure ? `: ${failure.message}` : ''}\n`);
    return 2;
  }
  const governance = result.findings.filter((f) => f.ruleId.startsWith('flows/')).length;
  // MCP servers and agent tools drawn in when the agents analyzer is on (policy `analyzers.agents`).
  const diagram = reviewDiagram(result) ?? data.diagram;
  const text =
    options.format === 'json'
      ? `${JSON.stringify({ diagram: { format: 'mermaid', ...diagram }, flows: { manifests: data.manifests, systems: data.systems, flows: data.flows, codeSystems: data.codeSystems, compared: data.compared } }, null, 2)}\n`
      : options.format === 'markdown'
        ? `${flowsMarkdown(data, governance, diagram)}\n`
        : diagram.mermaid;
  if (options.output === undefined) io.stdout.write(text);
  else {
    const out = resolve(io.cwd, options.output);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, text);
  }
  for (const error of policy.errors)
    io.stderr.write(
      `tollgate: ${error.file}:${error.line}:${error.column}: ${error.key === '' ? '' : `${error.key}: `}${error.message}. ${error.hint}\n`,
    );
  if (governance > 0) io.stderr.write(`tollgate: ${governance} data-flow finding(s); run \`tollgate scan\` or \`tollgate review\` to see them.\n`);
  return policy.errors.length > 0 ? 2 : 0;
}
