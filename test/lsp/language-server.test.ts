import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, TextEdit } from 'vscode-languageserver-protocol/node';
import { startTestClient, type TestClient } from './lsp-test-client.js';

// Fake keys of the right shape, assembled at run time so no file holds one whole.
const OPENAI_KEY = ['sk-proj-', 'Q3vT8kLm2Zp9Rw4Xy7Bn1Cd5Ef6Gh0Ij3Kl8Mn2Op4Qr6St9Uv'].join('');
const STRIPE_KEY = ['sk_live_', '51HxQ2kLm9Zp3Rw7Xy1Bn4Cd8Ef2Gh6Ij0Kl5Mn'].join('');

const here = dirname(fileURLToPath(import.meta.url));
const CLI = join(here, '../../bin/tollgate.js');
const WATCH = join(here, 'watch-imports.mjs');

function workspace(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'tollgate-lsp-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const codes = (d: readonly Diagnostic[]): string[] => d.map((x) => String(x.code));
const has = (rule: string) => (d: readonly Diagnostic[]) => codes(d).includes(rule);

/** Applies a code action's edits for one document, as an editor would. */
function applyEdits(text: string, uri: string, action: CodeAction): string {
  const edits: TextEdit[] = action.edit?.changes?.[uri] ?? [];
  return TextDocument.applyEdits(TextDocument.create(uri, 'x', 1, text), edits);
}

async function actionsFor(client: TestClient, path: string, diagnostics: Diagnostic[]): Promise<CodeAction[]> {
  return client.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri: client.uri(path) },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics },
  });
}

