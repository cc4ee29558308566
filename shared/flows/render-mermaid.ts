import type { AgentNode } from './agent-node.js';
import { catalogEntry, systemMatchesEntry } from './catalog/find-catalog-entry.js';
import type { FlowDiff } from './diff-flow-graphs.js';
import type { ChangeStatus } from './flow-graph.js';
import { CODE_NODE_ID } from './flow-graph.js';
import type { Boundary } from './manifest-schema.js';

/** Limits of the rendered diagram. GitHub renders at most 50,000 characters and 500 edges. */
export interface MermaidLimits {
  /** Default 150. */
  readonly maxEdges: number;
  /** Default 30,000. */
  readonly maxChars: number;
}

/** How much the diagram was summarised to stay inside the limits. */
export type SummaryLevel = 'none' | 'unchanged-grouped' | 'kinds-grouped' | 'boundaries-grouped';

/** A rendered diagram and what it shows. */
export interface MermaidDiagram {
  readonly mermaid: string;
  readonly summarized: SummaryLevel;
  /** Nodes and edges drawn (after summarising). */
  readonly nodes: number;
  readonly edges: number;
  /** Systems and flows in the graph (before summarising). */
  readonly systems: number;
  readonly flows: number;
}

const BOUNDARY_TITLE: Readonly<Record<Boundary, string>> = { ours: 'Our systems', third_party: 'Third parties', llm: 'LLM providers' };
const BOUNDARY_ORDER: readonly Boundary[] = ['ours', 'third_party', 'llm'];

interface ViewNode {
  key: string;
  lines: string[];
  boundary: Boundary;
  status: ChangeStatus;
  undeclared: boolean;
  /** An MCP server or agent tool, drawn in the repository's agent subgraph. */
  agent?: boolean;
  destructive?: boolean;
}

/** At most this many agent servers and tools are drawn; the rest are one summary node. */
const MAX_AGENT_NODES = 40;

/** What agents reach that is on this machine or in this repository, when no system of the graph matches. */
const LOCAL_REACHES = new Set([
  'filesystem',
  'local files',
  'shell',
  'shell commands',
  'database',
  'git',
  'git repository',
  'sqlite',
  'kali',
  'time',
  'everything',
]);

interface ViewEdge {
  from: string;
  to: string;
  label: string;
  status: ChangeStatus;
  risky: boolean;
}

/**
 * Escapes text for a quoted Mermaid label: every character outside a small safe set
 * becomes a numeric entity (`#34;`), so no quote, bracket, pipe, backtick, `<`,
 * Markdown or `%%` in a system name can break the diagram or inject markup.
 */
export function escapeMermaidLabel(text: string): string {
  let out = '';
  const flat = text.replace(/[\r\n\t]+/g, ' ');
  // Mermaid before 11.10 (which GitHub has shipped) reads a label that starts like a
  // Markdown list item (`+ `, `- `, `* `, `1. `) as a list and draws "Unsupported
  // markdown: list": the space after the marker becomes a no-break space.
  const marker = /^ *(?:[-+*]|\d{1,9}[.)]) /.exec(flat)?.[0].length ?? 0;
  let i = 0;
  for (const ch of flat) {
    i += ch.length;
    if (marker > 0 && i === marker) out += '#160;';
    else out += /^[A-Za-z0-9 _.,:/()@+-]$/.test(ch) ? ch : `#${ch.codePointAt(0) as number};`;
  }
  return out;
}

/**
 * Renders the data-flow diff as a Mermaid flowchart: systems as nodes (kind and
 * region on a second line) inside trust-boundary subgraphs (ours, third parties,
 * LLM providers), flows as edges labelled with their data classes. Added nodes and
 * edges are highlighted (green, thick, `+`); removed ones are dashed and marked
 * `removed`; risky edges (sensitive data to an LLM, missing DPA or transfer
 * mechanism, unapproved or undeclared systems) are thick, red and marked `⚠`.
 * Node ids are generated (`n0`, `n1`, ...) and every label is quoted and escaped.
 *
 * `agents` (MCP servers and agent tools, see `agentNodes`) are drawn inside "Our
 * systems" in a subgraph of their own ("Agent tools (this repository)"), with an
 * edge labelled with their access to each system they reach: the graph's node for
 * it when a system id or catalog alias matches, else a node of its own. Destructive
 * ones are marked `⚠` (red); added and removed ones are styled like systems.
 *
 * When the diagram would exceed `limits`, it is summarised in steps until it fits:
 * unchanged systems off any changed or risky flow are grouped by boundary and kind;
 * then all systems by boundary, kind and change; then by boundary and change only
 * (at most nine nodes), which always fits the systems (agent servers and tools are
 * drawn at every level, at most 40 of them).
 */
