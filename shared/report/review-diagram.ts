import type { AgentsData } from '../agents/agents-analyzer.js';
import { agentNodes } from '../agents/agent-nodes.js';
import type { ReviewResult } from '../engine/run-review.js';
import type { FlowsData } from '../flows/flows-analyzer.js';
import { renderMermaid, type MermaidDiagram } from '../flows/render-mermaid.js';

/**
 * The data-flow diagram of a result, assembled from both analyzers' data after they
 * ran (neither reads the other): the flows analyzer's systems and flows, and the
 * agents analyzer's MCP servers and tools inside the repository's boundary with
 * edges to what they reach. Without agent data (the agents analyzer off, or nothing
 * found) it is the flows analyzer's own diagram. Undefined when flows did not run.
 * Reads `result.data.flows` / `.agents` by key, as `riskData` does, so it does not
 * import the analyzers (and the registry). Pure.
 */
export function reviewDiagram(result: Pick<ReviewResult, 'data'>): MermaidDiagram | undefined {
  const flows = result.data.flows as FlowsData | undefined;
  if (!flows) return undefined;
  const agents = result.data.agents as AgentsData | undefined;
  const nodes = agents ? agentNodes(agents) : [];
  if (nodes.length === 0) return flows.diagram;
  return renderMermaid({ nodes: flows.systems, edges: flows.flows }, flows.diagramLimits, nodes);
}
