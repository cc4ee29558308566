import { describe, expect, it } from 'vitest';
import { agentNodes } from '../../../shared/agents/agent-nodes.js';
import type { AgentsData } from '../../../shared/agents/agents-analyzer.js';
import { reportContributions } from '../../../shared/report/report-contributions.js';
import { reviewDiagram } from '../../../shared/report/review-diagram.js';
import { renderMermaid } from '../../../shared/flows/render-mermaid.js';
import { reviewChange } from '../risk/review-change.js';
import { countEdges, parseMermaid } from './mermaid-parse.js';

const MANIFEST = `name: cache
owner: "@acme/platform"
purpose: Caches rankings.
auth:
  type: none
systems:
  - id: agent
    kind: internal
    region: eu-central-1
  - id: ranking-cache
    kind: storage
    vendor: PostgreSQL (Amazon RDS)
    region: eu-central-1
  - id: slack
    kind: saas
    vendor: Slack
    region: us
flows:
  - from: agent
    to: ranking-cache
    data: [internal]
    region: eu-central-1
retention:
  stores:
    - name: ranking-cache
      kind: staging
      days: 7
audit:
  sink: stdout
`;

const MCP = `{
  "mcpServers": {
    "ranking-db": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://localhost:5432/rankings"] }
  }
}
`;

const TOOLS = `import { tool } from '@openai/agents';
import { z } from 'zod';

export const cancel = tool({
  name: 'cancel_order',
  description: 'Cancel an order.',
  parameters: z.object({ id: z.string() }),
  execute: async ({ id }) => orders.cancel(id),
});

export const notify = tool({
  name: 'notify_buyer',
  description: 'Tell the buyer.',
  parameters: z.object({ text: z.string() }),
  needsApproval: true,
  execute: async ({ text }) => slack.chat.postMessage({ channel: '#buyers', text }),
});
`;

const idOf = (text: string, label: string): string => new RegExp(`(n\\d+)\\["[^"]*${label}`).exec(text)?.[1] as string;

describe('agent servers and tools in the data-flow diagram', () => {
  it('draws an added MCP server and a destructive tool inside the repository, joined to the systems they reach', async () => {
    const base = { 'connectors/cache/connector.yml': MANIFEST, 'README.md': 'a\n' };
    const result = await reviewChange(base, { ...base, '.mcp.json': MCP, 'src/tools.ts': TOOLS });
    const diagram = reviewDiagram(result);
    expect(diagram).toBeDefined();
    const text = (diagram as NonNullable<typeof diagram>).mermaid;
    // The agent subgraph sits inside "Our systems".
    const lines = text.split('\n');
    const ours = lines.findIndex((l) => l.includes('subgraph b0['));
    const agents = lines.findIndex((l) => /subgraph ag\[/.test(l));
    expect(ours).toBeGreaterThanOrEqual(0);
    expect(agents).toBeGreaterThan(ours);
    // Nodes: the server and both tools, added ('+' with a no-break space), the destructive one marked.
    const server = idOf(text, 'ranking-db');
    const cancel = idOf(text, 'cancel_order');
    const notify = idOf(text, 'notify_buyer');
    expect(server && cancel && notify).toBeTruthy();
    expect(text).toMatch(new RegExp(`${cancel}\\["\\+#160;#9888; cancel_order`));
    expect(text).toMatch(new RegExp(`class [n\\d,]*\\b${cancel}\\b[n\\d,]* destructive`));
    expect(text).toMatch(new RegExp(`class [n\\d,]*\\b${server}\\b[n\\d,]* added`));
    // Edges join the manifest's nodes: postgres -> ranking-cache (vendor alias), slack -> slack.
    expect(text).toMatch(new RegExp(`${server} ==>\\|"\\+#160;read"\\| ${idOf(text, 'ranking-cache')}\\b`));
    expect(text).toMatch(new RegExp(`${notify} ==>\\|"\\+#160;write"\\| ${idOf(text, 'slack')}\\b`));
    expect(text).not.toMatch(/"(?:[-+*]|\d+\.) /);
    await parseMermaid(text);
    // The report's JSON diagram and Markdown section carry the same diagram.
    const parts = reportContributions(result);
    expect((parts.extensions.diagram as { mermaid: string }).mermaid).toBe(text);
  });

  it('keeps a removed tool, dashed, and draws nothing extra without agent data', async () => {
    const base = { 'connectors/cache/connector.yml': MANIFEST, 'src/tools.ts': TOOLS };
    const result = await reviewChange(base, {
      'connectors/cache/connector.yml': MANIFEST,
      'src/tools.ts': TOOLS.slice(0, TOOLS.indexOf('export const notify')),
    });
    const text = reviewDiagram(result)?.mermaid ?? '';
    expect(text).toMatch(/\["removed: notify_buyer/);
    expect(text).toMatch(/ -\.->\|"removed: write"\| /);
    await parseMermaid(text);
    const none = await reviewChange({ 'connectors/cache/connector.yml': MANIFEST }, { 'connectors/cache/connector.yml': MANIFEST, 'a.md': 'x\n' });
    expect(reviewDiagram(none)?.mermaid).toBe((none.data.flows as { diagram: { mermaid: string } }).diagram.mermaid);
    expect(reviewDiagram(none)?.mermaid).not.toContain('subgraph ag');
  });

  it('summarises past 40 agent nodes and stays within the edge limit', async () => {
    const tools = Array.from({ length: 60 }, (_, i) => ({
      path: 'src/t.ts',
      line: i + 1,
      name: `t${i}`,
      framework: 'vercel-ai' as const,
      access: 'write' as const,
      systems: ['payments'],
      approval: false,
      connector: 'src/t.ts',
    }));
    const data: AgentsData = { servers: [], tools, ciAgents: [], baseCiAgents: null, diff: null };
    const diagram = renderMermaid({ nodes: [], edges: [] }, { maxEdges: 150, maxChars: 30_000 }, agentNodes(data));
    expect(diagram.mermaid).toContain('more servers and tools');
    expect(countEdges(diagram.mermaid)).toBe(40);
    await parseMermaid(diagram.mermaid);
  });
});
