import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMermaid } from '../shared/flows/mermaid-parse.js';
import { gitIn, runTollgate, tempTree } from './run-tollgate.js';

const manifest = (name: string, target: string, dpa: string): string => `name: ${name}
owner: "@team"
purpose: test
systems:
  - id: app
    kind: internal
    region: eu-west-1
  - id: ${target}
    kind: llm
    vendor: ${target}
    region: eu
    dpa: ${dpa}
flows:
  - from: app
    to: ${target}
    data: [pii]
audit:
  sink: s3://audit
  retentionDays: 400
`;

function repository(): string {
  const root = tempTree({
    'connectors/drafts/connector.yml': manifest('drafts', 'openai', 'signed'),
    'src/drafts.ts': "import OpenAI from 'openai';\nexport const client = new OpenAI();\n",
  });
  gitIn(root, 'init', '-q');
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-qm', 'base');
  gitIn(root, 'checkout', '-qb', 'feature');
  mkdirSync(join(root, 'connectors/ranker'), { recursive: true });
  writeFileSync(join(root, 'connectors/ranker/connector.yml'), manifest('ranker', 'anthropic', 'pending'));
  writeFileSync(
    join(root, 'src/ranker.ts'),
    "import Anthropic from '@anthropic-ai/sdk';\nimport { CohereClient } from 'cohere-ai';\nexport const a = new Anthropic();\nexport const c = new CohereClient();\n",
  );
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-qm', 'add ranker');
  return root;
}

describe('tollgate diagram', () => {
  it('prints the Mermaid diagram of a directory (mermaid, markdown, json)', async () => {
    const root = repository();
    const run = await runTollgate(['diagram'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.startsWith('flowchart LR\n')).toBe(true);
    expect(run.stdout).toContain('anthropic');
    expect(run.stdout).toContain('not in any manifest'); // cohere, seen only in code
    await parseMermaid(run.stdout);
    expect(run.stderr).toMatch(/data-flow finding/);

    const markdown = await runTollgate(['diagram', '--format', 'markdown'], root);
    expect(markdown.stdout).toContain('```mermaid\nflowchart LR');
    const json = JSON.parse((await runTollgate(['diagram', '--format', 'json'], root)).stdout) as {
      diagram: { mermaid: string };
      flows: { flows: { from: string; to: string; status: string }[] };
    };
    expect(json.diagram.mermaid).toBe(run.stdout);
    expect(json.flows.flows.map((f) => `${f.from}->${f.to}`)).toContain('app->anthropic');
  });

  it('--base highlights what the change adds', async () => {
    const root = repository();
    const run = await runTollgate(['diagram', '--base', 'main', '--format', 'json'], root);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      diagram: { mermaid: string };
      flows: { flows: { from: string; to: string; status: string }[]; compared: boolean };
    };
    expect(json.flows.compared).toBe(true);
    expect(json.flows.flows.map((f) => `${f.from}->${f.to} ${f.status}`).sort()).toEqual([
      '(code)->cohere added',
      'app->anthropic added',
      'app->openai unchanged',
    ]);
    expect(json.diagram.mermaid).toMatch(/n\d+\["\+#160;anthropic/);
    await parseMermaid(json.diagram.mermaid);
  });

  it('review puts the diagram and the governance findings in Markdown and JSON', async () => {
    const root = repository();
    const json = await runTollgate(['review', '--base', 'main', '--format', 'json'], root);
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as {
      findings: { ruleId: string; path: string; location: { startLine: number } }[];
      diagram: { mermaid: string };
      flows: { flows: unknown[] };
    };
    expect(report.findings.map((f) => `${f.path}:${f.location.startLine} ${f.ruleId}`)).toEqual([
      'connectors/ranker/connector.yml:15 flows/pii-to-llm-without-dpa',
      'src/ranker.ts:2 flows/undeclared-system',
    ]);
    expect(report.diagram.mermaid.startsWith('flowchart LR')).toBe(true);
    expect(report.flows.flows.length).toBe(3);
    const markdown = await runTollgate(['review', '--base', 'main', '--format', 'markdown'], root);
    expect(markdown.stdout).toContain('#### Data flow');
    expect(markdown.stdout).toContain('```mermaid');
    await parseMermaid(/```mermaid\n([\s\S]*?)```/.exec(markdown.stdout)?.[1] ?? '');
  });

  it('exits 2 for a bad ref or format', async () => {
    const root = repository();
    expect((await runTollgate(['diagram', '--base', 'nope'], root)).code).toBe(2);
    expect((await runTollgate(['diagram', '--format', 'svg'], root)).code).toBe(2);
  });
  it('--base draws the MCP server the change adds inside the repository, joined to the system it reaches', async () => {
    const root = repository();
    writeFileSync(join(root, '.mcp.json'), '{ "mcpServers": { "drafts-llm": { "type": "http", "url": "https://api.openai.com/v1/mcp" } } }\n');
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-qm', 'add server');
    const run = await runTollgate(['diagram', '--base', 'main'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/subgraph ag\[/);
    const server = /(n\d+)\["\+#160;drafts-llm/.exec(run.stdout)?.[1];
    const openai = /(n\d+)\["openai/.exec(run.stdout)?.[1];
    expect(server && openai).toBeTruthy();
    expect(run.stdout).toMatch(new RegExp(`${server} ==>\\|"\\+#160;[a-z]+"\\| ${openai}\\b`));
    await parseMermaid(run.stdout);
  });
});
