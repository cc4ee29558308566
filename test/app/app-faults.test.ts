import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from './github-stand-in.js';
import { createPull, published, pullRequestPayload, startHarness, type Harness } from './app-harness.js';

// FAST_ENV: request timeout 400 ms, retries after 5/20/45 ms, retry-after seconds worth 10 ms.
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ENDPOINTS: { name: string; method: string; route: string }[] = [
  { name: 'pull request', method: 'GET', route: '/repos/{owner}/{repo}/pulls/{pull_number}' },
  { name: 'pull request files', method: 'GET', route: '/repos/{owner}/{repo}/pulls/{pull_number}/files' },
  { name: 'compare', method: 'GET', route: '/repos/{owner}/{repo}/compare/{basehead}' },
  { name: 'trees', method: 'GET', route: '/repos/{owner}/{repo}/git/trees/{tree_sha}' },
  { name: 'GraphQL', method: 'POST', route: '/graphql' },
  { name: 'list check runs', method: 'GET', route: '/repos/{owner}/{repo}/commits/{ref}/check-runs' },
  { name: 'create check run', method: 'POST', route: '/repos/{owner}/{repo}/check-runs' },
  { name: 'update check run', method: 'PATCH', route: '/repos/{owner}/{repo}/check-runs/{check_run_id}' },
  { name: 'list comments', method: 'GET', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { name: 'create comment', method: 'POST', route: '/repos/{owner}/{repo}/issues/{issue_number}/comments' },
  { name: 'update comment', method: 'PATCH', route: '/repos/{owner}/{repo}/issues/comments/{comment_id}' },
];

const KINDS: { name: string; fault: Omit<Fault, 'method' | 'route' | 'times'> }[] = [
  { name: '500', fault: { kind: 'status', status: 500 } },
  { name: '502', fault: { kind: 'status', status: 502 } },
  { name: 'a timeout', fault: { kind: 'timeout', holdMs: 700 } },
  { name: 'a secondary rate limit with retry-after', fault: { kind: 'secondary-rate-limit', retryAfter: 2 } },
];

async function reviewTwice(pr: ReturnType<typeof createPull>, inject: () => void, onCreate: boolean) {
  // The first review creates the comment; the fault hits the second (a push), which updates it,
  // except for comment creation, which only the first review does.
  if (onCreate) inject();
  await h.send('pull_request', pullRequestPayload('opened', pr));
  const head = h.github.commit(pr.head, { 'b.ts': 'c\n' });
  h.github.push(pr.owner, pr.repo, pr.number, head);
  if (!onCreate) inject();
  return h.send('pull_request', pullRequestPayload('synchronize', { ...pr, head }));
}

describe('GitHub failing on each endpoint', () => {
  for (const endpoint of ENDPOINTS) {
    for (const kind of KINDS) {
      it.concurrent(`${endpoint.name} answering ${kind.name} once: the run recovers, one check run, one comment`, async () => {
        const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'b.ts': 'b\n' });
        const fault: Fault = { ...kind.fault, method: endpoint.method, route: endpoint.route, repo: pr.repo, times: 1 };
        const res = await reviewTwice(pr, () => h.github.addFault(fault), endpoint.name === 'create comment');
        expect(fault.times, 'the fault was hit').toBe(0);
        expect(res.status).toBe(200);
        const { runs, comments } = published(h.github, pr);
        const latest = runs.filter((r) => r.head_sha === h.github.pull(pr.owner, pr.repo, pr.number).head);
        expect(latest).toHaveLength(1);
        expect(latest[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
        expect(comments).toHaveLength(1);
        expect(comments[0]?.body).toContain(h.github.pull(pr.owner, pr.repo, pr.number).head.slice(0, 7));
      });
    }
  }

  it('a create that GitHub applied but answered 502: no second check run, no second comment', async () => {
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'b.ts': 'b\n' });
    h.github.addFault({
      method: 'POST',
      route: '/repos/{owner}/{repo}/check-runs',
      kind: 'status',
      status: 502,
      applyFirst: true,
      repo: pr.repo,
      times: 1,
    });
    h.github.addFault({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      kind: 'status',
      status: 502,
      applyFirst: true,
      repo: pr.repo,
      times: 1,
    });
    const res = await h.send('pull_request', pullRequestPayload('opened', pr));
    expect(res.status).toBe(200);
    const { runs, comments } = published(h.github, pr);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.status).toBe('completed');
    expect(comments).toHaveLength(1);
  });

  it('GraphQL failing every time: an errored check with a Re-run button, the comment untouched', async () => {
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'b.ts': 'b\n' });
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const commentBefore = published(h.github, pr).comments[0]?.body;
    const head = h.github.commit(pr.head, { 'b.ts': 'c\n' });
    h.github.push(pr.owner, pr.repo, pr.number, head);
    const fault: Fault = { method: 'POST', route: '/graphql', kind: 'status', status: 502, repo: pr.repo, times: 50 };
    h.github.addFault(fault);
    let res: Response;
    try {
      res = await h.send('pull_request', pullRequestPayload('synchronize', { ...pr, head }));
    } finally {
      fault.times = 0;
    }
    expect(res.status).toBe(500);
    const { runs, comments } = published(h.github, pr);
    const run = runs.find((r) => r.head_sha === head);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run?.output.title).toMatch(/could not finish/i);
    expect(run?.output.summary).toContain('/graphql');
    expect(run?.actions).toContainEqual(expect.objectContaining({ identifier: 'rerun' }));
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(commentBefore);
  });

  it('a secondary rate limit asking for longer than the App waits: an errored check that says so', async () => {
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'b.ts': 'b\n' });
    h.github.addFault({
      method: 'GET',
      route: '/repos/{owner}/{repo}/pulls/{pull_number}/files',
      kind: 'secondary-rate-limit',
      retryAfter: 3600,
      repo: pr.repo,
      times: 1,
    });
    const res = await h.send('pull_request', pullRequestPayload('opened', pr));
    expect(res.status).toBe(500);
    const { runs, comments } = published(h.github, pr);
    expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(runs[0]?.output.summary).toMatch(/secondary rate limit/i);
    expect(comments).toHaveLength(0);
  });

  it('comment creation failing every time: the check is still completed, and no comment is duplicated', async () => {
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'b.ts': 'b\n' });
    const fault: Fault = {
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
      kind: 'status',
      status: 500,
      applyFirst: true,
      repo: pr.repo,
      times: 50,
    };
    h.github.addFault(fault);
    try {
      await h.send('pull_request', pullRequestPayload('opened', pr));
    } finally {
      fault.times = 0;
    }
    const { runs, comments } = published(h.github, pr);
    expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(comments).toHaveLength(1);
  });
});
