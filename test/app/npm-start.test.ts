import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_ID,
  FAST_ENV,
  WEBHOOK_SECRET,
  createPull,
  fakeStripeKey,
  generateAppKey,
  published,
  pullRequestPayload,
  sendWebhook,
} from './app-harness.js';
import { startGitHubStandIn, type GitHubStandIn } from './github-stand-in.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

let github: GitHubStandIn;
let child: ChildProcess | undefined;
let output = '';
let appUrl = '';

beforeAll(async () => {
  const key = generateAppKey();
  github = await startGitHubStandIn({ appPublicKey: key.publicKey, appId: APP_ID });
  const port = await freePort();
  appUrl = `http://127.0.0.1:${port}`;
  // Probot's standard variables only, plus Tollgate's fast-test knobs; GHE_HOST points at the stand-in.
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...FAST_ENV,
    APP_ID: String(APP_ID),
    PRIVATE_KEY: key.privateKey,
    WEBHOOK_SECRET,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    LOG_FORMAT: 'json',
    GHE_HOST: `127.0.0.1:${github.port}`,
    GHE_PROTOCOL: 'http',
  };
  // Its own process group, so the whole `npm start` tree is stopped by its id afterwards.
  child = spawn('npm', ['start', '--silent'], { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString('utf8')));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${appUrl}/ping`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`npm start did not come up:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
});

afterAll(async () => {
  if (child?.pid !== undefined && child.exitCode === null) {
    const exited = new Promise((r) => child?.once('exit', r));
    process.kill(-child.pid, 'SIGTERM');
    await exited;
  }
  await github?.close();
});

describe('npm start', () => {
  it('answers GET /health with the version and no review in progress', async () => {
    const res = await fetch(`${appUrl}/health`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await res.json()).toEqual({ status: 'ok', version, reviewsInProgress: 0 });
  });

  it('serves webhooks at the default path with Probot environment variables, against GitHub Enterprise paths', async () => {
    const secret = fakeStripeKey();
    const pr = createPull(github, { 'a.ts': 'a\n' }, { 'a.ts': `a\nconst k = "${secret}";\n` });
    const res = await sendWebhook(`${appUrl}/api/github/webhooks`, 'pull_request', pullRequestPayload('opened', pr));
    expect(res.status).toBe(200);
    const { runs, comments, requests } = published(github, pr);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(runs[0]?.annotations).toContainEqual(expect.objectContaining({ path: 'a.ts', start_line: 2 }));
    expect(comments).toHaveLength(1);
    expect(requests.some((r) => r.route === 'POST /graphql')).toBe(true);
    expect(github.requests.every((r) => r.status !== 404)).toBe(true);
    expect(output.includes(secret)).toBe(false);
    const bad = await sendWebhook(`${appUrl}/api/github/webhooks`, 'pull_request', pullRequestPayload('opened', pr), { signature: 'sha256=00' });
    expect(bad.status).toBeGreaterThanOrEqual(400);
  });
});
