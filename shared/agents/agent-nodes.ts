import type { AgentNode } from '../flows/agent-node.js';
import { catalogEntry, entryForHost } from '../flows/catalog/find-catalog-entry.js';
import type { ChangeStatus } from '../flows/flow-graph.js';
import type { AgentsData } from './agents-analyzer.js';
import type { ServerRow, ToolRow } from './collect-agents.js';
import { SERVER_CATALOG } from './server-catalog.js';

/** Server catalog ids whose system the flows catalog knows under another id. */
const FLOWS_ID: Readonly<Record<string, string>> = { 'google-drive': 'google-workspace', atlassian: 'jira', supabase: 'postgres' };

function serverReaches(s: ServerRow): string[] {
  if (s.reaches !== 'unknown') {
    const id = FLOWS_ID[s.reaches] ?? s.reaches;
    if (catalogEntry(id)) return [id];
    return [SERVER_CATALOG.find((e) => e.id === s.reaches)?.system ?? s.reaches];
  }
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(s.target)?.[1];
  if (host) return [entryForHost(host)?.id ?? host.toLowerCase()];
  return [];
}

function serverNode(s: ServerRow, status: ChangeStatus): AgentNode {
  return {
    key: `server:${s.path}:${s.name}`,
    kind: 'server',
    name: s.name,
    detail: ['MCP server', s.transport, ...(s.pinned ? [] : ['unpinned'])].join(', '),
    status,
    destructive: s.access === 'destructive',
    access: s.access === 'unknown' ? 'reaches' : s.access,
    reaches: serverReaches(s),
  };
}

function toolNode(t: ToolRow, status: ChangeStatus): AgentNode {
  const gate = t.approval ? 'approval required' : 'no approval gate';
  return {
    key: `tool:${t.path}:${t.name}`,
    kind: 'tool',
    name: t.name,
    detail: ['tool', t.access, gate].join(', '),
    status,
    destructive: t.access === 'destructive',
    access: t.access,
    reaches: [...t.systems],
  };
}

/**
 * The agents analyzer's servers and tools as nodes of the data-flow diagram: each
 * with its change (from `data.diff` in a review; `unchanged` in a scan), whether it
 * is destructive, and what it reaches as flows catalog ids where the catalogs agree
 * (`postgres`, `slack`, `stripe`, hosts of the flows catalog), else in words. Tools
 * and servers the change removed are kept, as `removed`. Pure.
 */
export function agentNodes(data: AgentsData): AgentNode[] {
  const serverChange = new Map<string, ChangeStatus>();
  const toolChange = new Map<string, ChangeStatus>();
  const nodes: AgentNode[] = [];
  for (const c of data.diff?.servers ?? []) {
    if (c.change === 'removed') nodes.push(serverNode(c.server, 'removed'));
    else serverChange.set(`${c.server.path}\0${c.server.name}`, c.change);
  }
  for (const c of data.diff?.tools ?? []) {
    if (c.change === 'removed') nodes.push(toolNode(c.tool, 'removed'));
    else toolChange.set(`${c.tool.path}\0${c.tool.name}`, c.change);
  }
  for (const s of data.servers) nodes.push(serverNode(s, serverChange.get(`${s.path}\0${s.name}`) ?? 'unchanged'));
  for (const t of data.tools) nodes.push(toolNode(t, toolChange.get(`${t.path}\0${t.name}`) ?? 'unchanged'));
  // Changed and added first, so a diagram that must cut keeps what the change did.
  const rank: Readonly<Record<ChangeStatus, number>> = { added: 0, changed: 0, removed: 1, unchanged: 2 };
  const seen = new Set<string>();
  return nodes
    .filter((n) => !seen.has(n.key) && seen.add(n.key) !== undefined)
    .sort((a, b) => rank[a.status] - rank[b.status] || a.key.localeCompare(b.key));
}
