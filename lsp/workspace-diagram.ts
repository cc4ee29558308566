import { resolve } from 'node:path';
import { gitTopLevel } from '../node/git.js';
import { readRepositoryPolicy } from '../node/read-policy-sources.js';
import { listWorkspaceFiles, readWorkspaceFiles } from '../node/read-workspace-files.js';
import { UsageError } from '../node/usage-error.js';
import { agentsAnalyzer } from '../shared/agents/agents-analyzer.js';
import { runReview } from '../shared/engine/run-review.js';
import { flowsAnalyzer, type FlowsData } from '../shared/flows/flows-analyzer.js';
import { resolvePolicy } from '../shared/policy/resolve-policy.js';
import { reviewDiagram } from '../shared/report/review-diagram.js';
import type { DiagramResponse } from './protocol.js';

/**
 * The data-flow diagram of a workspace folder, as `tollgate diagram` draws it: its
 * files as git lists them (`.gitignore` honoured; a directory walk outside git), the
 * workspace policy, the flows analyzer whatever the policy says of it, and the agents
 * analyzer's servers and tools.
 *
 * @param root the workspace folder (absolute)
 */
export async function workspaceDiagram(root: string): Promise<DiagramResponse> {
  try {
    const top = await gitTopLevel(root);
    const inGit = top !== undefined && resolve(top) === resolve(root);
    const source = await readRepositoryPolicy(root);
    const { policy } = resolvePolicy(source ? { repository: source } : {});
    const files = await listWorkspaceFiles(root, [root], inGit);
    const { head } = await readWorkspaceFiles(root, files, policy.limits.maxFileBytes);
    // As `tollgate diagram`: flows whatever the policy says, and the agents analyzer's
    // servers and tools drawn inside this repository's boundary.
    const result = await runReview({
      head,
      policy: { ...policy, analyzers: { ...policy.analyzers, flows: { enabled: true } } },
      analyzers: [flowsAnalyzer, agentsAnalyzer],
    });
    const data = result.data.flows as FlowsData | undefined;
    if (data) return { mermaid: (reviewDiagram(result) ?? data.diagram).mermaid };
    const failure = result.findings.find((f) => f.ruleId === 'tollgate/analyzer-failed');
    return { mermaid: '', error: `The diagram could not be built${failure ? `: ${failure.message}` : '.'}` };
  } catch (error) {
    if (error instanceof UsageError) return { mermaid: '', error: error.message };
    throw error;
  }
}
