import { describe, expect, it } from 'vitest';
import { classifyLaunch } from '../../../shared/agents/classify-launch.js';
import { classifyTool } from '../../../shared/agents/classify-tool.js';
import { isActorGate } from '../../../shared/agents/read-ci-agents.js';
import { readMcpConfig } from '../../../shared/agents/read-mcp-config.js';
import { readPythonAgents } from '../../../shared/agents/read-python-agents.js';
import { readTomlServers } from '../../../shared/agents/read-toml-servers.js';
import { createLineIndex } from '../../../shared/text/line-index.js';

const lineOf = (text: string, offset: number): number => createLineIndex(text).positionAt(offset).line;

describe('classifyLaunch', () => {
  it.each([
    ['npx', ['-y', '@modelcontextprotocol/server-github@2025.4.8'], true],
    ['npx', ['-y', '@modelcontextprotocol/server-github'], false],
    ['npx', ['@playwright/mcp@latest'], false],
    ['uvx', ['mcp-server-fetch==2025.4.7'], true],
    ['uvx', ['mcp-server-git'], false],
    ['uvx', ['--from', 'git+https://github.com/x/y', 'y'], true],
    ['docker', ['run', '-i', '--rm', '-e', 'TOKEN', 'mcp/time@sha256:0123'], true],
    ['docker', ['run', '-i', '--rm', 'hashicorp/terraform-mcp-server'], false],
    ['docker', ['run', '--network', 'host', 'ghcr.io/x/y:1.4.0'], true],
    ['docker', ['run', 'x:latest'], false],
    ['docker', ['mcp', 'gateway', 'run'], true],
    ['node', ['dist/server.js'], true],
    ['cmd', ['/c', 'npx', '-y', 'pkg'], false],
    ['wsl.exe', ['-d', 'Ubuntu', 'npx', 'pkg@1.0.0'], true],
  ] as const)('%s %j -> pinned %s', (command, args, pinned) => {
    expect(classifyLaunch(command, args).pinned).toBe(pinned);
  });

  it('a shell with a command string is a shell command; cmd /c npx is not', () => {
    expect(classifyLaunch('bash', ['-c', 'cd x && python s.py']).shellCommand).toBe(true);
    expect(classifyLaunch('cmd', ['/c', 'npx', '-y', 'pkg@1.0.0']).shellCommand).toBe(false);
  });
});

describe('readMcpConfig', () => {
  it('reads VS Code servers with comments, Continue lists and server-only fragments, each on its name line', () => {
    const vscode = '{\n  // c\n  "servers": {\n    "a": { "type": "http", "url": "https://a.example.com/mcp", },\n  },\n}\n';
    const read = readMcpConfig('.vscode/mcp.json', vscode);
    expect(read.servers.map((s) => [s.name, s.transport, lineOf(vscode, s.span.start)])).toEqual([['a', 'http', 4]]);
    const cont = 'mcpServers:\n  - name: K\n    type: streamable-http\n    url: https://k.example.com/mcp\n';
    expect(readMcpConfig('.continue/mcpServers/x.yaml', cont).servers.map((s) => [s.name, s.transport, lineOf(cont, s.span.start)])).toEqual([
      ['K', 'http', 2],
    ]);
    const fragment = '  monitoring:\n    type: stdio\n    command: uv\n';
    expect(readMcpConfig('.continue/mcpServers/m.yaml', fragment).servers.map((s) => s.name)).toEqual(['monitoring']);
  });

  it('reports where a broken file stops instead of throwing', () => {
    const read = readMcpConfig('.mcp.json', '{ "mcpServers": { "a": { "command": "npx" ');
    expect(read.servers).toEqual([]);
    expect(read.error).toBeDefined();
  });

  it('reads Codex TOML tables written by a workflow', () => {
    const text =
      'run: |\n  cat > c.toml <<EOF\n  [mcp_servers.github]\n  url = "https://api.githubcopilot.com/mcp/"\n  bearer_token_env_var = "GITHUB_TOKEN"\n  EOF\n';
    const servers = readTomlServers('wf.yml', text);
    expect(servers.map((s) => [s.name, s.transport, lineOf(text, s.span.start), s.settings.length])).toEqual([['github', 'http', 3, 1]]);
  });
});

describe('tools', () => {
  it('Python: decorator names, def lines, HITL middleware and body access', () => {
    const text = [
      'from fastmcp import FastMCP',
      'mcp = FastMCP("x")',
      '',
      '@mcp.tool("run")',
      'def run(command: str) -> str:',
      '    return subprocess.run(command, shell=True).stdout',
      '',
      '@mcp.tool()',
      'async def list_files(',
      '    path: str,',
      ') -> list[str]:',
      '    return os.listdir(path)',
      '',
    ].join('\n');
    const tools = readPythonAgents('s.py', text).tools;
    expect(tools.map((t) => [t.name, t.framework, lineOf(text, t.span.start)])).toEqual([
      ['run', 'fastmcp', 4],
      ['list_files', 'fastmcp', 9],
    ]);
    expect(classifyTool('run', tools[0]?.handler ?? '')).toMatchObject({ access: 'destructive', shell: true });
    expect(classifyTool('list_files', tools[1]?.handler ?? '').access).toBe('read');
  });

  it('access from calls and names: fixed programs write, read verbs stay read', () => {
    expect(classifyTool('convert', "subprocess.run(['markitdown', p])").access).toBe('write');
    expect(classifyTool('simulate_transfer', 'return quote(amount)').access).toBe('read');
    expect(classifyTool('transfer', 'return wallet.sendTransaction(tx)').access).toBe('destructive');
    expect(classifyTool('notify', "await fetch(url, { method: 'POST', body })").access).toBe('write');
  });
});

describe('isActorGate', () => {
  it('holds only when every || alternative around the check also checks the actor', () => {
    expect(
      isActorGate("contains(github.event.comment.body, '@claude') && contains(fromJSON('[\"OWNER\"]'), github.event.comment.author_association)"),
    ).toBe(true);
    expect(
      isActorGate(
        "github.event_name == 'issues' || (github.event.comment.author_association == 'OWNER' || github.event.comment.author_association == 'MEMBER')",
      ),
    ).toBe(false);
    expect(isActorGate("(!github.event.issue.pull_request || github.event.comment.author_association == 'OWNER')")).toBe(false);
    expect(isActorGate("contains(github.event.comment.body, '@claude')")).toBe(false);
  });
});
