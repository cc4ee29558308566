import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STICKY_COMMENT_MARKER } from '../../shared/report/render-markdown.js';
import {
  checkRunPayload,
  checkSuitePayload,
  createPull,
  fakeStripeKey,
  published,
  pullRequestPayload,
  reviewPayload,
  startHarness,
  type Harness,
} from './app-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('GitHub App scenarios over HTTP', () => {
  it('clean pull request: one check run, in progress then success, one sticky comment', async () => {
    const pr = createPull(h.github, { 'README.md': '# hello\n' }, { 'src/app.ts': 'export const x = 1;\n' });
    const res = await h.send('pull_request', pullRequestPayload('opened', pr));
    expect(res.status).toBe(200);
    const { runs, comments, requests } = published(h.github, pr);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ name: 'tollgate', head_sha: pr.head, status: 'completed', conclusion: 'success' });
    const create = requests.find((r) => r.route === 'POST /repos/{owner}/{repo}/check-runs');
    expect(JSON.parse(create?.body ?? '{}')).toMatchObject({ status: 'in_progress', head_sha: pr.head });
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body?.startsWith(STICKY_COMMENT_MARKER)).toBe(true);
    expect(comments[0]?.body).toContain(pr.head.slice(0, 7));
    // The check completes before the comment is written.
    const completeAt = requests.findIndex((r) => r.route.startsWith('PATCH /repos/{owner}/{repo}/check-runs') && r.body.includes('"completed"'));
    const commentAt = requests.findIndex((r) => r.route === 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments');
    expect(completeAt).toBeGreaterThan(-1);
    expect(commentAt).toBeGreaterThan(completeAt);
    // A low-risk change: the tier label, and no review request.
    expect(requests.filter((r) => r.route.includes('/labels')).map((r) => JSON.parse(r.body || '{}'))).toEqual([{ labels: ['tollgate: low risk'] }]);
    expect(requests.filter((r) => r.route.includes('requested_reviewers'))).toEqual([]);
  });

  it('secrets: annotated on their lines, masked, and never in any request the App sent or any log line', async () => {
    const secret = fakeStripeKey();
    const other = fakeStripeKey();
    const pr = createPull(
      h.github,
      { 'README.md': '# hello\n', 'src/pay.ts': `import x from 'y';\n` },
      { 'src/pay.ts': `import x from 'y';\n\nconst key = "${secret}";\n`, 'config/app.ts': `export const cfg = {\n  stripe: "${other}",\n};\n` },
    );
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const { runs, comments, requests } = published(h.github, pr);
    expect(runs[0]?.conclusion).toBe('failure');
    const annotations = runs[0]?.annotations as {
      path: string;
      start_line: number;
      end_line: number;
      start_column?: number;
      annotation_level: string;
      title: string;
    }[];
    expect(annotations).toContainEqual(
      expect.objectContaining({ path: 'src/pay.ts', start_line: 3, end_line: 3, annotation_level: 'failure', title: 'secrets/stripe-key' }),
    );
    expect(annotations).toContainEqual(expect.objectContaining({ path: 'config/app.ts', start_line: 2, end_line: 2, title: 'secrets/stripe-key' }));
    for (const a of annotations) if (a.start_line === a.end_line) expect(a.start_column).toBeGreaterThanOrEqual(1);
    expect(comments).toHaveLength(1);
    for (const r of requests) {
      expect(r.body.includes(secret), `${r.route} carried the secret`).toBe(false);
      expect(r.body.includes(other), `${r.route} carried the secret`).toBe(false);
    }
    expect(h.logs.some((l) => l.includes(secret) || l.includes(other))).toBe(false);
  });

  it('the same delivery twice, sequentially and concurrently: one check run, one comment', async () => {
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'a.ts': `a\nconst k = "${fakeStripeKey()}";\n` });
    const payload = pullRequestPayload('synchronize', pr);
    await h.send('pull_request', payload, { delivery: 'delivery-1' });
    await h.send('pull_request', payload, { delivery: 'delivery-1' });
    await Promise.all([h.send('pull_request', payload, { delivery: 'delivery-1' }), h.send('pull_request', payload, { delivery: 'delivery-1' })]);
    const { runs, comments } = published(h.github, pr);
    expect(runs).toHaveLength(1);
    expect(comments).toHaveLength(1);
    // Annotations are not appended again to a run that has them.
    expect(runs[0]?.output.annotations_count).toBe(1);
  });

  it('two pushes racing: the result for the older head is discarded, the newer one is published', async () => {
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'a.ts': `a\nconst k = "${fakeStripeKey()}";\n` });
    const newer = h.github.commit(pr.head, { 'a.ts': 'a\nb\n' });
    let pushed = false;
    h.github.onRequest = ({ route }) => {
      // The push lands while the older head is being loaded.
      if (!pushed && route === '/graphql') {
        pushed = true;
        h.github.push(pr.owner, pr.repo, pr.number, newer);
      }
    };
    try {
      await h.send('pull_request', pullRequestPayload('synchronize', pr));
    } finally {
      h.github.onRequest = undefined;
    }
    let { runs, comments } = published(h.github, pr);
    expect(comments).toHaveLength(0);
    expect(runs.find((r) => r.head_sha === pr.head)?.conclusion).toBe('cancelled');
    // The older event arriving late starts nothing; the newer event publishes.
    await h.send('pull_request', pullRequestPayload('synchronize', pr));
    await h.send('pull_request', pullRequestPayload('synchronize', { ...pr, head: newer }));
    ({ runs, comments } = published(h.github, pr));
    expect(runs.filter((r) => r.head_sha === pr.head)).toHaveLength(1);
    expect(runs.find((r) => r.head_sha === newer)).toMatchObject({ status: 'completed', conclusion: 'success' });
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain(newer.slice(0, 7));
  });

  it('a bad signature is rejected and no API call is made', async () => {
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'a.ts': 'b\n' });
    const before = h.github.requests.length;
    const res = await h.send('pull_request', pullRequestPayload('opened', pr), { signature: `sha256=${'0'.repeat(64)}` });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    const unsigned = await fetch(`${h.appUrl}/api/github/webhooks`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-github-event': 'pull_request', 'x-github-delivery': 'x' },
      body: '{}',
    });
    expect(unsigned.status).toBeGreaterThanOrEqual(400);
    await new Promise((r) => setTimeout(r, 50));
    expect(h.github.requests.length).toBe(before);
  });

  it('a malformed policy on the base branch: the check completes and names the file and line', async () => {
    const policy = 'version: 1\nanalyzers:\n  secrets:\n    enabled: maybe\n';
    const pr = createPull(h.github, { '.github/tollgate.yml': policy, 'a.ts': 'a\n' }, { 'a.ts': 'b\n' });
    const res = await h.send('pull_request', pullRequestPayload('opened', pr));
    expect(res.status).toBe(200);
    const { runs, comments } = published(h.github, pr);
    expect(runs).toHaveLength(1);
    expect(runs[0]?.status).toBe('completed');
    expect(runs[0]?.conclusion).toBe('failure');
    expect(runs[0]?.output.summary).toContain('tollgate/policy-invalid');
    expect(runs[0]?.output.summary).toContain('.github/tollgate.yml:4');
    expect(comments[0]?.body).toContain('.github/tollgate.yml:4');
  });

  it('the policy comes from the base branch: a pull request cannot weaken its own gate', async () => {
    const secret = fakeStripeKey();
    const pr = createPull(
      h.github,
      { 'a.ts': 'a\n' },
      { '.github/tollgate.yml': 'version: 1\nanalyzers:\n  secrets:\n    enabled: false\n', 'a.ts': `a\nconst k = "${secret}";\n` },
    );
    await h.send('pull_request', pullRequestPayload('opened', pr));
    expect(published(h.github, pr).runs[0]?.conclusion).toBe('failure');
  });

  it("organisation defaults from the org's .github repository apply under the repository policy", async () => {
    h.github.createRepo('orgwithdefaults', '.github', {
      '.github/tollgate.yml': 'version: 1\nrules:\n  secrets/stripe-key:\n    severity: warning\n',
    });
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'a.ts': `a\nconst k = "${fakeStripeKey()}";\n` }, { owner: 'orgwithdefaults' });
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const run = published(h.github, pr).runs[0];
    // No error-level finding any more; the committed secret still makes the change
    // medium risk (default policy), so the check waits for a security review.
    expect(run?.conclusion).toBe('action_required');
    expect((run?.annotations as { annotation_level: string }[])[0]?.annotation_level).toBe('warning');
  });

  it('a truncated patch: the file is loaded whole, reviewed whole and the report says so', async () => {
    const secret = fakeStripeKey();
    const big = `${Array.from({ length: 400 }, (_, i) => `export const v${i} = ${i};`).join('\n')}\n`;
    const before = `const k = "${secret}";\n${big}`;
    const pr = createPull(h.github, { 'big.ts': before }, { 'big.ts': `${before}export const extra = 1;\n` }, { omitPatch: ['big.ts'] });
    h.github.graphqlTextLimit = 1024; // GraphQL cuts the text too: the blob is read by its id
    try {
      await h.send('pull_request', pullRequestPayload('opened', pr));
    } finally {
      h.github.graphqlTextLimit = 512 * 1024;
    }
    const { runs, comments, requests } = published(h.github, pr);
    expect(requests.some((r) => r.route === 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}')).toBe(true);
    // The secret on an unchanged line is found: the whole file was reviewed.
    expect(runs[0]?.annotations).toContainEqual(expect.objectContaining({ path: 'big.ts', start_line: 1 }));
    expect(comments[0]?.body).toContain('big.ts');
    expect(runs[0]?.output.summary).toMatch(/reviewed whole/i);
  });

  it('binary and oversized changed files are listed and fail the check (the oversized one is read up to the limit)', async () => {
    const binary = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
    const pr = createPull(
      h.github,
      { '.github/tollgate.yml': 'version: 1\nlimits:\n  maxFileBytes: 2000\n', 'a.ts': 'a\n' },
      { 'logo.png': binary, 'huge.ts': `${'x'.repeat(5000)}\n`, 'a.ts': 'b\n' },
    );
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const { runs, comments } = published(h.github, pr);
    expect(runs[0]?.conclusion).toBe('failure');
    expect(comments[0]?.body).toContain('logo.png');
    expect(comments[0]?.body).toContain('huge.ts');
    expect(runs[0]?.output.title).toMatch(/2 files not analyzed/);
    const annotations = runs[0]?.annotations as { path: string; annotation_level: string; title: string }[];
    // Binary files have no lines to annotate: they are in the summary and the comment.
    expect(annotations.map((a) => [a.path, a.annotation_level, a.title])).toEqual([['huge.ts', 'failure', 'tollgate/file-not-analyzed']]);
    expect(comments[0]?.body).toMatch(/🔴 Error \| \[`tollgate\/file-not-analyzed`\][^\n]*`logo\.png:1`/);
  });

  it('re-evaluates on reviews and re-run requests: same check run, comment updated in place', async () => {
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'a.ts': 'b\n' });
    await h.send('pull_request', pullRequestPayload('opened', pr));
    const first = published(h.github, pr);
    const commentId = first.comments[0]?.id;
    await h.send('pull_request_review', reviewPayload('submitted', pr));
    await h.send('pull_request_review', reviewPayload('dismissed', pr));
    await h.send('check_run', checkRunPayload('rerequested', pr));
    await h.send('check_run', checkRunPayload('requested_action', pr));
    await h.send('check_suite', checkSuitePayload(pr));
    const after = published(h.github, pr);
    expect(after.runs).toHaveLength(1);
    expect(after.comments).toHaveLength(1);
    expect(after.comments[0]?.id).toBe(commentId);
    // Each re-evaluation read the pull request again.
    expect(after.requests.filter((r) => r.route === 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files').length).toBeGreaterThanOrEqual(6);
  });

  it('an edit that does not change the base branch starts nothing; one that does re-reviews', async () => {
    const pr = createPull(h.github, { 'a.ts': 'a\n' }, { 'a.ts': 'b\n' });
    const before = published(h.github, pr).requests.length;
    await h.send('pull_request', pullRequestPayload('edited', pr, { changes: { title: { from: 'old' } } }));
    expect(published(h.github, pr).requests.length).toBe(before);
    await h.send('pull_request', pullRequestPayload('edited', pr, { changes: { base: { ref: { from: 'develop' }, sha: { from: pr.base } } } }));
    expect(published(h.github, pr).runs).toHaveLength(1);
  });
});

describe('dry-run mode', () => {
  let dry: Harness;
  beforeAll(async () => {
    dry = await startHarness({ env: { TOLLGATE_DRY_RUN: '1' } });
  });
  afterAll(async () => {
    await dry?.close();
  });

  it('reads and analyzes, logs what it would publish, and writes nothing', async () => {
    const secret = fakeStripeKey();
    const pr = createPull(dry.github, { 'a.ts': 'a\n' }, { 'a.ts': `a\nconst k = "${secret}";\n` });
    const res = await dry.send('pull_request', pullRequestPayload('opened', pr));
    expect(res.status).toBe(200);
    const { requests, runs, comments } = published(dry.github, pr);
    expect(runs).toHaveLength(0);
    expect(comments).toHaveLength(0);
    expect(requests.filter((r) => r.method !== 'GET' && r.route !== 'POST /graphql')).toEqual([]);
    const logged = dry.logs.filter((l) => l.includes('"dryRun":true'));
    expect(logged.some((l) => l.includes('complete check run'))).toBe(true);
    expect(logged.some((l) => l.includes('create sticky comment'))).toBe(true);
    expect(dry.logs.some((l) => l.includes(secret))).toBe(false);
  });
});
