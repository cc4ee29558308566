import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPull, fakeStripeKey, published, pullRequestPayload, startHarness, type Harness } from './app-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('the GitHub change source', () => {
  it('reads `.github/tollgate.yaml` from the base, and policies and texts share one GraphQL batch', async () => {
    const base = { '.github/tollgate.yaml': 'version: 1\nrules:\n  secrets/stripe-key:\n    severity: note\n', 'src/a.ts': 'export const a = 1;\n' };
    const pr = createPull(h.github, base, { 'src/a.ts': `export const a = 1;\nconst k = "${fakeStripeKey()}";\n` });
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const { runs, requests } = published(h.github, pr);
    // The stripe key is only a note under the base policy: no failure.
    expect(runs[0]).toMatchObject({ status: 'completed' });
    expect(runs[0]?.conclusion).not.toBe('failure');
    expect(runs[0]?.annotations).toContainEqual(expect.objectContaining({ path: 'src/a.ts', annotation_level: 'notice' }));
    expect(requests.filter((r) => r.route === 'POST /graphql')).toHaveLength(1);
  });
});
