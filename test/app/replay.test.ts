import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FAST_ENV, createPull, fakeStripeKey, generateAppKey, published, pullRequestPayload } from './app-harness.js';
import { startGitHubStandIn, type GitHubStandIn } from './github-stand-in.js';

// `npm run replay -- payload.json`: one delivery through the built App, over HTTP to
// the GitHub stand-in (as GitHub Enterprise Server paths, GHE_HOST).

const SCRIPT = fileURLToPath(new URL('../../scripts/replay.js', import.meta.url));
let github: GitHubStandIn;
let env: Record<string, string>;
const dir = mkdtempSync(join(tmpdir(), 'tollgate-replay-'));

beforeAll(async () => {
  const key = generateAppKey();
  github = await startGitHubStandIn({ appPublicKey: key.publicKey, appId: APP_ID });
  env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    ...FAST_ENV,
    APP_ID: String(APP_ID),
    PRIVATE_KEY: key.privateKey,
    GHE_HOST: `127.0.0.1:${github.port}`,
    GHE_PROTOCOL: 'http',
    LOG_LEVEL: 'info',
  };
});
afterAll(async () => github?.close());

function replay(args: string[], extraEnv: Record<string, string> = {}): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SCRIPT, ...args], { env: { ...env, ...extraEnv } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('npm run replay', () => {
  it('dry run by default: reads and analyzes, publishes nothing, prints no secret', async () => {
    const secret = fakeStripeKey();
    const pr = createPull(github, { 'a.ts': 'a\n' }, { 'a.ts': `a\nconst k = "${secret}";\n` });
    const file = join(dir, 'dry.json');
    writeFileSync(file, JSON.stringify(pullRequestPayload('opened', pr)));
    const { code, output } = await replay([file]);
    expect(code, output).toBe(0);
    expect(published(github, pr).runs).toHaveLength(0);
    expect(published(github, pr).comments).toHaveLength(0);
    // The writer's dry-run record (Probot logs pretty or JSON, by LOG_FORMAT).
    expect(output).toMatch(/dryRun"?: ?true/);
    expect(output).not.toContain(secret);
  }, 60_000);

  it('--publish completes a check run and one comment, as a delivery from GitHub would', async () => {
    const pr = createPull(github, { 'a.ts': 'a\n' }, { 'a.ts': `a\nconst k = "${fakeStripeKey()}";\n` });
    const file = join(dir, 'publish.json');
    writeFileSync(file, JSON.stringify(pullRequestPayload('opened', pr)));
    const { code, output } = await replay([file, '--publish']);
    expect(code, output).toBe(0);
    const { runs, comments } = published(github, pr);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(comments).toHaveLength(1);
  }, 60_000);

  it('a usage error (no payload, no event, no credentials) exits 2 and says what to do', async () => {
    expect((await replay([])).code).toBe(2);
    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, JSON.stringify({ installation: { id: 1 }, zen: 'hello' }));
    const noEvent = await replay([unknown]);
    expect(noEvent.code).toBe(2);
    expect(noEvent.output).toContain('--event');
    const noKey = await replay([unknown, '--event', 'ping'], { PRIVATE_KEY: '' });
    expect(noKey.code).toBe(2);
    expect(noKey.output).toContain('PRIVATE_KEY');
  }, 60_000);
});