describe('tollgate lsp --stdio', () => {
  let client: TestClient;
  let stderr = '';
  beforeAll(async () => {
    const root = workspace({ 'connectors/acme/connector.yml': 'name: acme\nowner: team-acme\n' });
    client = await startTestClient(root, {}, ['--import', WATCH, CLI, 'lsp', '--stdio']);
    client.process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  });
  afterAll(async () => client.stop());

  it('names itself with its version in serverInfo', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(client.initializeResult.serverInfo).toEqual({ name: 'tollgate', version });
  });

  it('publishes diagnostics on open: source tollgate, code = rule id with its docs link, the secret’s range, the document version', async () => {
    const text = `import OpenAI from 'openai';\nconst client = new OpenAI({ apiKey: "${OPENAI_KEY}" });\n`;
    await client.open('src/open.ts', text, 'typescript');
    const diagnostics = await client.diagnostics('src/open.ts', has('secrets/openai-key'));
    const d = diagnostics.find((x) => x.code === 'secrets/openai-key') as Diagnostic;
    expect(d.source).toBe('tollgate');
    expect(d.codeDescription?.href).toMatch(/docs\/rules\/secrets\/openai-key\.md$/);
    const start = text.split('\n')[1]!.indexOf(OPENAI_KEY);
    expect(d.range).toEqual({ start: { line: 1, character: start }, end: { line: 1, character: start + OPENAI_KEY.length } });
    expect(d.severity).toBe(1);
    expect(d.message).not.toContain(OPENAI_KEY);
    expect(client.published('src/open.ts').at(-1)?.version).toBe(1);
  });

  it('re-analyzes on change and drops the diagnostic once the secret is gone', async () => {
    await client.open('src/change.ts', `const key = "${STRIPE_KEY}";\n`, 'typescript');
    await client.diagnostics('src/change.ts', has('secrets/stripe-key'));
    await client.change('src/change.ts', 'const key = process.env.STRIPE_KEY;\n');
    const after = await client.diagnostics('src/change.ts', (d, p) => p.version === 2 && !has('secrets/stripe-key')(d));
    expect(codes(after)).not.toContain('secrets/stripe-key');
  });

  it('keeps only the newest of quick successive changes (stale runs are dropped)', async () => {
    await client.open('src/burst.ts', 'export const a = 1;\n', 'typescript');
    for (let i = 0; i < 5; i++) await client.change('src/burst.ts', i % 2 === 0 ? `const k = "${STRIPE_KEY}";\n` : 'export const a = 1;\n');
    // Version 6 holds the key; no publication may carry an older version after a newer one.
    await client.diagnostics('src/burst.ts', (d, p) => p.version === 6 && has('secrets/stripe-key')(d));
    const versions = client.published('src/burst.ts').map((p) => p.version ?? 0);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
  });

  it('offers the environment-variable quick fix in each language', async () => {
    const cases = [
      { path: 'src/env.ts', languageId: 'typescript', text: `const apiKey = "${STRIPE_KEY}";\n`, expected: 'const apiKey = process.env.API_KEY;\n' },
      {
        path: 'app/env.py',
        languageId: 'python',
        text: `stripe_key = '${STRIPE_KEY}'\n`,
        expected: 'import os\nstripe_key = os.environ["STRIPE_KEY"]\n',
      },
      {
        path: '.github/workflows/deploy.yml',
        languageId: 'yaml',
        text: `env:\n  STRIPE: "${STRIPE_KEY}"\n`,
        expected: 'env:\n  STRIPE: "${{ secrets.STRIPE }}"\n',
      },
      {
        path: 'deploy/compose.yml',
        languageId: 'yaml',
        text: `services:\n  api:\n    environment:\n      STRIPE_SECRET: ${STRIPE_KEY}\n`,
        expected: 'services:\n  api:\n    environment:\n      STRIPE_SECRET: ${STRIPE_SECRET}\n',
      },
      {
        path: 'Dockerfile',
        languageId: 'dockerfile',
        text: `FROM node:20\nENV STRIPE_KEY=${STRIPE_KEY}\n`,
        expected: 'FROM node:20\nENV STRIPE_KEY=${STRIPE_KEY}\n',
      },
    ];
    for (const c of cases) {
      await client.open(c.path, c.text, c.languageId);
      const diagnostics = (await client.diagnostics(c.path, has('secrets/stripe-key'))).filter((d) => d.code === 'secrets/stripe-key');
      const actions = await actionsFor(client, c.path, diagnostics);
      const fix = actions.find((a) => a.isPreferred && a.title.includes('environment variable'));
      expect(fix, c.path).toBeDefined();
      expect(applyEdits(c.text, client.uri(c.path), fix as CodeAction), c.path).toBe(c.expected);
      // Applying it clears the diagnostic.
      await client.change(c.path, applyEdits(c.text, client.uri(c.path), fix as CodeAction));
      const after = await client.diagnostics(c.path, (d, p) => p.version === 2);
      expect(codes(after), c.path).not.toContain('secrets/stripe-key');
    }
  });

  it('adds a suppression comment in the file’s comment syntax; with a reason written, the finding is suppressed', async () => {
    for (const c of [
      {
        path: 'src/suppress.ts',
        languageId: 'typescript',
        text: `  const key = "${STRIPE_KEY}";\n`,
        comment: '  // tollgate-ignore secrets/stripe-key: \n',
      },
      { path: 'app/suppress.py', languageId: 'python', text: `KEY = "${STRIPE_KEY}"\n`, comment: '# tollgate-ignore secrets/stripe-key: \n' },
    ]) {
      await client.open(c.path, c.text, c.languageId);
      const diagnostics = (await client.diagnostics(c.path, has('secrets/stripe-key'))).filter((d) => d.code === 'secrets/stripe-key');
      const action = (await actionsFor(client, c.path, diagnostics)).find((a) => a.title.startsWith('Suppress secrets/stripe-key'));
      const edited = applyEdits(c.text, client.uri(c.path), action as CodeAction);
      expect(edited).toBe(c.comment + c.text);
      // Without a reason the engine asks for one and the finding stays.
      await client.change(c.path, edited);
      const pending = await client.diagnostics(c.path, (d, p) => p.version === 2);
      expect(codes(pending)).toEqual(expect.arrayContaining(['secrets/stripe-key', 'suppressions/missing-reason']));
      await client.change(c.path, edited.replace(': \n', ': test-mode key of the fixture server\n'));
      const done = await client.diagnostics(c.path, (d, p) => p.version === 3);
      expect(codes(done)).not.toContain('secrets/stripe-key');
    }
  });

  it('replaces an over-broad scope with the catalog’s narrower alternative', async () => {
    const path = 'connectors/acme/drive.ts';
    const text = "const scopes = ['https://www.googleapis.com/auth/drive'];\n";
    await client.open(path, text, 'typescript');
    const diagnostics = (await client.diagnostics(path, has('scopes/workspace-wide'))).filter((d) => d.code === 'scopes/workspace-wide');
    const actions = await actionsFor(client, path, diagnostics);
    const narrower = actions.filter((a) => a.title.startsWith('Use the narrower scope'));
    expect(narrower.map((a) => applyEdits(text, client.uri(path), a))).toContain("const scopes = ['https://www.googleapis.com/auth/drive.file'];\n");
    expect(narrower[0]?.isPreferred).toBe(true);
  });

  it('explains a scope string on hover: provider, access class, narrower alternatives', async () => {
    const path = 'connectors/acme/slack.py';
    const text = 'SCOPES = "channels:read,chat:write"\nREAD = "https://www.googleapis.com/auth/gmail.readonly"\n';
    await client.open(path, text, 'python');
    const hover = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri(path) },
      position: { line: 0, character: 27 },
    })) as Hover;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain('chat:write');
    expect(value).toContain('Slack');
    expect(value).toMatch(/\*\*write\*\*/);
    expect(hover.range).toEqual({ start: { line: 0, character: 24 }, end: { line: 0, character: 34 } });
    const read = (await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri(path) },
      position: { line: 1, character: 20 },
    })) as Hover;
    expect((read.contents as { value: string }).value).toMatch(/\*\*read\*\*/);
    const none = await client.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: client.uri(path) },
      position: { line: 0, character: 2 },
    });
    expect(none).toBeNull();
  });

  it('answers tollgate/diagram with Mermaid text', async () => {
    const response = (await client.connection.sendRequest('tollgate/diagram')) as { mermaid: string; error?: string };
    expect(response.error).toBeUndefined();
    expect(response.mermaid).toMatch(/^flowchart /);
  });

  it('never writes anything but the protocol to standard output (the connection still works) and loads the compiler only for the slow analyzers', async () => {
    expect(
      await client.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: client.uri('src/open.ts') },
        position: { line: 0, character: 0 },
      }),
    ).toBeNull();
    // TypeScript documents were analyzed by the scopes/flows analyzers above, so ts-morph was loaded by now.
    expect(stderr).toContain('tollgate-import: ts-morph');
  });
});

