import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPull, published, pullRequestPayload, startHarness, type Harness } from './app-harness.js';

// The review runs on a worker thread (node/review-pool.ts, built into dist/ by `npx tsc -b`).
let h: Harness;
const dir = mkdtempSync(join(tmpdir(), 'tollgate-worker-'));
beforeAll(async () => {
  h = await startHarness({ analyzersModule: new URL('./fixtures/blocking-analyzer.mjs', import.meta.url).href });
});
afterAll(async () => {
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const until = async (done: () => boolean): Promise<void> => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 10));
};

describe('the App while a review is running', () => {
  it('answers /ping before the running review completes its check run', async () => {
    const release = join(dir, 'release');
    const pr = createPull(h.github, { 'README.md': '# hello\n' }, { 'release-path.txt': `${release}\n`, 'src/a.ts': '"'.repeat(200 * 1024) });
    const delivery = h.send('pull_request', pullRequestPayload('opened', pr));
    // The check run is in progress: the analyzer now holds the worker thread.
    await until(() => published(h.github, pr).runs.length === 1);
    const ping = await fetch(`${h.appUrl}/ping`);
    expect(ping.status).toBe(200);
    // The readiness route answers too, and counts the review in progress.
    const health = await fetch(`${h.appUrl}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', version: '0.1.0', reviewsInProgress: 1 });
    expect(published(h.github, pr).runs[0]?.status).toBe('in_progress');

    writeFileSync(release, '');
    expect((await delivery).status).toBe(200);
    expect(published(h.github, pr).runs[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
  });
});
