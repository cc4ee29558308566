import type { AgentAccess, McpTransport, Span, ToolFramework } from './agent-model.js';
import { isPlaceholder } from './check-agents.js';
import { serverTarget, type AgentInventory } from './collect-agents.js';

/** One env / header / credential-flag setting of a server: its key and whether its value is a reference. Never the value. */
export interface SettingSummary {
  readonly key: string;
  readonly source: 'env' | 'header' | 'arg';
  /** A reference or placeholder (`${env:TOKEN}`, `${input:id}`), not a literal value. */
  readonly reference: boolean;
}

/** What the editor shows for the MCP server or agent tool under the cursor. */
export type AgentDescription =
  | {
      readonly kind: 'server';
      /** The server's name key (or its constructor / transport call in code). */
      readonly span: Span;
      readonly name: string;
      readonly transport: McpTransport;
      /** `npx`, `uvx`, `docker`, `local`...; absent for a remote server. */
      readonly launcher?: string;
      /** The package, image, script or URL launched or reached. */
      readonly target: string;
      readonly pinned: boolean;
      /** What it reaches, from the server catalog; absent when the catalog does not know it. */
      readonly reaches?: { readonly id: string; readonly system: string; readonly access: AgentAccess };
      readonly settings: readonly SettingSummary[];
    }
  | {
      readonly kind: 'tool';
      /** The tool's name token. */
      readonly span: Span;
      readonly name: string;
      readonly framework: ToolFramework;
      readonly access: AgentAccess;
      readonly systems: readonly string[];
      /** Why the access class was given. */
      readonly reason: string;
      readonly approval: boolean;
      readonly readOnlyHint: boolean;
    };

/**
 * The MCP server or agent tool of `path` whose span (the server's name key, the
 * tool's name token) holds `offset` (a character offset; an offset just after the
 * span counts, as a cursor there is still on the word). Built from the agents
 * analyzer's inventory, so the editor describes exactly what the rules judged.
 * Settings are described by key and kind only: a value is never carried.
 */
export function describeAgentAt(inventory: Pick<AgentInventory, 'servers' | 'tools'>, path: string, offset: number): AgentDescription | undefined {
  const within = (s: Span): boolean => offset >= s.start && offset <= s.end;
  const server = inventory.servers.find((s) => s.path === path && within(s.span));
  if (server) {
    return {
      kind: 'server',
      span: server.span,
      name: server.name,
      transport: server.transport,
      ...(server.launch ? { launcher: server.launch.launcher } : {}),
      target: serverTarget(server),
      pinned: server.pinned,
      ...(server.catalog ? { reaches: { id: server.catalog.id, system: server.catalog.system, access: server.catalog.access } } : {}),
      settings: server.settings.map((s) => ({ key: s.key, source: s.source, reference: isPlaceholder(s.value) })),
    };
  }
  const tool = inventory.tools.find((t) => t.path === path && within(t.span));
  if (!tool) return undefined;
  return {
    kind: 'tool',
    span: tool.span,
    name: tool.name,
    framework: tool.framework,
    access: tool.klass.access,
    systems: tool.klass.systems,
    reason: tool.klass.reason,
    approval: tool.approval,
    readOnlyHint: tool.readOnlyHint,
  };
}
