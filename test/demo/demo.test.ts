import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPORT_SECTIONS } from '../../shared/report/report-sections.js';

// Runs `node scripts/demo.js` once (the test command builds first) and checks what
// it wrote. The planted secrets are read from the example files and only ever
// compared, never printed: assertion messages name them by label.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const HEAD = join(ROOT, 'examples', 'procurement-agent', 'head');
const OUTPUT = join(ROOT, 'demo-output');
const REPORTS = ['review.sarif', 'review.json', 'review.md'] as const;

interface JsonFinding {
  ruleId: string;
  path: string;
  location: { startLine: number };
  suppression?: { kind: string; reason?: string };
}

interface JsonReport {
  mode: string;
  findings: JsonFinding[];
  suppressed: JsonFinding[];
  diagram?: { mermaid: string };
  agents?: {
    diff: {
      servers: { change: string; server: { name: string; path: string; pinned: boolean; reaches: string } }[];
      tools: { change: string; tool: { name: string; path: string; access: string; approval: boolean; systems: string[] } }[];
    } | null;
  };
  risk?: { facts: { id: string }[]; checklist: { id: string; status: string; findings: string[] }[] };
}

/** A planted value and the 1-based line it sits on in the example's head snapshot. */
interface Planted {
  readonly label: string;
  readonly path: string;
  readonly value: string;
  readonly line: number;
}

function planted(label: string, path: string, pattern: RegExp): Planted {
  const text = readFileSync(join(HEAD, path), 'utf8');
  const match = pattern.exec(text);
  if (!match) throw new Error(`${label}: pattern not found in examples/procurement-agent/head/${path}`);
  const value = match[1] ?? match[0];
  const start = match.index + match[0].indexOf(value);
  return { label, path, value, line: text.slice(0, start).split('\n').length };
}

const hardCodedKey = planted('hard-coded Anthropic key', 'src/connectors/supplier-llm.ts', /sk-ant-api03-[A-Za-z0-9_-]{90,}AA/);
const fixtureKey = planted('suppressed test-fixture key', 'test/supplier-llm.test.ts', /sk-ant-api03-[A-Za-z0-9_-]{90,}AA/);
const dbPassword = planted('database password in .env', '.env', /postgres:\/\/[^:\s]+:([^@\s]+)@/);
const placeholder = planted('Slack placeholder', 'README.md', /xoxb-your-bot-token/);
const secrets = [hardCodedKey, fixtureKey, dbPassword];

/** True when `text` holds the secret, or any 12-character piece of it past a vendor prefix. */
function leaks(text: string, secret: string): boolean {
  if (text.includes(secret)) return true;
  const body = secret.replace(/^sk-ant-api03-/, '');
  for (let i = 0; i + 12 <= body.length; i += 4) if (text.includes(body.slice(i, i + 12))) return true;
  return false;
}

let run: { code: number | null; stdout: string; stderr: string };
let report: JsonReport;

beforeAll(async () => {
  run = await new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(ROOT, 'scripts', 'demo.js')],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024, timeout: 90_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
  const json = join(OUTPUT, 'review.json');
  report = existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as JsonReport) : { mode: 'missing', findings: [], suppressed: [] };
}, 120_000);

