import { describe, expect, it } from 'vitest';
import { runTollgate, tempTree } from './run-tollgate.js';

interface AgentsJson {
  servers: { path: string; line: number; name: string; transport: string; pinned: boolean; connector: string }[];
  tools: { path: string; line: number; name: string; framework: string; access: string; systems: string[]; approval: boolean; connector: string }[];
}

const MCP_JSON = `{
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github@2025.4.8"]
    },
    "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] },
    "crm": { "url": "https://crm-mcp.example.com/mcp", "headers": { "Authorization": "Bearer \${env:CRM_TOKEN}" } }
  }
}
`;

const REFUND_TS = `import { tool } from '@openai/agents';
import { z } from 'zod';

export const refund = tool({
  name: 'refund_order',
  description: 'Refund an order.',
  parameters: z.object({ id: z.string() }),
  execute: async ({ id }) => payments.refunds.create({ id }),
});

export const lookup = tool({
  name: 'get_order',
  description: 'Read an order.',
  parameters: z.object({ id: z.string() }),
  needsApproval: true,
  execute: async ({ id }) => orders.get(id),
});
`;

describe('tollgate agents', () => {
  it('prints servers and tools as JSON in the documented shape, and text', async () => {
    const root = tempTree({ '.mcp.json': MCP_JSON, 'src/refund.ts': REFUND_TS, 'README.md': '# mcp\n' });
    const run = await runTollgate(['agents', '--format', 'json'], root);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as AgentsJson;
    expect(
      json.servers.map((s) => ({ path: s.path, line: s.line, name: s.name, transport: s.transport, pinned: s.pinned, connector: s.connector })),
    ).toEqual([
      { path: '.mcp.json', line: 3, name: 'github', transport: 'stdio', pinned: true, connector: '.mcp.json' },
      { path: '.mcp.json', line: 7, name: 'fetch', transport: 'stdio', pinned: false, connector: '.mcp.json' },
      { path: '.mcp.json', line: 8, name: 'crm', transport: 'http', pinned: true, connector: '.mcp.json' },
    ]);
    expect(json.tools.map((t) => ({ line: t.line, name: t.name, framework: t.framework, access: t.access, approval: t.approval }))).toEqual([
      { line: 5, name: 'refund_order', framework: 'openai-agents', access: 'destructive', approval: false },
      { line: 12, name: 'get_order', framework: 'openai-agents', access: 'read', approval: true },
    ]);
    for (const t of json.tools) expect(['read', 'write', 'destructive']).toContain(t.access);

    const text = await runTollgate(['agents', 'src'], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/destructive\s+refund_order/);
    expect(text.stdout).not.toContain('github');
    expect((await runTollgate(['agents', '--format', 'sarif'], root)).code).toBe(2);
    expect((await runTollgate(['agents', 'missing-dir'], root)).code).toBe(2);
  });

  it('scan reports agents findings on the causing lines, and a malformed config does not stop the run', async () => {
    const root = tempTree({ '.mcp.json': MCP_JSON, 'src/refund.ts': REFUND_TS, '.cursor/mcp.json': '{ "mcpServers": { "x": ' });
    const run = await runTollgate(['scan', '--format', 'json'], root);
    expect(run.code, run.stderr).toBeLessThan(2);
    const json = JSON.parse(run.stdout) as { findings: { ruleId: string; path: string; location: { startLine: number } }[] };
    const got = json.findings.filter((f) => f.ruleId.startsWith('agents/')).map((f) => `${f.ruleId} ${f.path}:${f.location.startLine}`);
    expect(got).toEqual(
      expect.arrayContaining([
        'agents/unpinned-server .mcp.json:7',
        'agents/unapproved-write src/refund.ts:5',
        'agents/unresolved .cursor/mcp.json:1',
      ]),
    );
  });
});