export function renderMermaid(
  diff: FlowDiff,
  limits: MermaidLimits = { maxEdges: 150, maxChars: 30_000 },
  agents: readonly AgentNode[] = [],
): MermaidDiagram {
  const systems = diff.nodes.length;
  const flows = diff.edges.length;
  if (systems === 0 && agents.length === 0) {
    const mermaid = `flowchart LR\n  n0["${escapeMermaidLabel('No connector manifests or known systems found')}"]\n`;
    return { mermaid, summarized: 'none', nodes: 1, edges: 0, systems, flows };
  }
  const levels: SummaryLevel[] = ['none', 'unchanged-grouped', 'kinds-grouped', 'boundaries-grouped'];
  let last: MermaidDiagram | undefined;
  for (const level of levels) {
    const view = buildView(diff, level, agents);
    const mermaid = toMermaid(view);
    last = { mermaid, summarized: level, nodes: view.nodes.length, edges: view.edges.length, systems, flows };
    if (view.edges.length <= limits.maxEdges && mermaid.length <= limits.maxChars) return last;
  }
  return last as MermaidDiagram;
}

function nodeLines(n: FlowDiff['nodes'][number]): string[] {
  const name = n.id === CODE_NODE_ID ? 'this repository' : n.vendor && n.vendor.toLowerCase() !== n.id.toLowerCase() ? `${n.id} (${n.vendor})` : n.id;
  const facts = [n.kind.replace('_', ' '), n.region ?? (n.boundary === 'ours' ? '' : 'region unknown')].filter((s) => s !== '').join(', ');
  return [truncate(name, 60), ...(n.declared ? [] : ['not in any manifest']), ...(n.id === CODE_NODE_ID ? [] : [truncate(facts, 60)])];
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function statusBucket(status: ChangeStatus): 'added' | 'removed' | 'same' {
  return status === 'added' ? 'added' : status === 'removed' ? 'removed' : 'same';
}

/** The graph node an agent's reach joins: same id, else a system whose id, vendor or catalog names the catalog entry. */
function reachTarget(diff: FlowDiff, reach: string): string | undefined {
  const live = diff.nodes.filter((n) => n.status !== 'removed' && n.id !== CODE_NODE_ID);
  const same = live.find((n) => n.id === reach);
  if (same) return same.id;
  const entry = catalogEntry(reach);
  return entry ? live.find((n) => systemMatchesEntry(n, entry))?.id : undefined;
}

function buildView(diff: FlowDiff, level: SummaryLevel, agents: readonly AgentNode[] = []): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const risky = (e: FlowDiff['edges'][number]): boolean => e.risks.length > 0;
  const keep = new Set<string>();
  const drawn = agents.slice(0, MAX_AGENT_NODES);
  const targets = new Map(drawn.map((a) => [a.key, a.reaches.map((r) => ({ reach: r, node: reachTarget(diff, r) }))]));
  if (level === 'unchanged-grouped') {
    for (const list of targets.values()) for (const t of list) if (t.node !== undefined) keep.add(t.node);
    for (const n of diff.nodes) if (n.status !== 'unchanged' || !n.declared) keep.add(n.id);
    for (const e of diff.edges) {
      if (e.status !== 'unchanged' || risky(e)) {
        keep.add(e.from);
        keep.add(e.to);
      }
    }
  }
  const groupOf = (n: FlowDiff['nodes'][number]): string => {
    if (level === 'none' || keep.has(n.id)) return `node:${n.id}`;
    if (level === 'unchanged-grouped') return `group:${n.boundary}:${n.kind}`;
    if (level === 'kinds-grouped') return `group:${n.boundary}:${n.kind}:${statusBucket(n.status)}`;
    return `group:${n.boundary}:${statusBucket(n.status)}`;
  };
  const members = new Map<string, FlowDiff['nodes'][number][]>();
  const keyOf = new Map<string, string>();
  for (const n of diff.nodes) {
    const g = groupOf(n);
    keyOf.set(n.id, g);
    const list = members.get(g) ?? [];
    list.push(n);
    members.set(g, list);
  }
  const nodes: ViewNode[] = [];
  for (const [key, list] of members) {
    const first = list[0] as FlowDiff['nodes'][number];
    if (list.length === 1 && key.startsWith('node:')) {
      nodes.push({ key, lines: nodeLines(first), boundary: first.boundary, status: first.status, undeclared: !first.declared });
      continue;
    }
    const statuses = new Set(list.map((n) => statusBucket(n.status)));
    const status: ChangeStatus =
      statuses.size === 1 ? (statuses.has('added') ? 'added' : statuses.has('removed') ? 'removed' : 'unchanged') : 'changed';
    const kinds = [...new Set(list.map((n) => n.kind.replace('_', ' ')))];
    const what = level === 'boundaries-grouped' ? BOUNDARY_TITLE[first.boundary].toLowerCase() : `${kinds.join('/')} systems`;
    const prefix = status === 'added' ? 'new ' : status === 'removed' ? 'removed ' : '';
    const sample = list
      .slice(0, 3)
      .map((n) => n.id)
      .join(', ');
    nodes.push({
      key,
      lines: [`${list.length} ${prefix}${what}`, truncate(`${sample}${list.length > 3 ? ', …' : ''}`, 60)],
      boundary: first.boundary,
      status,
      undeclared: list.some((n) => !n.declared),
    });
  }
  nodes.sort((a, b) => a.key.localeCompare(b.key));
  const agentEdges = agentView(drawn, agents.length - drawn.length, targets, keyOf, nodes);

  const merged = new Map<
    string,
    { from: string; to: string; classes: Set<string>; status: ChangeStatus; risky: boolean; count: number; added: Set<string> }
  >();
  for (const e of diff.edges) {
    const from = keyOf.get(e.from);
    const to = keyOf.get(e.to);
    if (from === undefined || to === undefined) continue;
    const bucket = statusBucket(e.status);
    const k = `${from}\u0000${to}\u0000${bucket}`;
    const m = merged.get(k) ?? { from, to, classes: new Set<string>(), status: e.status, risky: false, count: 0, added: new Set<string>() };
    for (const c of e.classes) m.classes.add(c);
    for (const c of e.addedClasses) m.added.add(c);
    if (m.status !== e.status) m.status = bucket === 'same' ? 'changed' : m.status;
    m.risky ||= risky(e) && e.status !== 'removed';
    m.count += 1;
    merged.set(k, m);
  }
  const edges: ViewEdge[] = [...merged.values()]
    .map((m) => {
      const classes = [...m.classes].sort().map((c) => (m.status === 'changed' && m.added.has(c) ? `+${c}` : c));
      const parts = [
        m.status === 'added' ? '+ ' : m.status === 'removed' ? 'removed: ' : '',
        m.risky ? '⚠ ' : '',
        classes.join(', ') || 'undeclared',
        m.count > 1 ? ` (${m.count} flows)` : '',
      ];
      return { from: m.from, to: m.to, label: parts.join(''), status: m.status, risky: m.risky };
    })
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to) || a.status.localeCompare(b.status));
  return { nodes, edges: [...edges, ...agentEdges] };
}

