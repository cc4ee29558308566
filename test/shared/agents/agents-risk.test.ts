import { describe, expect, it } from 'vitest';
import type { AgentsData } from '../../../shared/agents/agents-analyzer.js';
import { reportContributions } from '../../../shared/report/report-contributions.js';
import type { RiskDecision } from '../../../shared/risk/decide-risk.js';
import { reviewChange } from '../risk/review-change.js';

const MCP = (servers: string): string => `{\n  "mcpServers": {\n${servers}\n  }\n}\n`;
const TIME = '    "time": { "command": "uvx", "args": ["mcp-server-time==2025.4.7"] }';
const GITHUB = '    "github": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"] }';

const TOOL = (gate: string): string => `import { tool } from '@openai/agents';
import { z } from 'zod';

export const cancel = tool({
  name: 'cancel_order',
  description: 'Cancel an order.',
  parameters: z.object({ id: z.string() }),${gate}
  execute: async ({ id }) => orders.cancel(id),
});
`;

const WORKFLOW = `on:
  issue_comment:
    types: [created]
permissions:
  contents: write
jobs:
  claude:
    runs-on: ubuntu-latest
    steps:
      - uses: anthropics/claude-code-action@v1
        with:
          anthropic_api_key: \${{ secrets.ANTHROPIC_API_KEY }}
`;

const reasons = (risk: RiskDecision): (string | undefined)[] => risk.reasons.map((r) => r.fact);

describe('agents risk facts and report', () => {
  it('an added MCP server sets mcp-server-added and the high tier, and shows in the Agent tools section', async () => {
    const base = { '.mcp.json': MCP(TIME) };
    const result = await reviewChange(base, { '.mcp.json': MCP(`${TIME},\n${GITHUB}`) });
    const risk = result.data.risk as RiskDecision;
    expect(risk.tier).toBe('high');
    expect(reasons(risk)).toContain('mcp-server-added');
    expect(risk.reasons.find((r) => r.fact === 'mcp-server-added')?.evidence[0]).toMatchObject({ path: '.mcp.json', line: 4 });
    const data = result.data.agents as AgentsData;
    expect(data.diff?.servers.map((c) => [c.change, c.server.name])).toEqual([['added', 'github']]);
    const parts = reportContributions(result);
    expect(parts.extraSections.find((s) => s.id === 'agent-tools')?.markdown).toContain('github');
    expect(parts.textBlocks.map((b) => b.id)).toContain('agent-tools');
    expect(Object.keys(parts.extensions)).toContain('agents');
  });

  it('a changed package is mcp-server-added; an unchanged config is not', async () => {
    const changed = await reviewChange({ '.mcp.json': MCP(TIME) }, { '.mcp.json': MCP(TIME.replace('2025.4.7', '2025.5.1')) });
    expect(reasons(changed.data.risk as RiskDecision)).toContain('mcp-server-added');
    const same = await reviewChange({ '.mcp.json': MCP(TIME), 'a.md': 'a\n' }, { '.mcp.json': MCP(TIME), 'a.md': 'b\n' });
    expect(reasons(same.data.risk as RiskDecision)).not.toContain('mcp-server-added');
  });

  it('a new destructive tool sets agent-tool-write-added; removing its gate sets approval-gate-removed', async () => {
    const added = await reviewChange({ 'README.md': '# x\n' }, { 'README.md': '# x\n', 'src/cancel.ts': TOOL('\n  needsApproval: true,') });
    expect(reasons(added.data.risk as RiskDecision)).toContain('agent-tool-write-added');
    const removed = await reviewChange({ 'src/cancel.ts': TOOL('\n  needsApproval: true,') }, { 'src/cancel.ts': TOOL('') });
    const risk = removed.data.risk as RiskDecision;
    expect(risk.tier).toBe('high');
    expect(reasons(risk)).toContain('approval-gate-removed');
    // The tool's own line is not an added line, so no finding: the risk fact is what flags it.
    expect(risk.reasons.find((r) => r.fact === 'approval-gate-removed')?.evidence[0]).toMatchObject({ path: 'src/cancel.ts', line: 5 });
  });

  it('an AI agent step added to CI sets ci-agent-added', async () => {
    const result = await reviewChange({ 'README.md': '# x\n' }, { 'README.md': '# x\n', '.github/workflows/claude.yml': WORKFLOW });
    const risk = result.data.risk as RiskDecision;
    expect(risk.tier).toBe('high');
    expect(reasons(risk)).toContain('ci-agent-added');
    expect(result.findings.map((f) => [f.ruleId, f.location.startLine])).toContainEqual(['agents/untrusted-ci-agent', 10]);
  });
});