describe('tollgate/diagram with agents', () => {
  it('draws MCP servers inside the agent boundary, as tollgate diagram does', async () => {
    const root = workspace({
      '.mcp.json': JSON.stringify(
        { mcpServers: { files: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem@2025.1.1', '/srv/data'] } } },
        null,
        2,
      ),
    });
    const client = await startTestClient(root);
    try {
      const response = (await client.connection.sendRequest('tollgate/diagram')) as { mermaid: string; error?: string };
      expect(response.error).toBeUndefined();
      expect(response.mermaid).toContain('Agent tools (this repository)');
      expect(response.mermaid).toContain('files');
    } finally {
      await client.stop();
    }
  });
});

describe('activation', () => {
  it('publishes the first diagnostics of a TypeScript file without loading ts-morph', async () => {
    const root = workspace();
    let stderr = '';
    const client = await startTestClient(root, { debounce: { fast: 0, slow: 60_000 } }, ['--import', WATCH, CLI, 'lsp', '--stdio']);
    client.process.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    try {
      await client.open('src/a.ts', `const key = "${STRIPE_KEY}";\n`, 'typescript');
      await client.diagnostics('src/a.ts', has('secrets/stripe-key'));
      expect(stderr).not.toContain('tollgate-import: ts-morph');
    } finally {
      await client.stop();
    }
  });
});

describe('the workspace policy', () => {
  it('applies .github/tollgate.yml and shows its errors once, on the policy file only', async () => {
    const root = workspace({ '.github/tollgate.yml': 'rules:\n  secrets/stripe-key:\n    severity: warning\nsuppressions:\n  report: maybe\n' });
    const client = await startTestClient(root);
    try {
      const policy = await client.diagnostics('.github/tollgate.yml', has('tollgate/policy-invalid'));
      expect(policy.filter((d) => d.code === 'tollgate/policy-invalid')).toHaveLength(1);
      expect(policy[0]?.range.start.line).toBe(4);
      await client.open('src/key.ts', `const k = "${STRIPE_KEY}";\n`, 'typescript');
      for (let i = 0; i < 3; i++) await client.change('src/key.ts', `const k = "${STRIPE_KEY}";\n${'\n'.repeat(i)}`);
      const doc = await client.diagnostics('src/key.ts', (d, p) => p.version === 4 && has('secrets/stripe-key')(d));
      expect(codes(doc)).not.toContain('tollgate/policy-invalid');
      // Keystrokes elsewhere do not republish the policy errors.
      expect(client.published('.github/tollgate.yml')).toHaveLength(1);

      // A valid policy applies: the severity override reaches the document, and the policy file's errors clear.
      const fixed = 'rules:\n  secrets/stripe-key:\n    severity: warning\n';
      await client.open('.github/tollgate.yml', fixed, 'yaml');
      await client.diagnostics('.github/tollgate.yml', (d) => !has('tollgate/policy-invalid')(d));
      await client.change('src/key.ts', `const k = "${STRIPE_KEY}";\n\n\n\n`);
      const warned = await client.diagnostics('src/key.ts', (d, p) => p.version === 5 && has('secrets/stripe-key')(d));
      expect(warned.find((d) => d.code === 'secrets/stripe-key')?.severity).toBe(2);
    } finally {
      await client.stop();
    }
  });
});

describe('settings', () => {
  it('honours enable, analyzers and severity from the client', async () => {
    const root = workspace();
    const client = await startTestClient(root, { settings: { enable: true, analyzers: { scopes: false }, severity: 'error' } });
    try {
      await client.open('src/s.ts', `const k = "${STRIPE_KEY}";\nconst scopes = ['https://www.googleapis.com/auth/drive'];\n`, 'typescript');
      const first = await client.diagnostics('src/s.ts', has('secrets/stripe-key'));
      await new Promise((r) => setTimeout(r, 300));
      const latest = client.published('src/s.ts').at(-1)?.diagnostics ?? first;
      expect(codes(latest).filter((c) => c.startsWith('scopes/'))).toEqual([]);
      expect(latest.every((d) => d.severity === 1)).toBe(true);
      await client.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { tollgate: { enable: false, analyzers: {}, severity: 'note' } },
      });
      expect(await client.diagnostics('src/s.ts', (d) => d.length === 0)).toEqual([]);
    } finally {
      await client.stop();
    }
  });
});

