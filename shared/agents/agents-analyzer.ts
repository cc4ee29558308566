import { ignoreMatcher } from '../engine/stages/ignore-matcher.js';
import { defineAnalyzer, type AnalyzerContext, type AnalyzerResult } from '../analyzer/analyzer.js';
import type { PerFilePhase } from '../analyzer/per-file-phase.js';
import { runPerFile } from '../analyzer/run-per-file.js';
import { codeLanguageOf } from '../flows/code-fact.js';
import { isRawFinding, type RawFinding } from '../model/finding.js';
import { DEFAULT_AGENTS_POLICY, agentsPolicySchema, type AgentsPolicy } from './agents-policy.js';
import { agentsReport } from './agents-report.js';
import { agentsRules } from './agents-rules.js';
import { checkAgentsByKind } from './check-agents.js';
import { collectAgents, serverRow, toolRow, type CiAgentEntry, type CollectOptions, type ServerRow, type ToolRow } from './collect-agents.js';
import { diffAgents, type AgentsDiff } from './diff-agents.js';
import { isAgentConfigPath } from './read-mcp-config.js';
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

/** What the agents analyzer keeps of one file: its findings by kind (see `checkAgentsByKind`) and its report rows. */
interface AgentsFileResult {
  readonly findings: readonly (readonly RawFinding[])[];
  readonly servers: readonly ServerRow[];
  readonly tools: readonly ToolRow[];
  readonly ciAgents: readonly CiAgentRow[];
}

function collectOptions(policy: AgentsPolicy): CollectOptions {
  return { ciActions: [...DEFAULT_CI_AGENT_ACTIONS, ...policy.ci.actions], approvalWrappers: policy.approval.wrappers };
}

function ciRow(c: CiAgentEntry): CiAgentRow {
  return {
    path: c.path,
    line: c.line,
    action: c.action,
    untrustedTrigger: c.untrustedTrigger,
    writePermissions: c.writePermissions,
    secrets: c.secrets,
    actorGate: c.actorGate,
  };
}

const isRowList = (value: unknown): boolean =>
  Array.isArray(value) &&
  value.every(
    (r) =>
      typeof r === 'object' && r !== null && typeof (r as { path?: unknown }).path === 'string' && Number.isInteger((r as { line?: unknown }).line),
  );

/**
 * The agents analyzer's work on one file: its servers, tools and CI agent steps, and
 * every check on them (each check reads one file's servers or tools). Only the base
 * side of a review (the inventory diff) is read across files, in `combine`. A result
 * holds what the report shows (rows; findings with inline secrets masked), never a
 * setting's value, so a cache entry holds no secret either.
 */
const agentsPerFile: PerFilePhase<AgentsData, AgentsFileResult> = {
  cacheVersion: '1',
  // Other files are dismissed by a text test at most (a JSON or YAML file that names no server block).
  isWorthCaching: (path) => codeLanguageOf(path) !== undefined || /\.(?:ya?ml|toml)$/i.test(path) || isAgentConfigPath(path, ''),
  policyKey: (policy) => policy.agents,
  async analyzeFile({ path, text }, policy) {
    const file = new Map([[path, text]]);
    const inventory = await collectAgents(file, [path], collectOptions(policy.agents));
    return {
      findings: await checkAgentsByKind(inventory, file, policy.agents),
      servers: inventory.servers.map(serverRow),
      tools: inventory.tools.map(toolRow),
      ciAgents: inventory.ciAgents.map(ciRow),
    };
  },
  isFileResult: (value): value is AgentsFileResult => {
    if (typeof value !== 'object' || value === null) return false;
    const f = value as AgentsFileResult;
    return (
      Array.isArray(f.findings) &&
      f.findings.every((kind) => Array.isArray(kind) && kind.every(isRawFinding)) &&
      isRowList(f.servers) &&
      isRowList(f.tools) &&
      isRowList(f.ciAgents)
    );
  },
  async combine(files, context) {
    // Kind by kind, file by file: the order the checks give over the whole inventory.
    const findings: RawFinding[] = [];
    const kinds = files.reduce((most, f) => Math.max(most, f.findings.length), 0);
    for (let k = 0; k < kinds; k++) for (const f of files) findings.push(...(f.findings[k] ?? []));
    const servers = files.flatMap((f) => f.servers);
    const tools = files.flatMap((f) => f.tools);
    let diff: AgentsDiff | null = null;
    let baseCiAgents: CiAgentRow[] | null = null;
    if (context.base) {
      const isIgnored = ignoreMatcher(context.policy);
      const basePaths = [...context.base.keys()].filter((p) => !isIgnored(p)).sort();
      const base = await collectAgents(context.base, basePaths, collectOptions(context.policy.agents));
      diff = diffAgents({ servers: base.servers.map(serverRow), tools: base.tools.map(toolRow) }, { servers, tools });
      baseCiAgents = base.ciAgents.map(ciRow);
    }
    return { findings, data: { servers, tools, ciAgents: files.flatMap((f) => f.ciAgents), baseCiAgents, diff } };
  },
};

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
  perFile: agentsPerFile,
  analyze(context: AnalyzerContext): Promise<AnalyzerResult<AgentsData>> {
    return runPerFile(agentsPerFile, 'agents', context);
  },
});
