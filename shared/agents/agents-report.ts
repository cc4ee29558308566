import type { AnalyzerReport, AnalyzerReportParts } from '../analyzer/analyzer.js';
import { escapeMarkdown } from '../report/escape-markdown.js';
import { markdownCodeSpan } from '../report/markdown-code-span.js';
import type { AgentsData } from './agents-analyzer.js';
import type { ServerChange, ToolChange } from './diff-agents.js';

/** At most this many rows per table in the comment; the JSON holds them all. */
const MAX_ROWS = 40;

const LABEL: Readonly<Record<ServerChange['change'], string>> = { added: '➕ added', changed: '✏️ changed', removed: '➖ removed' };

function serverLine(c: ServerChange): string {
  const s = c.server;
  const target = s.target ? markdownCodeSpan(s.target) : '—';
  const before = c.before && c.before.target !== s.target ? ` (was ${markdownCodeSpan(c.before.target) || '—'})` : '';
  return `| ${LABEL[c.change]} | ${escapeMarkdown(s.name)} | ${escapeMarkdown(s.transport)} | ${target}${before} | ${s.pinned ? 'yes' : '**no**'} | ${escapeMarkdown(s.reaches)} | ${escapeMarkdown(`${s.path}:${s.line}`)} |`;
}

function toolLine(c: ToolChange): string {
  const t = c.tool;
  const access = c.before && c.before.access !== t.access ? `${c.before.access} → **${t.access}**` : t.access === 'read' ? 'read' : `**${t.access}**`;
  const gate = t.approval ? 'yes' : t.access === 'read' ? 'no' : '**no**';
  const gateChange = c.before && c.before.approval !== t.approval ? (t.approval ? ' (added)' : ' (**removed**)') : '';
  return `| ${LABEL[c.change]} | ${escapeMarkdown(t.name)} | ${escapeMarkdown(t.framework)} | ${access} | ${gate}${gateChange} | ${escapeMarkdown(t.systems.join(', ') || '—')} | ${escapeMarkdown(`${t.path}:${t.line}`)} |`;
}

/** The Markdown section: the servers and tools the change adds, changes or removes. */
export function agentsMarkdown(servers: readonly ServerChange[], tools: readonly ToolChange[]): string {
  const parts: string[] = [];
  if (servers.length > 0) {
    parts.push(
      '**MCP servers**',
      '',
      '| Change | Server | Transport | Package / URL | Pinned | Reaches | Where |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...servers.slice(0, MAX_ROWS).map(serverLine),
    );
    if (servers.length > MAX_ROWS) parts.push('', `…and ${servers.length - MAX_ROWS} more under \`agents.diff\` in \`--format json\`.`);
  }
  if (tools.length > 0) {
    if (parts.length > 0) parts.push('');
    parts.push(
      '**Tools**',
      '',
      '| Change | Tool | Framework | Access | Approval gate | Systems | Where |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      ...tools.slice(0, MAX_ROWS).map(toolLine),
    );
    if (tools.length > MAX_ROWS) parts.push('', `…and ${tools.length - MAX_ROWS} more under \`agents.diff\` in \`--format json\`.`);
  }
  return parts.join('\n');
}

/** The terminal block: one line per server or tool the change touches. */
export function agentsText(servers: readonly ServerChange[], tools: readonly ToolChange[]): string {
  const lines = ['Agent tools:'];
  for (const c of servers)
    lines.push(
      `  ${c.change.padEnd(8)} server ${c.server.name} (${c.server.transport}${c.server.target ? `, ${c.server.target}` : ''}${c.server.pinned ? '' : ', unpinned'})  ${c.server.path}:${c.server.line}`,
    );
  for (const c of tools)
    lines.push(
      `  ${c.change.padEnd(8)} tool   ${c.tool.name} (${c.tool.framework}, ${c.tool.access}, ${c.tool.approval ? 'gated' : 'no approval gate'})  ${c.tool.path}:${c.tool.line}`,
    );
  return lines.join('\n');
}

/**
 * The agents analyzer's share of the reports: JSON `agents` (servers, tools and CI
 * agents at head, and the diff in a review), and for a review that adds, changes
 * or removes servers or tools, the "Agent tools" section of the comment and the
 * text output (access class and approval gate of each tool).
 */
export const agentsReport: AnalyzerReport<AgentsData> = {
  jsonKeys: ['agents'],
  contribute(data): AnalyzerReportParts {
    const json = { agents: { servers: data.servers, tools: data.tools, ciAgents: data.ciAgents, diff: data.diff } };
    const diff = data.diff;
    if (!diff || (diff.servers.length === 0 && diff.tools.length === 0)) return { json };
    return {
      json,
      markdown: [{ id: 'agent-tools', markdown: agentsMarkdown(diff.servers, diff.tools) }],
      text: { 'agent-tools': agentsText(diff.servers, diff.tools) },
    };
  },
};
