import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol/node';
import { startTestClient, type TestClient } from './lsp-test-client.js';

// A fake token of the right shape, assembled at run time so no file holds one whole.
const GITHUB_TOKEN = ['ghp_', 'Q3vT8kLm2Zp9Rw4Xy7Bn1Cd5Ef6Gh0Ij3Kl8'].join('');

const MCP_JSON = `{
  "mcpServers": {
    "github": {
      "command": "npx",
      "args": ["-y", "@modelcontextprotocol/server-github"],
      "env": { "GITHUB_PERSONAL_ACCESS_TOKEN": "${GITHUB_TOKEN}" }
    },
    "fetch": { "command": "uvx", "args": ["mcp-server-fetch"] },
    "memory": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-memory"] }
  }
}
`;

const TOOLS_TS = `import { tool } from '@openai/agents';
import { z } from 'zod';

export const refundOrder = tool({
  name: 'refund_order',
  description: 'Refund an order',
  parameters: z.object({ chargeId: z.string() }),
  execute: async ({ chargeId }) => stripe.refunds.create({ charge: chargeId }),
});
`;

function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'tollgate-lsp-agents-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const codes = (d: readonly Diagnostic[]): string[] => d.map((x) => String(x.code));

function applyEdits(text: string, uri: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'x', 1, text), edits);
}

describe('tollgate lsp --stdio: agents', () => {
  let client: TestClient;
  beforeAll(async () => {
    const root = workspace({
      'package-lock.json': JSON.stringify({
        lockfileVersion: 3,
        packages: { '': { name: 'ws' }, 'node_modules/@modelcontextprotocol/server-github': { version: '2025.4.8' } },
      }),
      'uv.lock': 'version = 1\n\n[[package]]\nname = "mcp-server-fetch"\nversion = "2025.4.7"\n',
    });
    client = await startTestClient(root);
  });
  afterAll(async () => client.stop());

  const serverDiagnostic = (d: readonly Diagnostic[], line: number): Diagnostic | undefined =>
    d.find((x) => x.code === 'agents/unpinned-server' && x.range.start.line === line);

  const actions = (path: string, diagnostic: Diagnostic): Promise<CodeAction[]> =>
    client.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri: client.uri(path) },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });

  const hover = async (path: string, line: number, character: number): Promise<string | undefined> => {
    const h = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri(path) },
      position: { line, character },
    })) as Hover | null;
    return h ? (h.contents as { value: string }).value : undefined;
  };

  it('publishes agents/* diagnostics on a .mcp.json: unpinned servers on their name keys, the inline token masked', async () => {
    await client.open('.mcp.json', MCP_JSON, 'json');
    const d = await client.diagnostics('.mcp.json', (x) => codes(x).includes('agents/unpinned-server'));
    expect(serverDiagnostic(d, 2)?.range).toEqual({ start: { line: 2, character: 4 }, end: { line: 2, character: 12 } });
    expect(serverDiagnostic(d, 7)).toBeDefined();
    expect(codes(d)).toContain('agents/inline-secret');
    expect(JSON.stringify(d)).not.toContain(GITHUB_TOKEN);
  });

  it('hovers an MCP server name: transport, package and pin state, what it reaches; no setting value', async () => {
    const value = await hover('.mcp.json', 2, 7);
    expect(value).toContain('`github`');
    expect(value).toContain('**stdio**');
    expect(value).toContain('`@modelcontextprotocol/server-github`');
    expect(value).toMatch(/\*\*not pinned\*\*/);
    expect(value).toMatch(/Reaches: GitHub/i);
    expect(value).toContain('GITHUB_PERSONAL_ACCESS_TOKEN');
    expect(value).not.toContain(GITHUB_TOKEN);
    expect(value).not.toContain(GITHUB_TOKEN.slice(0, 8));
    expect(await hover('.mcp.json', 3, 8)).toBeUndefined();
  });

  it('pins an npx server to the package-lock.json version; applied, the diagnostic goes away on the next publish', async () => {
    const d = serverDiagnostic(client.published('.mcp.json').at(-1)?.diagnostics ?? [], 2) as Diagnostic;
    const [fix] = (await actions('.mcp.json', d)).filter((a) => a.title.startsWith('Pin to'));
    expect(fix?.title).toContain('@modelcontextprotocol/server-github@2025.4.8');
    const line = MCP_JSON.split('\n')[4] as string;
    const character = line.indexOf('@modelcontextprotocol');
    expect(fix?.edit?.changes?.[client.uri('.mcp.json')]).toEqual([
      {
        range: { start: { line: 4, character }, end: { line: 4, character: character + '@modelcontextprotocol/server-github'.length } },
        newText: '@modelcontextprotocol/server-github@2025.4.8',
      },
    ]);
    const fixed = applyEdits(MCP_JSON, client.uri('.mcp.json'), fix as CodeAction);
    await client.change('.mcp.json', fixed);
    // The fast run republishes the slow analyzers' last diagnostics until they run again; wait for theirs.
    const after = await client.diagnostics('.mcp.json', (x, p) => p.version === 2 && serverDiagnostic(x, 2) === undefined);
    expect(serverDiagnostic(after, 7)).toBeDefined();
    expect((await hover('.mcp.json', 2, 7)) ?? '').toMatch(/\*\*pinned\*\*/);
  });

  it('pins a uvx server to the uv.lock version, and offers no pin when the lockfile records no version', async () => {
    const d = client.published('.mcp.json').at(-1)?.diagnostics ?? [];
    const fetch = serverDiagnostic(d, 7) as Diagnostic;
    const [fix] = (await actions('.mcp.json', fetch)).filter((a) => a.title.startsWith('Pin to'));
    expect(fix?.edit?.changes?.[client.uri('.mcp.json')]?.[0]?.newText).toBe('mcp-server-fetch==2025.4.7');
    const memory = serverDiagnostic(d, 8) as Diagnostic;
    expect(memory).toBeDefined();
    expect((await actions('.mcp.json', memory)).filter((a) => a.title.startsWith('Pin to'))).toEqual([]);
  });

  it('flags a write tool without approval, hovers it, and adds needsApproval: true; applied, the diagnostic goes away', async () => {
    await client.open('src/tools.ts', TOOLS_TS, 'typescript');
    const d = await client.diagnostics('src/tools.ts', (x) => codes(x).includes('agents/unapproved-write'));
    const diagnostic = d.find((x) => x.code === 'agents/unapproved-write') as Diagnostic;
    expect(diagnostic.range.start.line).toBe(4);
    const value = await hover('src/tools.ts', 4, 12);
    expect(value).toContain('`refund_order`');
    expect(value).toContain('openai-agents');
    expect(value).toMatch(/Approval gate: \*\*no\*\*/);
    expect(value).toMatch(/Access: \*\*(write|destructive)\*\*/);
    const [fix] = (await actions('src/tools.ts', diagnostic)).filter((a) => a.title.includes('needsApproval'));
    expect(fix?.edit?.changes?.[client.uri('src/tools.ts')]).toEqual([
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: '  needsApproval: true,\n' },
    ]);
    const fixed = applyEdits(TOOLS_TS, client.uri('src/tools.ts'), fix as CodeAction);
    expect(fixed).toContain("  name: 'refund_order',\n  needsApproval: true,\n  description");
    await client.change('src/tools.ts', fixed);
    const after = await client.diagnostics('src/tools.ts', (x, p) => p.version === 2 && !codes(x).includes('agents/unapproved-write'));
    expect(codes(after)).not.toContain('agents/unapproved-write');
    expect(await hover('src/tools.ts', 4, 12)).toMatch(/Approval gate: \*\*yes\*\*/);
  });
});

