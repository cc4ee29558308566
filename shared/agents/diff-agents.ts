import type { ServerRow, ToolRow } from './collect-agents.js';

/** How a server or tool differs between base and head. */
export type AgentChangeKind = 'added' | 'removed' | 'changed';

/** One server that a change adds, removes, or whose package / URL / transport changes. */
export interface ServerChange {
  readonly change: AgentChangeKind;
  readonly server: ServerRow;
  /** The base row, for `changed`. */
  readonly before?: ServerRow;
}

/** One tool a change adds or removes, or whose access class or approval gate changes. */
export interface ToolChange {
  readonly change: AgentChangeKind;
  readonly tool: ToolRow;
  readonly before?: ToolRow;
}

/** What a change does to the agents' servers and tools. */
export interface AgentsDiff {
  readonly servers: readonly ServerChange[];
  readonly tools: readonly ToolChange[];
}

const serverKey = (s: ServerRow): string => `${s.path}\0${s.name}`;
const toolKey = (t: ToolRow): string => `${t.path}\0${t.name}`;

/**
 * Compares the inventories at base and head: servers and tools are the same when
 * they keep their path and name; a server changes when what it launches or
 * reaches (package, image, URL) or its transport changes, a tool when its access
 * class or its approval gate does.
 */
export function diffAgents(
  base: { servers: readonly ServerRow[]; tools: readonly ToolRow[] },
  head: { servers: readonly ServerRow[]; tools: readonly ToolRow[] },
): AgentsDiff {
  const servers: ServerChange[] = [];
  const tools: ToolChange[] = [];
  const baseServers = new Map(base.servers.map((s) => [serverKey(s), s]));
  const headServers = new Set(head.servers.map(serverKey));
  for (const s of head.servers) {
    const before = baseServers.get(serverKey(s));
    if (!before) servers.push({ change: 'added', server: s });
    else if (before.target !== s.target || before.transport !== s.transport) servers.push({ change: 'changed', server: s, before });
  }
  for (const s of base.servers) if (!headServers.has(serverKey(s))) servers.push({ change: 'removed', server: s });
  const baseTools = new Map(base.tools.map((t) => [toolKey(t), t]));
  const headTools = new Set(head.tools.map(toolKey));
  for (const t of head.tools) {
    const before = baseTools.get(toolKey(t));
    if (!before) tools.push({ change: 'added', tool: t });
    else if (before.access !== t.access || before.approval !== t.approval) tools.push({ change: 'changed', tool: t, before });
  }
  for (const t of base.tools) if (!headTools.has(toolKey(t))) tools.push({ change: 'removed', tool: t });
  return { servers, tools };
}
