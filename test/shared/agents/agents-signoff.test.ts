import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../../shared/risk/build-evidence.js';
import type { RiskDecision } from '../../../shared/risk/decide-risk.js';
import { evidenceSchema } from '../../../shared/risk/evidence-schema.js';
import { reviewChange } from '../risk/review-change.js';

const committed = JSON.parse(readFileSync(new URL('../../../schema/tollgate-evidence.schema.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

const MCP = (args: string): string => `{\n  "mcpServers": {\n    "time": { "command": "uvx", "args": [${args}] }\n  }\n}\n`;

const TOOL = (gate: string): string => `import { tool } from '@openai/agents';
import { z } from 'zod';

export const create = tool({
  name: 'create_order',
  description: 'Create a purchase order.',
  parameters: z.object({ id: z.string() }),${gate}
  execute: async ({ id }) => orders.create({ id }),
});
`;

const item = (result: Awaited<ReturnType<typeof reviewChange>>) => (result.data.risk as RiskDecision).checklist.find((i) => i.id === 'agent-tools');

const evidence = (result: Awaited<ReturnType<typeof reviewChange>>) =>
  buildEvidence(result, {
    toolVersion: '0',
    policySources: [],
    policyValid: true,
    base: { commit: 'a'.repeat(40) },
    head: { commit: 'b'.repeat(40) },
  });

describe('agent tools in the sign-off checklist and the evidence record', () => {
  it('fails the agent-tools item with the unpinned server and the ungated write tool, and records both in the evidence', async () => {
    const result = await reviewChange({ 'a.md': 'a\n' }, { 'a.md': 'a\n', '.mcp.json': MCP('"mcp-server-time"'), 'src/tools.ts': TOOL('') });
    const checked = item(result);
    expect(checked?.status).toBe('failed');
    const failing = result.findings.filter((f) => checked?.findings.includes(f.fingerprint)).map((f) => f.ruleId);
    expect(failing).toEqual(expect.arrayContaining(['agents/unpinned-server', 'agents/unapproved-write']));
    const record = evidence(result);
    expect(record?.agents?.servers).toEqual([
      expect.objectContaining({ change: 'added', name: 'time', path: '.mcp.json', pinned: false, transport: 'stdio' }),
    ]);
    expect(record?.agents?.tools).toEqual([
      expect.objectContaining({ change: 'added', name: 'create_order', access: 'write', approval: false, path: 'src/tools.ts' }),
    ]);
    expect(record?.checklist.find((c) => c.id === 'agent-tools')?.status).toBe('failed');
    const json = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    const validate = new Ajv.default({ strict: false, allErrors: true }).compile(committed);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(evidenceSchema.safeParse(json).success).toBe(true);
  });

  it('verifies it for a pinned server and a gated tool, and records a gate added as a change', async () => {
    const base = { '.mcp.json': MCP('"mcp-server-time==2025.4.7"'), 'src/tools.ts': TOOL('') };
    const result = await reviewChange(base, { ...base, 'src/tools.ts': TOOL('\n  needsApproval: true,') });
    expect(item(result)?.status).toBe('verified');
    expect(evidence(result)?.agents).toEqual({
      servers: [],
      tools: [expect.objectContaining({ change: 'changed', name: 'create_order', approval: true, approvalBefore: false })],
    });
  });

  it('leaves it not checked when the change has no agents data', async () => {
    const result = await reviewChange({ 'a.md': 'a\n' }, { 'a.md': 'b\n' });
    expect(item(result)?.status).toBe('not-checked');
    expect(evidence(result)?.agents).toEqual({ servers: [], tools: [] });
  });
});
