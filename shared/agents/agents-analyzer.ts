import { ignoreMatcher } from '../engine/stages/ignore-matcher.js';
import { defineAnalyzer, type AnalyzerContext, type AnalyzerResult } from '../analyzer/analyzer.js';
import { DEFAULT_AGENTS_POLICY, agentsPolicySchema } from './agents-policy.js';
import { agentsReport } from './agents-report.js';
import { agentsRules } from './agents-rules.js';
import { checkAgents } from './check-agents.js';
import { collectAgents, serverRow, toolRow, type ServerRow, type ToolRow } from './collect-agents.js';
import { diffAgents, type AgentsDiff } from './diff-agents.js';
import { DEFAULT_CI_AGENT_ACTIONS } from './read-ci-agents.js';

/** One CI agent step as reports show it. */
export interface CiAgentRow {
  readonly path: string;
  readonly line: number;
  readonly action: string;
  readonly untrustedTrigger: boolean;
  readonly writePermissions: boolean;
  readonly secrets: boolean;
  readonly actorGate: boolean;
}

/** `result.data.agents`: the inventory at head and, for a review, what the change does to it. */
export interface AgentsData {
  readonly servers: readonly ServerRow[];
  readonly tools: readonly ToolRow[];
  readonly ciAgents: readonly CiAgentRow[];
  /** CI agent steps at base (a review only), to tell an added one. */
  readonly baseCiAgents: readonly CiAgentRow[] | null;
  /** Null for a whole-file scan. */
  readonly diff: AgentsDiff | null;
}

/**
 * The agents analyzer: MCP servers in agent configurations and client code, tools
 * declared in code, and AI agent actions in CI workflows — each classified
 * (transport, pinning, what it reaches; access class and approval gate; trigger,
 * permissions and secrets) and checked. Static only: a configured server is never
 * started.
 */
export const agentsAnalyzer = defineAnalyzer({
  id: 'agents',
  description:
    'MCP servers, agent tools and AI agents in CI: pinning, transport, auth, inline secrets, approval gates, the lethal trifecta and untrusted triggers.',
  rules: Object.values(agentsRules),
  policy: { schema: agentsPolicySchema, default: DEFAULT_AGENTS_POLICY },
  report: agentsReport,
  async analyze(context: AnalyzerContext): Promise<AnalyzerResult<AgentsData>> {
    const policy = context.policy.agents;
    const options = { ciActions: [...DEFAULT_CI_AGENT_ACTIONS, ...policy.ci.actions], approvalWrappers: policy.approval.wrappers };
    const head = await collectAgents(context.head, context.paths, options);
    const findings = await checkAgents(head, context.head, policy);
    const ciRow = (c: (typeof head.ciAgents)[number]): CiAgentRow => ({
      path: c.path,
      line: c.line,
      action: c.action,
      untrustedTrigger: c.untrustedTrigger,
      writePermissions: c.writePermissions,
      secrets: c.secrets,
      actorGate: c.actorGate,
    });
    const servers = head.servers.map(serverRow);
    const tools = head.tools.map(toolRow);
    let diff: AgentsDiff | null = null;
    let baseCiAgents: CiAgentRow[] | null = null;
    if (context.base) {
      const isIgnored = ignoreMatcher(context.policy);
      const basePaths = [...context.base.keys()].filter((p) => !isIgnored(p)).sort();
      const base = await collectAgents(context.base, basePaths, options);
      diff = diffAgents({ servers: base.servers.map(serverRow), tools: base.tools.map(toolRow) }, { servers, tools });
      baseCiAgents = base.ciAgents.map(ciRow);
    }
    return { findings, data: { servers, tools, ciAgents: head.ciAgents.map(ciRow), baseCiAgents, diff } };
  },
});
