import type { FileSet } from '../files/file-set.js';
import { codeLanguageOf } from '../flows/code-fact.js';
import { createLineIndex } from '../text/line-index.js';
import { MAX_PARSE_CHARS, parseLimitOf, type ParseLimit } from '../typescript/parse-limits.js';
import type { AgentAccess, AgentTool, CiAgentStep, McpServer, McpTransport, Span, ToolFramework } from './agent-model.js';
import { classifyLaunch, type Launch } from './classify-launch.js';
import { classifyTool, type ToolClass } from './classify-tool.js';
import { isAgentConfigPath, readMcpConfig } from './read-mcp-config.js';
import { isWorkflowPath, readCiAgents } from './read-ci-agents.js';
import { readTomlServers } from './read-toml-servers.js';
import { PY_AGENT_HINT, readPythonAgents } from './read-python-agents.js';
import { readTypeScriptAgents, TS_AGENT_HINT } from './read-typescript-agents.js';
import { serverCatalogEntry, type ServerCatalogEntry } from './server-catalog.js';

/** A server with what the analyzer concluded about it. */
export interface ServerEntry extends McpServer {
  readonly line: number;
  readonly launch?: Launch;
  readonly pinned: boolean;
  readonly catalog?: ServerCatalogEntry;
  readonly connector: string;
}

/** A tool with its class. */
export interface ToolEntry extends AgentTool {
  readonly line: number;
  readonly klass: ToolClass;
  readonly connector: string;
}

/** A CI agent step with its line. */
export interface CiAgentEntry extends CiAgentStep {
  readonly line: number;
}

/** Everything the agents analyzer read from a file set. */
export interface AgentInventory {
  readonly servers: ServerEntry[];
  readonly tools: ToolEntry[];
  readonly ciAgents: CiAgentEntry[];
  readonly listeners: { readonly path: string; readonly span: Span }[];
  readonly problems: { readonly path: string; readonly offset: number; readonly reason: string }[];
  readonly notAnalyzed: { readonly path: string; readonly limit: ParseLimit }[];
}

/** Options from the policy that change what is read. */
export interface CollectOptions {
  readonly ciActions: readonly string[];
  readonly approvalWrappers: readonly string[];
}

/** The connector a path belongs to: `connectors/<name>/...`, else the path itself. */
export function connectorOfPath(path: string): string {
  return /(?:^|\/)connectors\/([^/]+)\//.exec(path)?.[1] ?? path;
}

/**
 * Reads every MCP server, agent tool and CI agent step in `paths` of `files`:
 * agent configs (JSON with comments, YAML), TS/JS and Python code, workflows.
 * Files are only parsed when a cheap text test says they may hold something.
 * Never throws for bad input: unreadable configs are problems, files above the
 * parse limits are listed as not analyzed.
 */
export async function collectAgents(files: FileSet, paths: readonly string[], options: CollectOptions): Promise<AgentInventory> {
  const inv: AgentInventory = { servers: [], tools: [], ciAgents: [], listeners: [], problems: [], notAnalyzed: [] };
  for (const path of paths) {
    const text = files.get(path);
    if (text === undefined) continue;
    // Built on the first server or tool found: most files hold neither.
    let lines: ReturnType<typeof createLineIndex> | undefined;
    const lineOf = (offset: number): number => (lines ??= createLineIndex(text)).positionAt(offset).line;
    const servers: McpServer[] = [];
    const tools: AgentTool[] = [];
    if (isWorkflowPath(path, text)) {
      for (const step of readCiAgents(path, text, options.ciActions)) inv.ciAgents.push({ ...step, line: lineOf(step.span.start) });
      if (text.includes('[mcp_servers.')) servers.push(...readTomlServers(path, text));
    } else if (/\.toml$/i.test(path)) {
      if (text.includes('[mcp_servers.')) servers.push(...readTomlServers(path, text));
    } else if (isAgentConfigPath(path, text)) {
      const read = readMcpConfig(path, text);
      servers.push(...read.servers);
      if (read.error) inv.problems.push({ path, offset: read.error.offset, reason: read.error.message });
    } else {
      const language = codeLanguageOf(path);
      if (language === 'ts' && mayHaveTsAgents(text)) {
        try {
          const code = await readTypeScriptAgents(path, text, options.approvalWrappers);
          servers.push(...code.servers);
          tools.push(...code.tools);
        } catch (error) {
          const limit = parseLimitOf(error);
          if (!limit) throw error;
          inv.notAnalyzed.push({ path, limit });
        }
      } else if (language === 'python' && mayHavePythonAgents(text)) {
        if (text.length > MAX_PARSE_CHARS) {
          inv.notAnalyzed.push({ path, limit: { reason: 'size', value: text.length, max: MAX_PARSE_CHARS } });
          continue;
        }
        const code = readPythonAgents(path, text, options.approvalWrappers);
        servers.push(...code.servers);
        tools.push(...code.tools);
        for (const span of code.listeners) inv.listeners.push({ path, span });
      }
    }
    for (const s of servers) inv.servers.push(classifyServer(s, lineOf(s.span.start)));
    for (const t of tools)
      inv.tools.push({ ...t, line: lineOf(t.span.start), klass: classifyTool(t.name, t.handler), connector: connectorOfPath(path) });
  }
  return inv;
}

