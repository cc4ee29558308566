import { describe, expect, it } from 'vitest';
import { diffFlowGraphs } from '../../../shared/flows/diff-flow-graphs.js';
import type { FlowGraph, FlowNode } from '../../../shared/flows/flow-graph.js';
import { escapeMermaidLabel, renderMermaid } from '../../../shared/flows/render-mermaid.js';
import { countEdges, GITHUB_MAX_CHARS, GITHUB_MAX_EDGES, parseMermaid } from './mermaid-parse.js';

const node = (id: string, extra: Partial<FlowNode> = {}): FlowNode => ({
  id,
  kind: 'internal',
  boundary: 'ours',
  connectors: ['c'],
  declared: true,
  ...extra,
});

const base: FlowGraph = {
  nodes: [
    node('agent', { region: 'eu-central-1' }),
    node('erp', { kind: 'erp', boundary: 'third_party', region: 'eu' }),
    node('old-queue', { kind: 'queue' }),
  ],
  edges: [
    { id: 'agent->erp', from: 'agent', to: 'erp', classes: ['financial'], connectors: ['c'], risks: [], declared: true },
    { id: 'agent->old-queue', from: 'agent', to: 'old-queue', classes: ['internal'], connectors: ['c'], risks: [], declared: true },
  ],
};
const head: FlowGraph = {
  nodes: [
    node('agent', { region: 'eu-central-1' }),
    node('erp', { kind: 'erp', boundary: 'third_party', region: 'eu' }),
    node('claude', { kind: 'llm', boundary: 'llm', region: 'us', vendor: 'Anthropic' }),
  ],
  edges: [
    { id: 'agent->claude', from: 'agent', to: 'claude', classes: ['pii'], connectors: ['c'], risks: ['no-dpa', 'sensitive-to-llm'], declared: true },
    { id: 'agent->erp', from: 'agent', to: 'erp', classes: ['financial', 'pii'], connectors: ['c'], risks: [], declared: true },
  ],
};

