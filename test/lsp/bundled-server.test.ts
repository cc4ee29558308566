import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { startTestClient, type TestClient } from './lsp-test-client.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '../..');
const STRIPE_KEY = ['sk_live_', '51HxQ2kLm9Zp3Rw7Xy1Bn4Cd8Ef2Gh6Ij0Kl5Mn'].join('');

// The extension ships the server as an esbuild bundle (ESM chunks); this runs that
// bundle, so a dependency that breaks only when bundled (require, __filename) fails here.
describe('the language server bundled in the extension', () => {
  let client: TestClient;
  beforeAll(async () => {
    const extension = mkdtempSync(join(tmpdir(), 'tollgate-bundle-'));
    copyFileSync(join(repo, 'extension/package.json'), join(extension, 'package.json'));
    execFileSync(process.execPath, [join(repo, 'scripts/package-extension.js'), '--outdir', join(extension, 'out')], { stdio: 'pipe' });
    const root = mkdtempSync(join(tmpdir(), 'tollgate-bundle-ws-'));
    mkdirSync(join(root, 'connectors/billing'), { recursive: true });
    writeFileSync(join(root, 'connectors/billing/connector.yml'), 'name: billing\nowner: team\n');
    client = await startTestClient(root, {}, [join(extension, 'out/server/server.mjs')]);
  }, 120_000);
  afterAll(async () => client?.stop());

  it('runs every analyzer (ts-morph loaded from its chunk) and answers tollgate/diagram', async () => {
    const path = 'connectors/billing/client.ts';
    await client.open(
      path,
      `import Stripe from 'stripe';\nexport const stripe = new Stripe("${STRIPE_KEY}");\nconst scopes = ['https://www.googleapis.com/auth/drive'];\n`,
      'typescript',
    );
    const diagnostics: Diagnostic[] = await client.diagnostics(path, (d) => d.some((x) => String(x.code).startsWith('scopes/')));
    const codes = diagnostics.map((d) => String(d.code));
    expect(codes).toContain('secrets/stripe-key');
    expect(codes).not.toContain('tollgate/analyzer-failed');
    const diagram = (await client.connection.sendRequest('tollgate/diagram')) as { mermaid: string; error?: string };
    expect(diagram.error).toBeUndefined();
    expect(diagram.mermaid).toMatch(/^flowchart /);
  });
});