describe('npm run demo', () => {
  it('exits 0 although the review fails the gate', () => {
    // stderr is shown on failure; it never holds a raw secret (checked below).
    expect(run.code, run.stderr).toBe(0);
  });

  it('writes the SARIF, JSON and Markdown reports and names them', () => {
    for (const file of REPORTS) {
      expect(existsSync(join(OUTPUT, file)), file).toBe(true);
      expect(run.stdout.includes(join(OUTPUT, file)), `stdout names ${file}`).toBe(true);
    }
    const sarif = JSON.parse(readFileSync(join(OUTPUT, 'review.sarif'), 'utf8')) as {
      version: string;
      runs: { tool: { driver: { name: string } } }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.name).toBe('tollgate');
    expect(report.mode).toBe('review');
  });

  it('reports the hard-coded LLM key at its file and line', () => {
    const hits = report.findings.filter((f) => f.ruleId.startsWith('secrets/') && f.path === hardCodedKey.path);
    expect(hits.map((f) => f.location.startLine)).toEqual([hardCodedKey.line]);
  });

  it('reports the committed .env, and the secret inside it', () => {
    const inDotenv = report.findings.filter((f) => f.path === '.env');
    expect(inDotenv.map((f) => f.ruleId)).toContain('secrets/committed-dotenv');
    expect(inDotenv.filter((f) => f.ruleId !== 'secrets/committed-dotenv').map((f) => f.location.startLine)).toContain(dbPassword.line);
  });

  it('does not flag the placeholder', () => {
    const all = [...report.findings, ...report.suppressed];
    expect(all.filter((f) => f.path === placeholder.path && f.location.startLine === placeholder.line)).toEqual([]);
  });

  it('flags nothing in the set-up docs and .env.example (placeholders, a local-development database URL)', () => {
    const all = [...report.findings, ...report.suppressed];
    expect(
      all.filter((f) => f.path === 'README.md' || f.path === '.env.example').map((f) => `${f.path}:${f.location.startLine} ${f.ruleId}`),
    ).toEqual([]);
  });

  it('lists the test-fixture value as suppressed with its reason, not as a finding', () => {
    const at = (f: JsonFinding) => f.path === fixtureKey.path && f.location.startLine === fixtureKey.line;
    expect(report.findings.filter(at)).toEqual([]);
    const suppressed = report.suppressed.filter(at);
    expect(suppressed.map((f) => [f.ruleId.startsWith('secrets/'), f.suppression?.kind])).toEqual([[true, 'inline']]);
    expect(suppressed[0]?.suppression?.reason ?? '').not.toBe('');
  });

  it('inventories the MCP server and agent tools the pull request adds, with their findings and risk facts', () => {
    const diff = report.agents?.diff;
    expect(diff?.servers.map((c) => [c.change, c.server.name, c.server.path, c.server.pinned, c.server.reaches])).toEqual([
      ['added', 'ranking-cache', '.mcp.json', false, 'postgres'],
    ]);
    expect(diff?.tools.map((c) => [c.change, c.tool.name, c.tool.access, c.tool.approval]).sort()).toEqual([
      ['added', 'cancel_purchase_order', 'destructive', true],
      ['added', 'create_purchase_order', 'write', false],
    ]);
    const rules = report.findings.map((f) => `${f.path} ${f.ruleId}`);
    expect(rules).toEqual(expect.arrayContaining(['.mcp.json agents/unpinned-server', 'src/agent/tools.ts agents/unapproved-write']));
    expect(report.risk?.facts.map((f) => f.id)).toEqual(expect.arrayContaining(['mcp-server-added', 'agent-tool-write-added']));
    expect(report.risk?.checklist.find((c) => c.id === 'agent-tools')?.status).toBe('failed');
    // The "Agent tools" section, in the comment and the terminal output.
    const title = REPORT_SECTIONS.find((s) => s.id === 'agent-tools')?.title as string;
    expect(readFileSync(join(OUTPUT, 'review.md'), 'utf8')).toContain(`#### ${title}`);
    expect(run.stdout).toContain(`${title}:`);
  });

  it('draws the server and tools inside the repository in the diagram, with edges to the systems they reach', () => {
    const mermaid = report.diagram?.mermaid ?? '';
    const id = (name: string): string => new RegExp(`(n\\d+)\\["(?:[^"]*;)? ?${name}`).exec(mermaid)?.[1] ?? `missing ${name}`;
    expect(mermaid).toMatch(/subgraph ag\[/);
    // MCP server -> the Postgres ranking cache the manifest declares; tools -> ERP and Slack; the destructive tool classed.
    expect(mermaid).toMatch(new RegExp(`${id('ranking-cache<br/>MCP')} ==>\\|[^|]*\\| ${id('ranking-cache \\(')}\\b`));
    expect(mermaid).toMatch(new RegExp(`${id('create_purchase_order')} ==>\\|[^|]*\\| ${id('erp')}\\b`));
    expect(mermaid).toMatch(new RegExp(`${id('create_purchase_order')} ==>\\|[^|]*\\| ${id('slack')}\\b`));
    expect(mermaid).toMatch(new RegExp(`class [n\\d,]*\\b${id('cancel_purchase_order')}\\b[n\\d,]* destructive`));
  });

  it('never shows a planted secret unmasked', () => {
    const outputs: [string, string][] = [
      ['stdout', run.stdout],
      ['stderr', run.stderr],
      ...REPORTS.filter((f) => existsSync(join(OUTPUT, f))).map((f): [string, string] => [f, readFileSync(join(OUTPUT, f), 'utf8')]),
    ];
    for (const [where, text] of outputs) {
      for (const secret of secrets) expect(leaks(text, secret.value), `${secret.label} leaked into ${where}`).toBe(false);
    }
  });
});
