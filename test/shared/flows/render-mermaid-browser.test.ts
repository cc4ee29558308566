import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { diffFlowGraphs } from '../../../shared/flows/diff-flow-graphs.js';
import type { AgentNode } from '../../../shared/flows/agent-node.js';
import type { FlowGraph } from '../../../shared/flows/flow-graph.js';
import { renderMermaid } from '../../../shared/flows/render-mermaid.js';

/**
 * Renders a generated diagram to SVG in a real browser: Debian's headless Chromium
 * (`/usr/bin/chromium`, installed by `.ci/run`), driven by playwright-core, with
 * mermaid's bundled script loaded from node_modules (nothing from the network).
 */
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
/**
 * The newest Mermaid, and the oldest 11.x Tollgate supports (GitHub has shipped
 * versions before 11.10, which read a label starting `+ ` as a Markdown list).
 */
const MERMAIDS = [
  ['mermaid (newest)', createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')],
  ['mermaid 11.4.1', createRequire(import.meta.url).resolve('mermaid-11-4/dist/mermaid.min.js')],
] as const;

const graph = (withLlm: boolean): FlowGraph => ({
  nodes: [
    { id: 'agent', kind: 'internal', boundary: 'ours', region: 'eu-central-1', connectors: ['a'], declared: true },
    { id: 'erp', kind: 'erp', boundary: 'third_party', vendor: 'SAP "S/4HANA" <Cloud>', region: 'eu', connectors: ['a'], declared: true },
    ...(withLlm ? [{ id: 'anthropic', kind: 'llm' as const, boundary: 'llm' as const, region: 'us', connectors: ['b'], declared: true }] : []),
  ],
  edges: [
    { id: 'agent->erp', from: 'agent', to: 'erp', classes: ['financial'], connectors: ['a'], risks: [], declared: true },
    ...(withLlm
      ? [
          {
            id: 'agent->anthropic',
            from: 'agent',
            to: 'anthropic',
            classes: ['pii' as const],
            connectors: ['b'],
            risks: ['no-dpa' as const],
            declared: true,
          },
        ]
      : []),
  ],
});

const AGENTS: AgentNode[] = [
  {
    key: 'server:.mcp.json:erp-db',
    kind: 'server',
    name: 'erp-db',
    detail: 'MCP server, stdio, unpinned',
    status: 'added',
    destructive: false,
    access: 'read',
    reaches: ['erp'],
  },
  {
    key: 'tool:src/t.ts:cancel_order',
    kind: 'tool',
    name: 'cancel_order',
    detail: 'tool, destructive, no approval gate',
    status: 'added',
    destructive: true,
    access: 'destructive',
    reaches: ['erp', 'payments'],
  },
];

describe.each(MERMAIDS)('diagram in a real browser with %s', (_name, MERMAID_JS) => {
  it.skipIf(!hasChromium)(
    hasChromium
      ? 'renders the data-flow diagram to SVG in headless Chromium'
      : `SKIPPED: ${CHROMIUM} is not installed (apt-get install -y chromium); the diagram was not rendered in a browser`,
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      });
      try {
        const page = await browser.newPage();
        // Block every request: the page must render from what is injected.
        await page.route('**/*', (route) => route.abort());
        await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
        await page.addScriptTag({ path: MERMAID_JS });
        const text = renderMermaid(diffFlowGraphs(graph(false), graph(true))).mermaid;
        const svg = await page.evaluate(async (source: string) => {
          // Runs in the page; typed loosely because the test compiles without the DOM library.
          const page = globalThis as unknown as {
            mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> };
            document: { getElementById(id: string): { innerHTML: string } | null };
          };
          page.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
          const { svg } = await page.mermaid.render('flows', source);
          const out = page.document.getElementById('out');
          if (out) out.innerHTML = svg;
          return svg;
        }, text);
        expect(svg.startsWith('<svg')).toBe(true);
        // A no-break space follows a leading `+` (see escapeMermaidLabel); compare as spaces.
        const labels = (await page.locator('#out .nodeLabel').allTextContents()).map((l) => l.replace(/\u00a0/g, ' '));
        expect(labels.join(' | ')).not.toMatch(/Unsupported markdown/i);
        expect(labels.join(' | ')).toContain('+ anthropic');
        expect(labels.join(' | ')).toContain('erp (SAP "S/4HANA" <Cloud>)');
        expect(await page.locator('#out g.node.added').count()).toBe(1);
        expect(await page.locator('#out .cluster').count()).toBe(3);
        const edgeLabels = (await page.locator('#out .edgeLabel').allTextContents()).map((l) => l.replace(/\u00a0/g, ' '));
        expect(edgeLabels.join(' | ')).not.toMatch(/Unsupported markdown/i);
        expect(edgeLabels).toEqual(expect.arrayContaining(['+ ⚠ pii', 'financial']));
      } finally {
        await browser.close();
      }
    },
    30_000,
  );

  it.skipIf(!hasChromium)(
    hasChromium ? 'renders agent servers and tools in a nested subgraph' : `SKIPPED: ${CHROMIUM} is not installed`,
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      });
      try {
        const page = await browser.newPage();
        await page.route('**/*', (route) => route.abort());
        await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
        await page.addScriptTag({ path: MERMAID_JS });
        const text = renderMermaid(diffFlowGraphs(graph(false), graph(true)), undefined, AGENTS).mermaid;
        const svg = await page.evaluate(async (source: string) => {
          const page = globalThis as unknown as {
            mermaid: { initialize(c: object): void; render(id: string, text: string): Promise<{ svg: string }> };
            document: { getElementById(id: string): { innerHTML: string } | null };
          };
          page.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
          const { svg } = await page.mermaid.render('agents', source);
          const out = page.document.getElementById('out');
          if (out) out.innerHTML = svg;
          return svg;
        }, text);
        expect(svg.startsWith('<svg')).toBe(true);
        const labels = (await page.locator('#out .nodeLabel').allTextContents()).map((l) => l.replace(/\u00a0/g, ' '));
        expect(labels.join(' | ')).not.toMatch(/Unsupported markdown/i);
        expect(labels.join(' | ')).toContain('+ ⚠ cancel_order');
        expect(labels.join(' | ')).toContain('+ erp-db');
        // Three boundaries and the agent subgraph.
        expect(await page.locator('#out .cluster').count()).toBe(4);
        expect(await page.locator('#out g.node.destructive').count()).toBe(1);
        const edgeLabels = (await page.locator('#out .edgeLabel').allTextContents()).map((l) => l.replace(/\u00a0/g, ' '));
        expect(edgeLabels).toEqual(expect.arrayContaining(['+ read', '+ ⚠ destructive']));
      } finally {
        await browser.close();
      }
    },
    30_000,
  );
});