/**
 * Adds the agent nodes (and nodes for what they reach that the graph lacks) to
 * `nodes`, and returns their edges: one per agent and system reached, labelled with
 * the agent's access.
 */
function agentView(
  drawn: readonly AgentNode[],
  hidden: number,
  targets: ReadonlyMap<string, readonly { reach: string; node: string | undefined }[]>,
  keyOf: ReadonlyMap<string, string>,
  nodes: ViewNode[],
): ViewEdge[] {
  const edges: ViewEdge[] = [];
  const extra = new Map<string, { node: ViewNode; statuses: Set<'added' | 'removed' | 'same'> }>();
  for (const a of drawn) {
    const key = `agent:${a.key}`;
    nodes.push({
      key,
      lines: [truncate(a.name, 60), truncate(a.detail, 60)],
      boundary: 'ours',
      status: a.status,
      undeclared: false,
      agent: true,
      destructive: a.destructive,
    });
    for (const t of targets.get(a.key) ?? []) {
      let to = t.node !== undefined ? keyOf.get(t.node) : undefined;
      if (to === undefined) {
        const entry = catalogEntry(t.reach);
        to = `reach:${t.reach}`;
        const seen = extra.get(to) ?? {
          node: {
            key: to,
            lines: [truncate(entry?.name ?? t.reach, 60), 'reached by agent tools'],
            boundary: entry?.boundary ?? (LOCAL_REACHES.has(t.reach) ? 'ours' : 'third_party'),
            status: 'unchanged' as ChangeStatus,
            undeclared: false,
          },
          statuses: new Set(),
        };
        seen.statuses.add(statusBucket(a.status));
        extra.set(to, seen);
      }
      const label = `${a.status === 'added' ? '+ ' : a.status === 'removed' ? 'removed: ' : ''}${a.destructive ? '⚠ ' : ''}${a.access}`;
      // Two reaches in one summarised group are one edge.
      if (edges.some((e) => e.from === key && e.to === to)) continue;
      edges.push({ from: key, to, label, status: a.status, risky: a.destructive && a.status !== 'removed' });
    }
  }
  for (const { node, statuses } of extra.values()) {
    node.status = statuses.size === 1 ? (statuses.has('added') ? 'added' : statuses.has('removed') ? 'removed' : 'unchanged') : 'unchanged';
    nodes.push(node);
  }
  if (hidden > 0)
    nodes.push({
      key: 'agent:~more',
      lines: [`…and ${hidden} more servers and tools`],
      boundary: 'ours',
      status: 'unchanged',
      undeclared: false,
      agent: true,
    });
  return edges.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

function toMermaid(view: { nodes: ViewNode[]; edges: ViewEdge[] }): string {
  const ids = new Map<string, string>();
  view.nodes.forEach((n, i) => ids.set(n.key, `n${i}`));
  const out: string[] = ['flowchart LR'];
  const label = (n: ViewNode): string => {
    const lines = [...n.lines];
    if (n.destructive) lines[0] = `⚠ ${lines[0] ?? ''}`;
    if (n.status === 'added') lines[0] = `+ ${lines[0] ?? ''}`;
    if (n.status === 'removed') lines[0] = `removed: ${lines[0] ?? ''}`;
    return `${ids.get(n.key) as string}["${lines.map(escapeMermaidLabel).join('<br/>')}"]`;
  };
  BOUNDARY_ORDER.forEach((boundary, b) => {
    const inside = view.nodes.filter((n) => n.boundary === boundary && !n.agent);
    const agents = boundary === 'ours' ? view.nodes.filter((n) => n.agent) : [];
    if (inside.length === 0 && agents.length === 0) return;
    out.push(`  subgraph b${b}["${escapeMermaidLabel(BOUNDARY_TITLE[boundary])}"]`);
    for (const n of inside) out.push(`    ${label(n)}`);
    if (agents.length > 0) {
      out.push(`    subgraph ag["${escapeMermaidLabel('Agent tools (this repository)')}"]`);
      for (const n of agents) out.push(`      ${label(n)}`);
      out.push('    end');
    }
    out.push('  end');
  });
  const styles: Record<'added' | 'removed' | 'risky' | 'addedRisky', number[]> = { added: [], removed: [], risky: [], addedRisky: [] };
  view.edges.forEach((e, i) => {
    const arrow = e.status === 'removed' ? '-.->' : e.risky || e.status === 'added' ? '==>' : '-->';
    out.push(`  ${ids.get(e.from) as string} ${arrow}|"${escapeMermaidLabel(e.label)}"| ${ids.get(e.to) as string}`);
    if (e.status === 'removed') styles.removed.push(i);
    else if (e.risky && e.status === 'added') styles.addedRisky.push(i);
    else if (e.risky) styles.risky.push(i);
    else if (e.status === 'added') styles.added.push(i);
  });
  // Colours without a trailing `;`: Mermaid would read `#abc;` as an entity.
  out.push('  classDef added fill:#dafbe1,stroke:#1a7f37,stroke-width:3px,color:#1f2328');
  out.push('  classDef removed fill:#f6f8fa,stroke:#8c959f,stroke-width:2px,stroke-dasharray:6 4,color:#6e7781');
  out.push('  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px,color:#1f2328');
  out.push('  classDef undeclared fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:3 3,color:#1f2328');
  const byClass = (cls: string, pick: (n: ViewNode) => boolean): void => {
    const list = view.nodes.filter(pick).map((n) => ids.get(n.key) as string);
    for (let i = 0; i < list.length; i += 100) out.push(`  class ${list.slice(i, i + 100).join(',')} ${cls}`);
  };
  byClass('added', (n) => n.status === 'added' && !n.undeclared);
  byClass('removed', (n) => n.status === 'removed');
  byClass('changed', (n) => n.status === 'changed' && !n.undeclared);
  byClass('undeclared', (n) => n.undeclared && n.status !== 'removed');
  if (view.nodes.some((n) => n.destructive && n.status !== 'removed')) {
    out.push('  classDef destructive fill:#ffebe9,stroke:#cf222e,stroke-width:3px,color:#1f2328');
    byClass('destructive', (n) => n.destructive === true && n.status !== 'removed');
  }
  const linkStyle = (list: number[], style: string): void => {
    for (let i = 0; i < list.length; i += 100) out.push(`  linkStyle ${list.slice(i, i + 100).join(',')} ${style}`);
  };
  linkStyle(styles.added, 'stroke:#1a7f37,stroke-width:3px');
  linkStyle(styles.removed, 'stroke:#8c959f,stroke-width:2px,stroke-dasharray:6 4');
  linkStyle(styles.risky, 'stroke:#cf222e,stroke-width:3px');
  linkStyle(styles.addedRisky, 'stroke:#cf222e,stroke-width:4px');
  return `${out.join('\n')}\n`;
}
