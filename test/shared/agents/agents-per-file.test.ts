import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { agentsAnalyzer, type AgentsData } from '../../../shared/agents/agents-analyzer.js';
import { checkAgents } from '../../../shared/agents/check-agents.js';
import { collectAgents, serverRow, toolRow } from '../../../shared/agents/collect-agents.js';
import { DEFAULT_CI_AGENT_ACTIONS } from '../../../shared/agents/read-ci-agents.js';
import { runReview } from '../../../shared/engine/run-review.js';
import { DEFAULT_POLICY } from '../../../shared/policy/policy-schema.js';
import { renderReport, type ReportFormat } from '../../../shared/report/index.js';

const CORPUS = fileURLToPath(new URL('../../corpus/agents/files/', import.meta.url));

function readTree(dir: string, root = dir, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) readTree(full, root, out);
    else out.set(relative(root, full).split('\\').join('/'), readFileSync(full, 'utf8'));
  }
  return out;
}

describe('the agents analyzer, file by file', () => {
  it('gives the findings (in order) and rows that one pass over the whole inventory gives, on the labelled corpus', async () => {
    const head = readTree(CORPUS);
    const paths = [...head.keys()].sort();
    expect(paths.length).toBeGreaterThan(60);
    const policy = DEFAULT_POLICY.agents;
    const inventory = await collectAgents(head, paths, { ciActions: DEFAULT_CI_AGENT_ACTIONS, approvalWrappers: policy.approval.wrappers });
    const whole = await checkAgents(inventory, head, policy);
    expect(whole.length).toBeGreaterThan(40);
    expect(new Set(whole.map((f) => f.ruleId)).size).toBeGreaterThan(5);

    const result = await agentsAnalyzer.analyze({ head, paths, policy: DEFAULT_POLICY });
    expect(result.findings).toEqual(JSON.parse(JSON.stringify(whole)));
    const data = result.data as AgentsData;
    expect(data.servers).toEqual(inventory.servers.map(serverRow));
    expect(data.tools).toEqual(inventory.tools.map(toolRow));
    expect(data.ciAgents.map((c) => `${c.path}:${c.line}:${c.action}`)).toEqual(inventory.ciAgents.map((c) => `${c.path}:${c.line}:${c.action}`));
  });
});

describe('a server URL that carries a credential', () => {
  const token = 'Zk4p9QxL2mN7vB3cR8tY1wE6uI0oPaSd';
  const files = {
    '.mcp.json': JSON.stringify({
      mcpServers: {
        query: { url: `https://api.example.com/mcp?api_key=${token}` },
        userinfo: { url: `https://deploy:${token}@mcp.example.org/sse` },
      },
    }),
  };

  it('is shown without its query and user-info in every report format, the data and the allow-list finding', async () => {
    const policy = {
      ...DEFAULT_POLICY,
      agents: { ...DEFAULT_POLICY.agents, servers: { ...DEFAULT_POLICY.agents.servers, allow: ['nothing-else'] } },
    };
    const result = await runReview({ head: new Map(Object.entries(files)), policy, analyzers: [agentsAnalyzer] });
    const data = result.data.agents as AgentsData;
    expect(data.servers.map((s) => s.target)).toEqual(['https://api.example.com/mcp?…', 'https://***@mcp.example.org/sse']);
    const notAllowed = result.findings.filter((f) => f.ruleId === 'agents/not-allowed-server');
    expect(notAllowed).toHaveLength(2);
    for (const format of ['json', 'sarif', 'markdown', 'text'] as ReportFormat[]) {
      const text = renderReport(format, result, { toolVersion: 'test' });
      expect(text, format).not.toContain(token);
    }
  });
});