/** A server's launch, pin status and catalog entry. */
export function classifyServer(s: McpServer, line: number): ServerEntry {
  const launch = s.command !== undefined ? classifyLaunch(s.command, s.args) : undefined;
  const host = s.url ? /^[a-z]+:\/\/([^/:?#]+)/i.exec(s.url)?.[1] : undefined;
  const catalog = serverCatalogEntry([launch?.launcher === 'local' ? launch.target : launch?.target, host, s.url, s.name, launch?.rest.join(' ')]);
  return {
    ...s,
    line,
    ...(launch ? { launch } : {}),
    pinned: launch?.pinned ?? true,
    ...(catalog ? { catalog } : {}),
    connector: connectorOfPath(s.path),
  };
}

/** One server as the inventory and the JSON report show it. */
export interface ServerRow {
  readonly path: string;
  readonly line: number;
  readonly name: string;
  readonly transport: McpTransport;
  readonly pinned: boolean;
  readonly connector: string;
  /** The package, image, script or URL launched or reached. */
  readonly target: string;
  /** Catalog id of what it reaches, or `unknown`. */
  readonly reaches: string;
  readonly access: AgentAccess | 'unknown';
}

/** One tool as the inventory and the JSON report show it. */
export interface ToolRow {
  readonly path: string;
  readonly line: number;
  readonly name: string;
  readonly framework: ToolFramework;
  readonly access: AgentAccess;
  readonly systems: readonly string[];
  readonly approval: boolean;
  readonly connector: string;
}

/**
 * What a server launches or reaches, as every report, message and hover shows it: the
 * package, image or script launched, else its URL without user-info and query (either
 * may hold a credential: `?api_key=…`, `https://token@host`), else its command.
 */
export function serverTarget(s: Pick<ServerEntry, 'launch' | 'url' | 'command'>): string {
  return s.launch?.target ?? (s.url !== undefined ? maskUrl(s.url) : undefined) ?? s.command ?? '';
}

/** A URL without its user-info and query (either may hold a credential). */
export function maskUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1***@').replace(/\?.*$/, (q) => (q.length > 1 ? '?…' : q));
}

/** The report row of a server. */
export function serverRow(s: ServerEntry): ServerRow {
  return {
    path: s.path,
    line: s.line,
    name: s.name,
    transport: s.transport,
    pinned: s.pinned,
    connector: s.connector,
    target: serverTarget(s),
    reaches: s.catalog?.id ?? 'unknown',
    access: s.catalog?.access ?? 'unknown',
  };
}

/** The report row of a tool. */
export function toolRow(t: ToolEntry): ToolRow {
  return {
    path: t.path,
    line: t.line,
    name: t.name,
    framework: t.framework,
    access: t.klass.access,
    systems: t.klass.systems,
    approval: t.approval,
    connector: t.connector,
  };
}

/**
 * {@link TS_AGENT_HINT}, after a cheaper test: each of its alternatives contains `MCP`,
 * `ClientTransport`, `tool` or `Tool`, which `includes` finds far faster than the
 * expression is tried at every position of a file that mentions none of them.
 */
function mayHaveTsAgents(text: string): boolean {
  return (text.includes('tool') || text.includes('Tool') || text.includes('MCP') || text.includes('ClientTransport')) && TS_AGENT_HINT.test(text);
}

/** {@link PY_AGENT_HINT}, after the same kind of test: each alternative contains `tool`, `Tool`, `MCP`, `StdioServerParameters` or `.run`. */
function mayHavePythonAgents(text: string): boolean {
  return (
    (text.includes('tool') || text.includes('Tool') || text.includes('MCP') || text.includes('StdioServerParameters') || text.includes('.run')) &&
    PY_AGENT_HINT.test(text)
  );
}
