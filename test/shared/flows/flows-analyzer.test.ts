import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../../shared/diff/parse-unified-diff.js';
import { runReview } from '../../../shared/engine/run-review.js';
import { flowsAnalyzer, type FlowsData } from '../../../shared/flows/flows-analyzer.js';
import { DEFAULT_POLICY, policySchema } from '../../../shared/policy/policy-schema.js';
import { renderMarkdown } from '../../../shared/report/render-markdown.js';
import { reportContributions } from '../../../shared/report/report-contributions.js';
import { countEdges, GITHUB_MAX_CHARS, GITHUB_MAX_EDGES, parseMermaid } from './mermaid-parse.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/procurement-agent/', import.meta.url));

function tree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

const manifest = (name: string, extra = ''): string => `name: ${name}
owner: "@team"
purpose: test
systems:
  - id: app
    kind: internal
    region: eu-west-1
  - id: ${name}-llm
    kind: llm
    vendor: OpenAI
    region: us
    dpa: signed
    transferMechanism: dpf
flows:
  - from: app
    to: ${name}-llm
    data: [pii]
audit:
  sink: s3://audit
  retentionDays: 400
${extra}`;

describe('flows analyzer', () => {
  it("shows the demo pull request's new LLM flow highlighted, with its governance findings on the manifest lines", async () => {
    const base = tree(join(EXAMPLE, 'base'));
    const head = tree(join(EXAMPLE, 'head'));
    // A review sees changed files plus every manifest (context files), at both commits.
    const changedPaths = [...head.keys()].filter((p) => base.get(p) !== head.get(p));
    const diff = changedPaths
      .map((p) => {
        const lines = (head.get(p) ?? '').split('\n');
        const before = base.has(p) ? `--- a/${p}` : '--- /dev/null';
        return `diff --git a/${p} b/${p}\n${before}\n+++ b/${p}\n@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`;
      })
      .join('\n');
    const changes = new Map(parseUnifiedDiff(diff).map((c) => [c.path, c]));
    const result = await runReview({ head, base, changes, policy: DEFAULT_POLICY, analyzers: [flowsAnalyzer] });
    const data = result.data.flows as FlowsData;
    const llmFlow = data.flows.find((e) => e.from === 'procurement-agent' && e.to === 'anthropic');
    expect(llmFlow?.status).toBe('added');
    expect(llmFlow?.risks).toEqual(expect.arrayContaining(['no-dpa', 'cross-border', 'sensitive-to-llm']));
    expect(data.systems.find((n) => n.id === 'anthropic')?.status).toBe('added');
    expect(data.flows.find((e) => e.from === 'procurement-agent' && e.to === 'openai')?.status).toBe('unchanged');
    // In the Mermaid text: the anthropic node carries the `added` class, its edge is thick and red.
    const text = data.diagram.mermaid;
    const id = /(n\d+)\["\+#160;anthropic/.exec(text)?.[1];
    expect(id).toBeDefined();
    expect(text).toMatch(new RegExp(`class [n\\d,]*\\b${id as string}\\b[n\\d,]* added`));
    const agent = /(n\d+)\["procurement-agent/.exec(text)?.[1] as string;
    const edgeIndex = text
      .split('\n')
      .filter((l) => /^\s+n\d+ (?:-->|==>|-\.->)/.test(l))
      .findIndex((l) => l.startsWith(`  ${agent} ==>|"+#160;#9888;`) && l.endsWith(` ${id as string}`));
    expect(edgeIndex).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(new RegExp(`linkStyle (?:\\d+,)*${edgeIndex}(?:,\\d+)* stroke:#cf222e`));
    await parseMermaid(text);
    const found = result.findings.filter((f) => f.ruleId.startsWith('flows/')).map((f) => `${f.path}:${f.location.startLine} ${f.ruleId}`);
    // The flow's entry and its `region: us` line, found in the example rather than hard-coded.
    const manifestLines = (head.get('connectors/supplier-llm/connector.yml') ?? '').split('\n');
    const toLine = manifestLines.findIndex((l) => l.trim() === 'to: anthropic') + 1;
    const regionLine = manifestLines.findIndex((l, i) => i >= toLine && l.trim() === 'region: us') + 1;
    expect(found).toEqual([
      `connectors/supplier-llm/connector.yml:${toLine} flows/pii-to-llm-without-dpa`,
      `connectors/supplier-llm/connector.yml:${regionLine} flows/cross-border-without-mechanism`,
    ]);
    // And in the PR comment.
    const contributions = reportContributions(result, [flowsAnalyzer]);
    const markdown = renderMarkdown(result, { extraSections: contributions?.extraSections ?? [] });
    expect(markdown).toContain('```mermaid\nflowchart LR');
    expect(markdown).toContain('procurement-agent → anthropic');
    expect(Object.keys(contributions?.extensions ?? {})).toEqual(['diagram', 'flows']);
  });

  it('reports in a review only what the change adds (findings on added lines)', async () => {
    const path = 'connectors/x/connector.yml';
    const before = manifest('x');
    const after = manifest('x').replace('  retentionDays: 400', '  retentionDays: 30');
    const diff = `diff --git a/${path} b/${path}\n--- a/${path}\n+++ b/${path}\n@@ -20,1 +20,1 @@\n-  retentionDays: 400\n+  retentionDays: 30\n`;
    const changes = new Map(parseUnifiedDiff(diff).map((c) => [c.path, c]));
    const result = await runReview({
      head: new Map([[path, after]]),
      base: new Map([[path, before]]),
      changes,
      policy: DEFAULT_POLICY,
      analyzers: [flowsAnalyzer],
    });
    expect(result.findings.map((f) => [f.ruleId, f.messageId, f.location.startLine])).toEqual([['flows/audit-retention-too-short', 'tooShort', 20]]);
  });

  it('follows the policy: retention maxima, audit minimum, approved processors, manifest glob, DPA classes', async () => {
    const head = new Map([
      ['svc/connectors/x/connector.yml', manifest('x', 'retention:\n  stores:\n    - name: q\n      kind: queue\n      days: 10\n')],
      ['integrations/y.yml', manifest('y')],
    ]);
    const loose = policySchema.parse({ flows: { retentionMaxDays: { queue: 14 }, auditRetentionMinDays: 365 } });
    expect((await runReview({ head, policy: loose, analyzers: [flowsAnalyzer] })).findings).toEqual([]);
    const strict = policySchema.parse({
      flows: {
        manifests: ['**/connectors/*/connector.yml', 'integrations/*.yml'],
        retentionMaxDays: { queue: 5 },
        auditRetentionMinDays: 500,
        approvedProcessors: ['Anthropic'],
      },
    });
    const result = await runReview({ head, policy: strict, analyzers: [flowsAnalyzer] });
    expect(result.findings.map((f) => `${f.path}:${f.location.startLine} ${f.ruleId}`).sort()).toEqual(
      [
        'integrations/y.yml:8 flows/unapproved-processor',
        'integrations/y.yml:20 flows/audit-retention-too-short',
        'svc/connectors/x/connector.yml:8 flows/unapproved-processor',
        'svc/connectors/x/connector.yml:20 flows/audit-retention-too-short',
        'svc/connectors/x/connector.yml:25 flows/retention-too-long',
      ].sort(),
    );
  });

  it('500 connectors: no crash, a summarised diagram GitHub can render', async () => {
    const head = new Map<string, string>();
    const base = new Map<string, string>();
    for (let i = 0; i < 500; i++) {
      const path = `connectors/c${i}/connector.yml`;
      const text = manifest(`c${i}`);
      head.set(path, text);
      if (i < 250) base.set(path, text);
    }
    const started = performance.now();
    const result = await runReview({ head, base, policy: DEFAULT_POLICY, analyzers: [flowsAnalyzer] });
    const elapsed = performance.now() - started;
    const data = result.data.flows as FlowsData;
    expect(data.systems.length).toBe(501);
    expect(data.flows.filter((e) => e.status === 'added').length).toBe(250);
    expect(data.diagram.summarized).not.toBe('none');
    expect(data.diagram.mermaid.length).toBeLessThan(GITHUB_MAX_CHARS);
    expect(countEdges(data.diagram.mermaid)).toBeLessThan(GITHUB_MAX_EDGES);
    expect(data.diagram.mermaid).toMatch(/"\+#160;250 new llm systems/);
    await parseMermaid(data.diagram.mermaid);
    expect(elapsed).toBeLessThan(10_000);
  });

  it('never throws on bad input: every kind of broken manifest is a finding', async () => {
    const inputs = [
      '',
      '---\n',
      'name: [',
      '- a\n- b\n',
      'name: x\nsystems: 3\n',
      `${'a:\n '.repeat(200)}b: 1\n`,
      'name: !!binary AAAA\n',
      '&a [*a]\n',
      'systems:\n  - id: x\n    kind: llm\n    kind: crm\n',
    ];
    for (const text of inputs) {
      const result = await runReview({ head: new Map([['connectors/bad/connector.yml', text]]), policy: DEFAULT_POLICY, analyzers: [flowsAnalyzer] });
      expect(result.findings.length, JSON.stringify(text)).toBeGreaterThan(0);
      expect(
        result.findings.every((f) => f.ruleId === 'flows/manifest-invalid'),
        JSON.stringify(text),
      ).toBe(true);
    }
  });
});
