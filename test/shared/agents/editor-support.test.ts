import { describe, expect, it } from 'vitest';
import { collectAgents } from '../../../shared/agents/collect-agents.js';
import { describeAgentAt } from '../../../shared/agents/describe-agent-at.js';
import { lockedVersions } from '../../../shared/agents/locked-versions.js';
import { needsApprovalEdit, type OffsetEdit } from '../../../shared/agents/needs-approval-edit.js';
import { pinServerEdit } from '../../../shared/agents/pin-server-edit.js';

const OPTIONS = { ciActions: [], approvalWrappers: [] };
const apply = (text: string, e: OffsetEdit): string => text.slice(0, e.start) + e.newText + text.slice(e.end);
const inventoryOf = (path: string, text: string) => collectAgents(new Map([[path, text]]), [path], OPTIONS);

const MCP_JSON = `{
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "ghp_notARealTokenButLongEnough1234567890" }
    },
    "mcp-server-fetch": { "command": "uvx", "args": ["mcp-server-fetch"] },
    "time": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-time@latest"] }
  }
}
`;

const PACKAGE_LOCK = JSON.stringify({
  lockfileVersion: 3,
  packages: {
    '': { name: 'ws' },
    'node_modules/@modelcontextprotocol/server-github': { version: '2025.4.8' },
    'node_modules/x/node_modules/@modelcontextprotocol/server-time': { version: '9.9.9' },
  },
});
const UV_LOCK = `version = 1\n\n[[package]]\nname = "mcp-server-fetch"\nversion = "2025.4.7"\nsource = { registry = "https://pypi.org/simple" }\n\n[package.optional-dependencies]\nx = []\n`;

describe('describeAgentAt', () => {
  it('describes the server under the cursor: transport, package, pin state, what it reaches; settings by key only', async () => {
    const inv = await inventoryOf('.mcp.json', MCP_JSON);
    const d = describeAgentAt(inv, '.mcp.json', MCP_JSON.indexOf('"github"') + 3);
    expect(d).toMatchObject({
      kind: 'server',
      name: 'github',
      transport: 'stdio',
      launcher: 'npx',
      target: '@modelcontextprotocol/server-github',
      pinned: false,
    });
    expect(d?.kind === 'server' && d.reaches?.id).toBe('github');
    expect(d?.kind === 'server' && d.settings).toEqual([{ key: 'GITHUB_PERSONAL_ACCESS_TOKEN', source: 'env', reference: false }]);
    expect(JSON.stringify(d)).not.toContain('ghp_');
    expect(describeAgentAt(inv, '.mcp.json', MCP_JSON.indexOf('"command"'))).toBeUndefined();
  });

  it('describes a tool under the cursor: access, systems, approval', async () => {
    const text = `import { tool } from '@openai/agents';\nexport const refund = tool({\n  name: 'refund_order',\n  parameters: z.object({}),\n  execute: async ({ id }) => stripe.refunds.create({ charge: id }),\n});\n`;
    const inv = await inventoryOf('src/tools.ts', text);
    const d = describeAgentAt(inv, 'src/tools.ts', text.indexOf('refund_order'));
    expect(d).toMatchObject({ kind: 'tool', name: 'refund_order', framework: 'openai-agents', approval: false });
    expect(d?.kind === 'tool' && d.access).not.toBe('read');
  });

  it('masks credentials in a remote server URL', async () => {
    const text = `{ "mcpServers": { "remote": { "url": "https://user:pw@mcp.example.com/mcp?token=abc" } } }`;
    const inv = await inventoryOf('.mcp.json', text);
    const d = describeAgentAt(inv, '.mcp.json', text.indexOf('"remote"') + 1);
    expect(d?.kind === 'server' && d.target).toBe('https://***@mcp.example.com/mcp?…');
  });
});

describe('needsApprovalEdit', () => {
  it('adds needsApproval: true after the name, indented like its siblings', async () => {
    const text = `const t = tool({\n    name: 'delete_user',\n    execute: async () => db.delete(),\n});\n`;
    const e = await needsApprovalEdit('a.ts', text, { start: text.indexOf("'delete_user'"), end: text.indexOf("'delete_user'") + 13 });
    expect(e).toEqual({ start: text.indexOf('    execute'), end: text.indexOf('    execute'), newText: '    needsApproval: true,\n' });
    expect(apply(text, e as OffsetEdit)).toContain("name: 'delete_user',\n    needsApproval: true,\n    execute");
  });

  it('works on a one-line object and on an unnamed Vercel tool (span = the call)', async () => {
    const one = `const t = tool({ name: 'x', execute: run });`;
    const e1 = await needsApprovalEdit('a.ts', one, { start: one.indexOf("'x'"), end: one.indexOf("'x'") + 3 });
    expect(apply(one, e1 as OffsetEdit)).toBe(`const t = tool({ name: 'x', needsApproval: true, execute: run });`);
    const vercel = `const sendMail = tool({\n  inputSchema: s,\n  execute: async () => mail.send(),\n});\n`;
    const start = vercel.indexOf('tool(');
    const e2 = await needsApprovalEdit('a.ts', vercel, { start, end: vercel.indexOf('})') + 2 });
    expect(apply(vercel, e2 as OffsetEdit)).toBe(
      `const sendMail = tool({\n  needsApproval: true,\n  inputSchema: s,\n  execute: async () => mail.send(),\n});\n`,
    );
  });

  it('leaves an explicit needsApproval alone, and anything that is not tool({...})', async () => {
    const text = `const t = tool({ name: 'x', needsApproval: false, execute: run });\nserver.tool('y', {}, run);`;
    expect(await needsApprovalEdit('a.ts', text, { start: text.indexOf("'x'"), end: text.indexOf("'x'") + 3 })).toBeUndefined();
    expect(await needsApprovalEdit('a.ts', text, { start: text.indexOf("'y'"), end: text.indexOf("'y'") + 3 })).toBeUndefined();
  });
});

