import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BLOBS_PER_QUERY } from '../../shared/github/blob-query.js';
import { createPull, fakeStripeKey, published, pullRequestPayload, startHarness, type Harness } from './app-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

function manyFiles(count: number, modified: number) {
  const base: Record<string, string> = { 'README.md': '# big\n' };
  const changes: Record<string, string> = {};
  for (let i = 0; i < modified; i++) {
    base[`src/m/f${i}.ts`] = `export const a${i} = 1;\nexport const b${i} = 2;\n`;
    changes[`src/m/f${i}.ts`] = `export const a${i} = 1;\nexport const b${i} = 3;\n`;
  }
  for (let i = modified; i < count; i++) changes[`src/n/f${i}.ts`] = `export const c${i} = ${i};\n`;
  return { base, changes };
}

const count = (requests: { route: string }[], route: string) => requests.filter((r) => r.route === route).length;

describe('large pull requests: API calls grow only with pagination and batching', () => {
  it('300 files: 3 pages of files, one GraphQL query per 500 blobs, a fixed number of other calls', async () => {
    const { base, changes } = manyFiles(300, 100);
    changes['src/n/f299.ts'] = `const k = "${fakeStripeKey()}";\n`;
    const pr = createPull(h.github, base, changes);
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const { runs, comments, requests } = published(h.github, pr);
    expect(runs[0]?.conclusion).toBe('failure');
    expect(runs[0]?.annotations).toContainEqual(expect.objectContaining({ path: 'src/n/f299.ts', start_line: 1 }));
    expect(comments).toHaveLength(1);
    expect(count(requests, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files')).toBe(3);
    const blobs = 3 + 300 + 100; // policy, org defaults, baseline; head; base of modified files
    expect(count(requests, 'POST /graphql')).toBeLessThanOrEqual(Math.ceil(blobs / DEFAULT_BLOBS_PER_QUERY) + 1);
    expect(count(requests, 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}')).toBe(0);
    expect(requests.length).toBeLessThan(25);
  });

  it('3,000 files: 30 pages, GraphQL queries O(files / batch), nothing per file', async () => {
    const { base, changes } = manyFiles(3000, 500);
    const pr = createPull(h.github, base, changes);
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const { runs, comments, requests } = published(h.github, pr);
    expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(comments).toHaveLength(1);
    expect(count(requests, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files')).toBe(30);
    const blobs = 3 + 3000 + 500;
    expect(count(requests, 'POST /graphql')).toBeLessThanOrEqual(Math.ceil(blobs / DEFAULT_BLOBS_PER_QUERY) + 1);
    expect(requests.length).toBeLessThan(30 + Math.ceil(blobs / DEFAULT_BLOBS_PER_QUERY) + 20);
  });

  it('more findings than the annotation cap: capped, batched by 50, and the summary says so', async () => {
    const lines = Array.from({ length: 70 }, () => `const k = "${fakeStripeKey()}";`).join('\n');
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'keys.ts': `${lines}\n` });
    const capped = await startHarness({ env: { TOLLGATE_MAX_ANNOTATIONS: '60' } });
    try {
      const pr2 = createPull(capped.github, { 'a.ts': 'a\n' }, { 'keys.ts': `${lines}\n` });
      await capped.send('pull_request', pullRequestPayload('opened', pr2));
      const { runs, requests } = published(capped.github, pr2);
      expect(runs[0]?.annotations).toHaveLength(60);
      const patches = requests.filter((r) => r.route === 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}');
      expect(patches).toHaveLength(2);
      for (const p of patches)
        expect((JSON.parse(p.body) as { output: { annotations?: unknown[] } }).output.annotations?.length ?? 0).toBeLessThanOrEqual(50);
      expect(runs[0]?.output.summary).toMatch(/10 more finding/);
    } finally {
      await capped.close();
    }
    await h.send('pull_request', pullRequestPayload('opened', pr));
    expect(published(h.github, pr).runs[0]?.annotations).toHaveLength(70);
  });
});

describe("Octokit's throttling, as Probot enables it", () => {
  it('keeps writes one second apart, while the batched reads are not held behind them', async () => {
    const real = await startHarness({ env: { TOLLGATE_WRITE_SPACING_MS: '', TOLLGATE_NOTIFICATION_SPACING_MS: '' } });
    try {
      const pr = createPull(real.github, { 'a.ts': 'a\n' }, { 'a.ts': 'b\n' });
      await real.send('pull_request', pullRequestPayload('opened', pr));
      const { requests, comments } = published(real.github, pr);
      expect(comments).toHaveLength(1);
      const at = (route: string) => requests.find((r) => r.route === route)?.startedAt ?? NaN;
      const create = at('POST /repos/{owner}/{repo}/check-runs');
      const graphql = at('POST /graphql');
      const complete = at('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}');
      const comment = at('POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
      expect(graphql - create).toBeLessThan(900);
      expect(complete - create).toBeGreaterThanOrEqual(950);
      expect(comment - complete).toBeGreaterThanOrEqual(950);
    } finally {
      await real.close();
    }
  });
});
