import type { McpServer, McpTransport, ServerSetting } from './agent-model.js';
import { entryOf, readJsonc, readYamlTree, scalarText, type ConfigEntry, type ConfigError, type ConfigNode } from './config-tree.js';

/**
 * Files that are agent / MCP client configurations by name: Claude Code and Cursor
 * (`.mcp.json`, `.cursor/mcp.json`), VS Code (`.vscode/mcp.json`, key `servers`),
 * Claude Desktop, Gemini CLI, Continue, Windsurf, Cline, Roo, Amazon Q, Kiro.
 */
const CONFIG_PATH =
  /(?:^|\/)(?:\.?mcp\.json|mcp_config\.json|claude_desktop_config\.json|cline_mcp_settings\.json|\.claude\.json|\.gemini\/settings\.json|\.claude\/settings(?:\.local)?\.json|\.continue\/.+\.(?:ya?ml|json))$/i;
/** Other JSON/YAML files are read only when they mention a server block. */
const OTHER_CONFIG = /\.(?:jsonc?|ya?ml)$/i;
const SERVER_BLOCK = /["']?(?:mcpServers|mcp_servers|context_servers)["']?\s*:/;
const NOT_CONFIG = /(?:^|\/)(?:package(?:-lock)?\.json|tsconfig[^/]*\.json|pnpm-lock\.yaml|yarn\.lock|\.github\/workflows\/[^/]+)$/i;

/** Keys that hold a map (or, in Continue, a list) of servers. */
const CONTAINER_KEYS = new Set(['mcpServers', 'mcp_servers', 'context_servers', 'mcp-servers']);
const SERVER_KEYS = ['command', 'url', 'serverUrl', 'httpUrl', 'type', 'transport', 'args'];
const CREDENTIAL_FLAG = /^--?(?:access[-_]?token|api[-_]?key|token|password|secret|key|auth(?:orization)?|bearer)$/i;

/** Whether `path` is read as an agent configuration (given its text, for files not named so). */
export function isAgentConfigPath(path: string, text: string): boolean {
  if (NOT_CONFIG.test(path)) return false;
  if (CONFIG_PATH.test(path)) return true;
  return OTHER_CONFIG.test(path) && SERVER_BLOCK.test(text);
}

/** The servers of one configuration file, and a parse problem when it could not be read. */
export interface ConfigRead {
  readonly servers: McpServer[];
  readonly error?: ConfigError;
}

/**
 * Reads the MCP servers a configuration file declares: every `mcpServers` /
 * `mcp_servers` / `context_servers` block at any depth, VS Code's top-level
 * `servers`, Continue's server lists, and a file that is only a map of servers.
 * Each server's line is its name key (the `name:` of a list item). Never throws.
 */
export function readMcpConfig(path: string, text: string): ConfigRead {
  const yaml = /\.ya?ml$/i.test(path);
  const read = yaml ? readYamlTree(text) : readJsonc(text);
  if (!read.node) return { servers: [], ...(read.error ? { error: read.error } : {}) };
  const servers: McpServer[] = [];
  const containers: ConfigEntry[] = [];
  findContainers(read.node, containers, 0, /(?:^|\/)\.?mcp\.json$/i.test(path));
  for (const c of containers) readContainer(path, c, servers);
  if (containers.length === 0 && read.node.kind === 'object' && CONFIG_PATH.test(path)) {
    // A fragment that is only the server map (no parent key).
    const group = { start: read.node.start, end: read.node.start };
    for (const e of read.node.entries)
      if (looksLikeServer(e.value)) servers.push(serverOf(path, e.key, { start: e.keyStart, end: e.keyEnd }, e.value, group));
  }
  return { servers };
}

function findContainers(node: ConfigNode, out: ConfigEntry[], depth: number, vsCode: boolean): void {
  if (depth > 8 || node.kind === 'scalar') return;
  if (node.kind === 'array') {
    for (const item of node.items) findContainers(item, out, depth + 1, false);
    return;
  }
  for (const e of node.entries) {
    if (CONTAINER_KEYS.has(e.key) || (e.key === 'servers' && (vsCode || depth === 0) && isServerMap(e.value))) out.push(e);
    else findContainers(e.value, out, depth + 1, false);
  }
}

function isServerMap(node: ConfigNode): boolean {
  return node.kind === 'object' && node.entries.some((e) => looksLikeServer(e.value));
}

function looksLikeServer(node: ConfigNode): boolean {
  return node.kind === 'object' && SERVER_KEYS.some((k) => entryOf(node, k) !== undefined);
}

function readContainer(path: string, container: ConfigEntry, out: McpServer[]): void {
  const group = { start: container.keyStart, end: container.keyEnd };
  const value = container.value;
  if (value.kind === 'object') {
    for (const e of value.entries)
      if (e.value.kind === 'object') out.push(serverOf(path, e.key, { start: e.keyStart, end: e.keyEnd }, e.value, group));
  } else if (value.kind === 'array') {
    // Continue: `mcpServers: [{ name, command, args }]`.
    for (const item of value.items) {
      if (item.kind !== 'object') continue;
      const nameEntry = entryOf(item, 'name');
      const name = scalarText(nameEntry?.value) ?? '(unnamed)';
      const span = nameEntry ? { start: nameEntry.keyStart, end: nameEntry.value.end } : { start: item.start, end: item.start + 1 };
      out.push(serverOf(path, name, span, item, group));
    }
  }
}

function strings(node: ConfigNode | undefined): string[] {
  if (!node) return [];
  if (node.kind === 'array') return node.items.map((i) => scalarText(i)).filter((s): s is string => s !== undefined);
  const s = scalarText(node);
  return s === undefined ? [] : [s];
}

function settingsOf(node: ConfigNode | undefined, source: ServerSetting['source']): ServerSetting[] {
  if (node?.kind !== 'object') return [];
  const out: ServerSetting[] = [];
  for (const e of node.entries) {
    const v = scalarText(e.value);
    if (v !== undefined) out.push({ key: e.key, value: v, source, start: e.value.start, end: e.value.end });
  }
  return out;
}

/** `--api-key VALUE` / `--token=VALUE` in a server's args, as settings. */
export function credentialArgs(args: readonly { text: string; start: number; end: number }[]): ServerSetting[] {
  const out: ServerSetting[] = [];
  args.forEach((a, i) => {
    const eq = /^(--?[\w-]+)=(.+)$/.exec(a.text);
    if (eq && CREDENTIAL_FLAG.test(eq[1] as string))
      out.push({ key: eq[1] as string, value: eq[2] as string, source: 'arg', start: a.start, end: a.end });
    const next = args[i + 1];
    if (CREDENTIAL_FLAG.test(a.text) && next) out.push({ key: a.text, value: next.text, source: 'arg', start: next.start, end: next.end });
  });
  return out;
}

/** Transport from an entry's `type` / `transport` and which of `command` / `url` it has. */
export function transportOf(type: string | undefined, hasCommand: boolean, url: string | undefined): McpTransport {
  const t = type?.toLowerCase().replace(/[_-]/g, '');
  if (t === 'stdio' || t === 'local') return 'stdio';
  if (t === 'sse') return 'sse';
  if (t === 'http' || t === 'streamablehttp' || t === 'streamable' || t === 'remote') return 'http';
  if (hasCommand) return 'stdio';
  if (url !== undefined) return /\/sse\/?(?:\?|$)/.test(url) ? 'sse' : 'http';
  return 'unknown';
}

function serverOf(
  path: string,
  name: string,
  span: { start: number; end: number },
  node: ConfigNode,
  group: { start: number; end: number },
): McpServer {
  const commandNode = entryOf(node, 'command')?.value;
  let command = scalarText(commandNode);
  let argNodes = entryOf(node, 'args')?.value;
  // Zed: `"command": { "path": ..., "args": [...] }`.
  if (commandNode?.kind === 'object') {
    command = scalarText(entryOf(commandNode, 'path')?.value);
    argNodes = entryOf(commandNode, 'args')?.value ?? argNodes;
  }
  const args = strings(argNodes);
  const argSpans =
    argNodes?.kind === 'array'
      ? argNodes.items.flatMap((i) => (scalarText(i) !== undefined ? [{ text: scalarText(i) as string, start: i.start, end: i.end }] : []))
      : [];
  const urlEntry = entryOf(node, 'url') ?? entryOf(node, 'serverUrl') ?? entryOf(node, 'httpUrl');
  const url = scalarText(urlEntry?.value);
  const type =
    scalarText(entryOf(node, 'type')?.value) ?? scalarText(entryOf(node, 'transport')?.value) ?? (entryOf(node, 'httpUrl') ? 'http' : undefined);
  const headers =
    entryOf(node, 'headers')?.value ?? entryOf(node, 'http_headers')?.value ?? entryOf(entryOf(node, 'requestInit')?.value, 'headers')?.value;
  const settings = [...settingsOf(entryOf(node, 'env')?.value, 'env'), ...settingsOf(headers, 'header'), ...credentialArgs(argSpans)];
  const bearer = scalarText(entryOf(node, 'bearer_token_env_var')?.value) ?? scalarText(entryOf(node, 'authorization')?.value);
  if (bearer !== undefined) settings.push({ key: 'authorization', value: bearer, source: 'header', start: span.start, end: span.end });
  return {
    path,
    name,
    span,
    group,
    transport: transportOf(type, command !== undefined, url),
    ...(command !== undefined ? { command } : {}),
    args,
    ...(url !== undefined ? { url } : {}),
    settings,
    source: 'config',
  };
}
