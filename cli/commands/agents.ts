import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import { DEFAULT_CI_AGENT_ACTIONS } from '../../shared/agents/read-ci-agents.js';
import { collectAgents, serverRow, toolRow, type ServerRow, type ToolRow } from '../../shared/agents/collect-agents.js';
import type { CliIo } from '../cli-io.js';
import { readInventoryFiles } from '../read-inventory-files.js';

/** Options of `tollgate agents`. */
export interface AgentsOptions {
  format: 'text' | 'json';
  output?: string;
  config?: string;
  color: boolean;
  quiet?: boolean;
}

/** Files that can hold agent configs, tools or workflows; others are not read. */
const CANDIDATE = /\.(?:[cm]?[jt]sx?|py|ya?ml|jsonc?|toml)$/i;

/**
 * `tollgate agents [PATH...]`: the agents inventory of the files below the paths —
 * MCP servers (agent configs and client code) and tools declared in code, with
 * transport, pinning, access class, systems and approval gate. Text for people,
 * JSON (`{"servers":[...],"tools":[...]}`) for tools. Nothing is executed. Exit 0,
 * or 2 on a usage error.
 */
export async function agentsCommand(rawPaths: string[], options: AgentsOptions, io: CliIo): Promise<number> {
  const { root, policy, texts } = await readInventoryFiles(rawPaths, options.config, io, (f) => CANDIDATE.test(f));
  const agents = policy.policy.agents;
  const inventory = await collectAgents(texts, [...texts.keys()].sort(), {
    ciActions: [...DEFAULT_CI_AGENT_ACTIONS, ...agents.ci.actions],
    approvalWrappers: agents.approval.wrappers,
  });
  const servers = inventory.servers.map(serverRow);
  const tools = inventory.tools.map(toolRow);

  let out: string;
  if (options.format === 'json') {
    out = `${JSON.stringify({ servers, tools, ciAgents: inventory.ciAgents.map((c) => ({ path: c.path, line: c.line, action: c.action, untrustedTrigger: c.untrustedTrigger, writePermissions: c.writePermissions, secrets: c.secrets, actorGate: c.actorGate })) }, null, 2)}\n`;
  } else {
    const color = options.output === undefined && options.color && io.stdout.isTTY === true && !io.env.NO_COLOR;
    out = renderAgentsText(servers, tools, color);
  }
  if (options.output === undefined) io.stdout.write(out);
  else {
    const target = resolve(io.cwd, options.output);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, out);
  }
  if (!options.quiet) {
    const ungated = tools.filter((t) => t.access !== 'read' && !t.approval).length;
    io.stderr.write(
      `tollgate: ${servers.length} MCP server(s), ${tools.length} tool(s)${ungated > 0 ? `, ${ungated} writing without an approval gate` : ''}, ${inventory.ciAgents.length} CI agent step(s)${inventory.problems.length > 0 ? `, ${inventory.problems.length} file(s) could not be read` : ''}; ${texts.size} file(s) read below ${relative(io.cwd, root).split(sep).join('/') || '.'}\n`,
    );
  }
  return 0;
}

/** The inventory as text: servers, then tools, one line each. */
export function renderAgentsText(servers: readonly ServerRow[], tools: readonly ToolRow[], color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  if (servers.length === 0 && tools.length === 0) return 'No MCP servers or agent tools found.\n';
  const lines: string[] = [];
  if (servers.length > 0) {
    lines.push(paint('1', 'MCP servers'));
    for (const s of servers) {
      const flags = [s.pinned ? '' : paint('33', 'unpinned'), s.reaches !== 'unknown' ? `reaches ${s.reaches}` : ''].filter(Boolean).join(', ');
      lines.push(`  ${s.name}  ${s.transport.padEnd(7)} ${s.target}${flags ? `  (${flags})` : ''}  ${paint('2', `${s.path}:${s.line}`)}`);
    }
  }
  if (tools.length > 0) {
    if (lines.length > 0) lines.push('');
    lines.push(paint('1', 'Tools'));
    for (const t of tools) {
      const access =
        t.access === 'destructive'
          ? paint('31', t.access.padEnd(11))
          : t.access === 'write'
            ? paint('33', t.access.padEnd(11))
            : paint('32', t.access.padEnd(11));
      const gate = t.approval ? 'approval gate' : t.access === 'read' ? '' : paint('31', 'no approval gate');
      lines.push(
        `  ${access} ${t.name} (${t.framework}${t.systems.length > 0 ? `; ${t.systems.join(', ')}` : ''})${gate ? `  ${gate}` : ''}  ${paint('2', `${t.path}:${t.line}`)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