describe('renderMermaid', () => {
  it('highlights added, dashes removed, marks risky edges, and parses with mermaid', async () => {
    const diagram = renderMermaid(diffFlowGraphs(base, head));
    const text = diagram.mermaid;
    expect(diagram.summarized).toBe('none');
    expect(text.startsWith('flowchart LR\n')).toBe(true);
    // Trust boundaries as subgraphs.
    expect(text).toMatch(/subgraph b0\["Our systems"\]/);
    expect(text).toMatch(/subgraph b2\["LLM providers"\]/);
    // The new LLM node is added-classed; the removed queue is removed-classed and its edge dotted.
    const id = (label: string): string => new RegExp(`(n\\d+)\\["[^"]*${label}`).exec(text)?.[1] as string;
    expect(text).toMatch(new RegExp(`class [n\\d,]*\\b${id('claude')}\\b[n\\d,]* added`));
    expect(text).toMatch(new RegExp(`class [n\\d,]*\\b${id('old-queue')}\\b[n\\d,]* removed`));
    expect(text).toMatch(new RegExp(`${id('agent')} -\\.->\\|"removed: internal"\\| ${id('old-queue')}`));
    // Added + risky edge: thick arrow, warning sign (escaped), red link style.
    const risky = text.split('\n').findIndex((l) => l.includes(`${id('agent')} ==>|"+#160;#9888;`));
    expect(risky).toBeGreaterThan(0);
    expect(text).toMatch(/linkStyle [\d,]+ stroke:#cf222e,stroke-width:4px/);
    // A class added to an existing flow is marked.
    expect(text).toContain('financial, +pii');
    await parseMermaid(text);
  });

  it('quotes and escapes every label: hostile names cannot break out', async () => {
    const hostile = [
      'a"b',
      'x]y',
      'end',
      '`code`',
      '<script>alert(1)</script>',
      'a|b',
      '%% comment',
      'graph TD',
      'émoji 🚀',
      '#quot;',
      'click n0 call x()',
      'line\nbreak',
      'a;b',
      '{curly}',
    ];
    const graph: FlowGraph = {
      nodes: hostile.map((h, i) => node(`s${i}`, { vendor: h, region: h })),
      edges: hostile
        .slice(1)
        .map((_, i) => ({ id: `s0->s${i + 1}`, from: 's0', to: `s${i + 1}`, classes: ['pii'], connectors: [], risks: [], declared: true })),
    };
    const text = renderMermaid(diffFlowGraphs(undefined, graph)).mermaid;
    for (const line of text.split('\n')) {
      const labels = [...line.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string);
      for (const label of labels) expect(label.replaceAll('<br/>', ' ').replace(/#\d+;/g, '')).not.toMatch(/[<>`|\][{};%#"]/);
    }
    expect(text).not.toContain('<script');
    expect(text).not.toContain('`');
    await parseMermaid(text);
    expect(escapeMermaidLabel('a"b')).toBe('a#34;b');
    // Labels that start like a Markdown list item keep their marker, not the list.
    expect(escapeMermaidLabel('+ anthropic')).toBe('+#160;anthropic');
    expect(escapeMermaidLabel('- removed')).toBe('-#160;removed');
    expect(escapeMermaidLabel('12. step')).toBe('12.#160;step');
    expect(escapeMermaidLabel('a + b')).toBe('a + b');
  });

  it('draws an empty graph as one explanatory node', async () => {
    const diagram = renderMermaid(diffFlowGraphs(undefined, { nodes: [], edges: [] }));
    expect(diagram.nodes).toBe(1);
    await parseMermaid(diagram.mermaid);
  });

  it('summarises large graphs in steps, always inside GitHub limits, and each step parses', async () => {
    const many = (n: number, prefix: string): FlowGraph => ({
      nodes: [
        node('hub'),
        ...Array.from({ length: n }, (_, i) =>
          node(`${prefix}${i}`, { kind: i % 2 ? 'llm' : 'saas', boundary: i % 2 ? 'llm' : 'third_party', region: 'us' }),
        ),
      ],
      edges: Array.from({ length: n }, (_, i) => ({
        id: `hub->${prefix}${i}`,
        from: 'hub',
        to: `${prefix}${i}`,
        classes: ['pii' as const],
        connectors: [],
        risks: i % 2 ? (['sensitive-to-llm'] as const) : [],
        declared: true,
      })),
    });
    const big = many(600, 'sys-');
    // Unchanged big graph: grouped by kind.
    const unchanged = renderMermaid(diffFlowGraphs(big, big));
    expect(unchanged.summarized).not.toBe('none');
    // A change that adds 600 systems at once: falls back to coarser groups.
    const added = renderMermaid(diffFlowGraphs({ nodes: [node('hub')], edges: [] }, big));
    expect(added.summarized).not.toBe('none');
    // Tight limits force the last level, which always fits.
    const kinds = ['llm', 'crm', 'erp', 'commerce', 'warehouse', 'vector_store', 'queue', 'storage', 'saas', 'internal'] as const;
    const mesh: FlowGraph = {
      nodes: kinds.map((k) => node(k, { kind: k, boundary: k === 'llm' ? 'llm' : k === 'internal' ? 'ours' : 'third_party' })),
      edges: kinds.flatMap((a) =>
        kinds
          .filter((b) => b !== a)
          .map((b) => ({ id: `${a}->${b}`, from: a, to: b, classes: ['internal' as const], connectors: [], risks: [], declared: true })),
      ),
    };
    const tight = renderMermaid(diffFlowGraphs(undefined, mesh), { maxEdges: 10, maxChars: 2_000 });
    expect(tight.summarized).toBe('boundaries-grouped');
    expect(tight.edges).toBeLessThanOrEqual(9);
    await parseMermaid(tight.mermaid);
    const tightBig = renderMermaid(diffFlowGraphs(undefined, big), { maxEdges: 10, maxChars: 2_000 });
    expect(tightBig.edges).toBeLessThanOrEqual(10);
    for (const d of [unchanged, added, tightBig]) {
      expect(d.mermaid.length).toBeLessThan(GITHUB_MAX_CHARS);
      expect(countEdges(d.mermaid)).toBe(d.edges);
      expect(d.edges).toBeLessThan(GITHUB_MAX_EDGES);
      expect(d.systems).toBe(601);
      await parseMermaid(d.mermaid);
    }
  });

  it('is deterministic', () => {
    expect(renderMermaid(diffFlowGraphs(base, head)).mermaid).toBe(renderMermaid(diffFlowGraphs(base, head)).mermaid);
  });
});