describe('tollgate lsp --stdio: agents with the fast analyzers on configs', () => {
  it('checks an agent config and a workflow without waiting for the slow pause; TS tools wait for it', async () => {
    // A slow pause no test waits out: what arrives came from the fast run.
    const client = await startTestClient(workspace({}), { debounce: { fast: 0, slow: 600_000 } });
    try {
      await client.open(
        '.vscode/mcp.json',
        '{\n  // VS Code\n  "servers": { "gh": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"] }, },\n}\n',
        'jsonc',
      );
      const d = await client.diagnostics('.vscode/mcp.json', (x) => codes(x).includes('agents/unpinned-server'));
      expect(d.find((x) => x.code === 'agents/unpinned-server')?.range.start.line).toBe(2);
      const workflow = [
        'on: issue_comment',
        'permissions:',
        '  contents: write',
        'jobs:',
        '  agent:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: anthropics/claude-code-action@v1',
        '        with:',
        '          anthropic_api_key: ${{ secrets.ANTHROPIC_API_KEY }}',
        '',
      ].join('\n');
      await client.open('.github/workflows/agent.yml', workflow, 'yaml');
      await client.diagnostics('.github/workflows/agent.yml', (x) => codes(x).includes('agents/untrusted-ci-agent'));
      await client.open('src/tools.ts', TOOLS_TS, 'typescript');
      const ts = await client.diagnostics('src/tools.ts');
      expect(codes(ts)).not.toContain('agents/unapproved-write');
    } finally {
      await client.stop();
    }
  });
});

describe('tollgate lsp --stdio: agents pin fix and the lockfile', () => {
  it('reads the lockfile nearest to the config, and never a symbolic link (it could point outside the repository)', async () => {
    const outside = workspace({
      'package-lock.json': JSON.stringify({ packages: { 'node_modules/@modelcontextprotocol/server-github': { version: '1.0.0' } } }),
    });
    const root = workspace({
      'package-lock.json': JSON.stringify({ packages: { 'node_modules/@modelcontextprotocol/server-github': { version: '2025.4.8' } } }),
    });
    mkdirSync(join(root, 'linked'));
    symlinkSync(join(outside, 'package-lock.json'), join(root, 'linked', 'package-lock.json'));
    const client = await startTestClient(root);
    try {
      const text = '{ "mcpServers": { "gh": { "command": "npx", "args": ["-y", "@modelcontextprotocol/server-github"] } } }\n';
      await client.open('linked/.mcp.json', text, 'json');
      const d = await client.diagnostics('linked/.mcp.json', (x) => codes(x).includes('agents/unpinned-server'));
      const diagnostic = d.find((x) => x.code === 'agents/unpinned-server') as Diagnostic;
      const found: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri: client.uri('linked/.mcp.json') },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      });
      // The link is skipped; the root's lockfile records the version.
      expect(found.find((a) => a.title.startsWith('Pin to'))?.edit?.changes?.[client.uri('linked/.mcp.json')]?.[0]?.newText).toBe(
        '@modelcontextprotocol/server-github@2025.4.8',
      );
    } finally {
      await client.stop();
    }
  });
});