describe('lockedVersions and pinServerEdit', () => {
  it('reads top-level package-lock entries and uv.lock packages', () => {
    const v = lockedVersions({ packageLock: PACKAGE_LOCK, uvLock: UV_LOCK });
    expect(v.npm.get('@modelcontextprotocol/server-github')).toBe('2025.4.8');
    expect(v.npm.has('@modelcontextprotocol/server-time')).toBe(false);
    expect(v.python.get('mcp-server-fetch')).toBe('2025.4.7');
    expect(lockedVersions({ packageLock: '{broken' }).npm.size).toBe(0);
  });

  it('pins npx and uvx packages to the locked version, in the args where they are written', async () => {
    const inv = await inventoryOf('.mcp.json', MCP_JSON);
    const versions = lockedVersions({ packageLock: PACKAGE_LOCK, uvLock: UV_LOCK });
    const gh = pinServerEdit(MCP_JSON, inv, '.mcp.json', MCP_JSON.indexOf('"github"'), versions);
    const at = MCP_JSON.indexOf('@modelcontextprotocol/server-github');
    expect(gh).toEqual({
      edit: { start: at, end: at + '@modelcontextprotocol/server-github'.length, newText: '@modelcontextprotocol/server-github@2025.4.8' },
      spec: '@modelcontextprotocol/server-github@2025.4.8',
    });
    const fetch = pinServerEdit(MCP_JSON, inv, '.mcp.json', MCP_JSON.indexOf('"mcp-server-fetch"'), versions);
    // Not the name key, which spells the same word: the args item.
    expect(fetch?.edit.start).toBe(MCP_JSON.indexOf('"mcp-server-fetch"]') + 1);
    expect(fetch?.spec).toBe('mcp-server-fetch==2025.4.7');
    const pinned = apply(MCP_JSON, (gh as { edit: OffsetEdit }).edit);
    const after = await inventoryOf('.mcp.json', pinned);
    expect(after.servers.find((s) => s.name === 'github')?.pinned).toBe(true);
  });

  it('offers nothing when the lockfile does not record the package (only a nested copy, or no lockfile)', async () => {
    const inv = await inventoryOf('.mcp.json', MCP_JSON);
    const versions = lockedVersions({ packageLock: PACKAGE_LOCK });
    expect(pinServerEdit(MCP_JSON, inv, '.mcp.json', MCP_JSON.indexOf('"time"') + 1, versions)).toBeUndefined();
    expect(pinServerEdit(MCP_JSON, inv, '.mcp.json', MCP_JSON.indexOf('"mcp-server-fetch"'), versions)).toBeUndefined();
    expect(pinServerEdit(MCP_JSON, inv, '.mcp.json', MCP_JSON.indexOf('"github"'), lockedVersions({}))).toBeUndefined();
  });

  it('pins a one-string command and a server in client code', async () => {
    const cfg = `{ "mcpServers": { "gh": { "command": "npx -y @modelcontextprotocol/server-github" } } }`;
    const versions = lockedVersions({ packageLock: PACKAGE_LOCK });
    const e = pinServerEdit(cfg, await inventoryOf('.mcp.json', cfg), '.mcp.json', cfg.indexOf('"gh"'), versions);
    expect(apply(cfg, (e as { edit: OffsetEdit }).edit)).toContain('"npx -y @modelcontextprotocol/server-github@2025.4.8"');
    const code = `import { MCPServerStdio } from '@openai/agents';\nconst s = new MCPServerStdio({ command: 'npx', args: ['-y', '@modelcontextprotocol/server-github'] });\n`;
    const inv = await inventoryOf('src/a.ts', code);
    const server = inv.servers[0];
    const c = pinServerEdit(code, inv, 'src/a.ts', server?.span.start ?? -1, versions);
    expect(apply(code, (c as { edit: OffsetEdit }).edit)).toContain("'@modelcontextprotocol/server-github@2025.4.8'");
  });
});
