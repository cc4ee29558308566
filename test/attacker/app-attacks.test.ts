import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPull, fakeStripeKey, published, pullRequestPayload, startHarness, type Harness } from '../app/app-harness.js';

/**
 * Attacks on the App where it differs from `tollgate review`: through a real HTTP
 * server receiving signed webhooks, against the GitHub stand-in.
 */
let h: Harness;
beforeAll(async () => {
  // The App reads at most this many files of a pull request (GitHub's own cap is 3,000).
  h = await startHarness({ env: { TOLLGATE_MAX_FILES: '40' } });
});
afterAll(async () => {
  await h?.close();
});

describe('attack: hide a file past the number of files GitHub lists', () => {
  it('files the App could not list are a not-analyzed error, the check fails and the tier is high', async () => {
    const changes: Record<string, string> = {};
    for (let i = 0; i < 60; i++) changes[`src/f${String(i).padStart(2, '0')}.ts`] = `export const v${i} = ${i};\n`;
    // Sorted last, so past the listed files.
    changes['src/zz-hidden.ts'] = `export const key = "${fakeStripeKey()}";\n`;
    const pr = createPull(h.github, { 'README.md': '# x\n' }, changes);
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const { runs, comments } = published(h.github, pr);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.conclusion).toBe('failure');
    const body = comments[0]?.body ?? '';
    expect(body).toMatch(/`tollgate\/file-not-analyzed`/);
    expect(body).toMatch(/21 of 61/);
    expect(body).toContain('**HIGH**');
  });
});
