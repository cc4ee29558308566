import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AgentAccess } from '../shared/agents/agent-model.js';
import type { AgentInventory } from '../shared/agents/collect-agents.js';
import { describeAgentAt, type AgentDescription } from '../shared/agents/describe-agent-at.js';

const ACCESS_MEANING: Readonly<Record<AgentAccess, string>> = {
  read: 'reads, changes nothing',
  write: 'creates, updates, sends or runs a fixed program',
  destructive: 'deletes, cancels, moves money or runs commands / SQL from its input',
};

/** The Markdown for a description: one fact a line, setting keys without their values. */
function markdown(d: AgentDescription): string {
  if (d.kind === 'server') {
    const lines = [`**MCP server** \`${d.name}\``, ''];
    lines.push(`- Transport: **${d.transport}**${d.launcher ? ` (${d.launcher})` : ''}`);
    if (d.target !== '') {
      const what = d.launcher === undefined ? 'URL' : d.launcher === 'local' ? 'Runs' : 'Package';
      lines.push(`- ${what}: \`${d.target}\` — ${d.pinned ? '**pinned**' : '**not pinned** (each start may run different code)'}`);
    }
    lines.push(
      d.reaches
        ? `- Reaches: ${d.reaches.system} — access **${d.reaches.access}** (${ACCESS_MEANING[d.reaches.access]})`
        : '- Reaches: not in the server catalog (unknown)',
    );
    lines.push('- Approval gate: **no** (none in this configuration; the client decides when to ask)');
    if (d.settings.length > 0)
      lines.push(`- Settings: ${d.settings.map((s) => `\`${s.key}\` (${s.source}, ${s.reference ? 'a reference' : 'a literal value'})`).join(', ')}`);
    return lines.join('\n');
  }
  const lines = [`**Agent tool** \`${d.name}\` (${d.framework})`, ''];
  lines.push(`- Access: **${d.access}** — ${ACCESS_MEANING[d.access]}${d.reason ? ` (${d.reason})` : ''}`);
  lines.push(`- Reaches: ${d.systems.length > 0 ? d.systems.join(', ') : 'nothing the analyzer recognises'}`);
  lines.push(`- Approval gate: **${d.approval ? 'yes' : 'no'}**`);
  if (d.readOnlyHint) lines.push('- Annotated `readOnlyHint: true` (a hint to clients, not a gate)');
  return lines.join('\n');
}

/**
 * Hover for an MCP server's name key or an agent tool's name: transport, package
 * and pin state, what it reaches and its access class, and the approval gate —
 * described by `shared/agents/describe-agent-at.ts` from the agents analyzer's
 * inventory of the document. Never shows a setting's value.
 */
export function agentHover(
  document: TextDocument,
  inventory: Pick<AgentInventory, 'servers' | 'tools'>,
  path: string,
  offset: number,
): Hover | undefined {
  const d = describeAgentAt(inventory, path, offset);
  if (!d) return undefined;
  return {
    contents: { kind: MarkupKind.Markdown, value: markdown(d) },
    range: { start: document.positionAt(d.span.start), end: document.positionAt(d.span.end) },
  };
}