describe('tollgate/reviewBranch', () => {
  it('reviews the branch against the default branch as `tollgate review` does: tier, reasons, approvers, findings', async () => {
    const root = workspace({ 'README.md': '# service\n' });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: root,
        stdio: 'pipe',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@example.com',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@example.com',
        },
      });
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    mkdirSync(join(root, 'src'), { recursive: true });
    writeFileSync(join(root, 'src/pay.ts'), `export const key = "${STRIPE_KEY}";\n`);
    git('add', '.');
    git('commit', '-q', '-m', 'pay');
    const client = await startTestClient(root);
    try {
      const review = (await client.connection.sendRequest('tollgate/reviewBranch', {})) as {
        base: string;
        tier?: string;
        reasons: string[];
        approvers: unknown[];
        findings: { ruleId: string; path: string; line: number; message: string }[];
        error?: string;
      };
      expect(review.error).toBeUndefined();
      expect(review.base).toBe('main');
      expect(review.findings.map((f) => [f.ruleId, f.path, f.line])).toContainEqual(['secrets/stripe-key', 'src/pay.ts', 1]);
      expect(JSON.stringify(review)).not.toContain(STRIPE_KEY);
      // A hard-coded secret in the change: the tier says so (shared/risk), with its reasons.
      expect(review.tier).toMatch(/^(low|medium|high)$/);
      expect(review.tier).not.toBe('low');
      expect(review.reasons.join('\n')).toMatch(/secret/i);
    } finally {
      await client.stop();
    }
  });
});

describe('tollgate lsp', () => {
  it('without --stdio is a usage error (exit 2) that names the flag', () => {
    let status = 0;
    let stderr = '';
    try {
      execFileSync(process.execPath, [CLI, 'lsp'], { stdio: 'pipe' });
    } catch (error) {
      status = (error as { status: number }).status;
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(status).toBe(2);
    expect(stderr).toContain('--stdio');
  });

  it('exits when the client closes the pipe', async () => {
    const child = (await import('node:child_process')).spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: 'pipe' });
    child.stdin.end();
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).not.toBeNull();
  });
});
