import { describe, expect, it } from 'vitest';
import { agentsAnalyzer } from '../../../shared/agents/agents-analyzer.js';
import { runReview } from '../../../shared/engine/run-review.js';
import { DEFAULT_POLICY } from '../../../shared/policy/policy-schema.js';

async function scan(files: Record<string, string>): Promise<{ rules: string[]; failed: number }> {
  const result = await runReview({ head: new Map(Object.entries(files)), policy: DEFAULT_POLICY, analyzers: [agentsAnalyzer] });
  return {
    rules: result.findings.map((f) => `${f.ruleId}:${f.path}:${f.location.startLine}`),
    failed: result.findings.filter((f) => f.ruleId === 'tollgate/analyzer-failed').length,
  };
}

describe('agents analyzer on bad input', () => {
  it('a malformed or truncated config is one unresolved note at the place reading stopped', async () => {
    const { rules, failed } = await scan({ '.cursor/mcp.json': '{\n  "mcpServers": {\n    "x": { "command": "npx",, }\n' });
    expect(failed).toBe(0);
    expect(rules).toEqual(['agents/unresolved:.cursor/mcp.json:3']);
  });

  it('nesting past the limit, a huge file and a YAML alias bomb do not crash', async () => {
    const deep = `{"mcpServers":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    const huge = `{"mcpServers":{"a":{"command":"node","args":["${'x'.repeat(2_000_000)}"]}}}`;
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...Array.from(
        { length: 12 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      ),
      'mcpServers:',
      '  - name: z',
      '    command: node',
    ].join('\n');
    const { rules, failed } = await scan({ '.mcp.json': deep, 'claude_desktop_config.json': huge, '.continue/mcpServers/bomb.yaml': bomb });
    expect(failed).toBe(0);
    expect(rules).toContain('agents/unresolved:.mcp.json:1');
  });

  it('JSONC, ${env:X} and ${input:X} references are neither secrets nor errors', async () => {
    const text = `{
  // comment
  "servers": {
    "crm": {
      "type": "http",
      "url": "https://crm.example.com/mcp",
      "headers": { "Authorization": "Bearer \${input:crm-token}", "X-Api-Key": "\${env:CRM_KEY}", },
    },
  },
}
`;
    const { rules } = await scan({ '.vscode/mcp.json': text });
    expect(rules).toEqual([]);
  });

  it('tools made in a loop or with a computed name are unresolved notes; Python factories do not crash', async () => {
    const ts =
      "import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';\nconst server = new McpServer({ name: 'x', version: '1' });\nfor (const n of names) server.tool(n, async () => ({ content: [] }));\n";
    const py =
      'from fastmcp import FastMCP\nmcp = FastMCP("x")\n\ndef make(name):\n    @mcp.tool(name=name)\n    def t() -> str:\n        return name\n    return t\n\n@mcp.tool(\n'; // truncated decorator at the end
    const { rules, failed } = await scan({ 'src/server.ts': ts, 'server.py': py });
    expect(failed).toBe(0);
    expect(rules).toContain('agents/unresolved:src/server.ts:3');
  });

  it('a broken workflow still lists its agent step', async () => {
    const wf =
      'on:\n  issue_comment:\npermissions:\n  contents: write\n  bad: [\njobs:\n  a:\n    steps:\n      - uses: anthropics/claude-code-action@v1\n        with:\n          key: ${{ secrets.K }}\n';
    const { rules, failed } = await scan({ '.github/workflows/claude.yml': wf });
    expect(failed).toBe(0);
    expect(rules).toContain('agents/untrusted-ci-agent:.github/workflows/claude.yml:9');
  });
});
