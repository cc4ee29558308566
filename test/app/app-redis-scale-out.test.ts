import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fakeStripeKey,
  generateAppKey,
  INSTALLATION_ID,
  pullRequestPayload,
  checkRunPayload,
  startHarness,
  type Harness,
  type PullRef,
} from './app-harness.js';
import { startGitHubStandIn, type GitHubStandIn, type RecordedRequest } from './github-stand-in.js';
import { takeRedisLock } from '../../app/redis-lock.js';
import { startAppProcess, type AppProcess } from './app-process.js';
import { redisServerMissing, startRedisServer, type RedisServer } from './redis-server.js';

// Issue 16: two App instances (each its own process, Probot server and BullMQ worker,
// over real HTTP; in this process for the tests that need the queue's handle) share a
// real redis-server and one GitHub stand-in. Everything is asserted from
// what the stand-in recorded: one check run per head, one sticky comment per pull
// request, every check completed, both instances at work, /ping answered meanwhile.

const missing = redisServerMissing();
if (missing && process.env.CI) {
  describe('App on Redis', () => {
    it('needs redis-server (CI installs it in .ci/run)', () => {
      throw new Error(`${missing}: the Redis scale-out tests cannot run, and CI must run them`);
    });
  });
} else if (missing) {
  console.warn(`skipping test/app/app-redis-scale-out.test.ts: ${missing}`);
}

const CHECK_CREATE = 'POST /repos/{owner}/{repo}/check-runs';
const COMMENT_CREATE = 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments';

async function until(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 40_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const repoOf = (r: RecordedRequest): string => r.path.split('/').slice(2, 4).join('/');

describe.skipIf(missing !== undefined)('App on Redis: two instances', () => {
  let redis: RedisServer;
  let github: GitHubStandIn;
  let a: Harness;
  let b: Harness;
  let pa: AppProcess;
  let pb: AppProcess;
  let inspect: Queue;
  let inspectProcesses: Queue;
  let client: Redis;
  // The processes and the in-process instances use different queues, so each pair alone does its tests' work.
  const prefix = `tg-${randomUUID().slice(0, 8)}`;
  const processPrefix = `tg-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    redis = await startRedisServer();
    const key = generateAppKey();
    github = await startGitHubStandIn({ appPublicKey: key.publicKey, appId: 4242 });
    const env = { REDIS_URL: redis.url, TOLLGATE_QUEUE_PREFIX: prefix, TOLLGATE_JOB_BACKOFF_MS: '50', TOLLGATE_QUEUE_CONCURRENCY: '3' };
    [a, b, pa, pb] = await Promise.all([
      startHarness({ github, appKey: key, env, instance: 'a' }),
      startHarness({ github, appKey: key, env, instance: 'b' }),
      startAppProcess({ github, privateKey: key.privateKey, env: { ...env, TOLLGATE_QUEUE_PREFIX: processPrefix }, instance: 'process-a' }),
      startAppProcess({ github, privateKey: key.privateKey, env: { ...env, TOLLGATE_QUEUE_PREFIX: processPrefix }, instance: 'process-b' }),
    ]);
    client = new Redis(redis.url);
    inspect = new Queue('reviews', { connection: client, prefix });
    inspectProcesses = new Queue('reviews', { connection: client, prefix: processPrefix });
  }, 30_000);

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close(), pa?.close(), pb?.close()]);
    await inspect?.close();
    await inspectProcesses?.close();
    client?.disconnect();
    await github?.close();
    await redis?.stop();
  }, 30_000);

  const idle = async (queue = inspect): Promise<boolean> => {
    const counts = await queue.getJobCounts('active', 'waiting', 'delayed', 'prioritized', 'paused');
    return Object.values(counts).every((n) => n === 0);
  };
  const finished = (h: { logs: string[] }, repos?: readonly string[]): number =>
    h.logs.filter((l) => l.includes('"msg":"review finished"') && (!repos || repos.some((r) => l.includes(`/${r}#`)))).length;

  it('reviews twelve pull requests in three repositories once each, from duplicate and racing deliveries, while /ping answers', async () => {
    const secret = fakeStripeKey();
    const pulls: PullRef[] = [];
    for (const repo of ['svc-a', 'svc-b', 'svc-c'].map((r) => `${r}-${randomUUID().slice(0, 6)}`)) {
      const base = github.createRepo('acme', repo, { 'README.md': '# service\n' });
      for (let i = 1; i <= 4; i++) {
        const changes: Record<string, string> = { [`src/feature-${i}.ts`]: `export const feature${i} = ${i};\n` };
        if (pulls.length === 1) changes['src/config.ts'] = `export const stripe = '${secret}';\n`;
        // A heavy review: a 200 KB source file.
        if (pulls.length === 5)
          changes['src/generated.ts'] = Array.from(
            { length: 2800 },
            (_, n) => `export const item${n} = fetch('https://api.example.com/v1/items/${n}');\n`,
          ).join('');
        const head = github.commit(base, changes);
        const number = github.openPull('acme', repo, { base, head });
        pulls.push({ owner: 'acme', repo, number, head, base });
      }
    }
    expect(pulls).toHaveLength(12);
    // Payloads are built before /ping is timed: the test's own work runs on the thread that times it.
    const payloads = pulls.map((pr) => ({ opened: pullRequestPayload('opened', pr), synchronize: pullRequestPayload('synchronize', pr) }));

    // Warm-up, not timed: each process handles a webhook and the queue runs a review first (Probot's
    // first event, BullMQ's scripts loaded into Redis, a review thread started), as in a running instance.
    const warmRepo = `warm-${randomUUID().slice(0, 6)}`;
    const warmBase = github.createRepo('acme', warmRepo, { 'README.md': '# warm\n' });
    const warmPulls = [0, 1, 2, 3].map((i) => {
      const head = github.commit(warmBase, { [`src/w${i}.ts`]: `export const w${i} = ${i};\n` });
      return { owner: 'acme', repo: warmRepo, number: github.openPull('acme', warmRepo, { base: warmBase, head }), head, base: warmBase };
    });
    await Promise.all(warmPulls.map((pr, i) => (i % 2 === 0 ? pa : pb).send('pull_request', pullRequestPayload('opened', pr))));
    await until(
      'the warm-up reviews',
      async () =>
        warmPulls.every((pr) =>
          github.checkRuns.some((c) => c.repoKey === `acme/${warmRepo}` && c.head_sha === pr.head && c.status === 'completed'),
        ) && (await idle(inspectProcesses)),
    );

    const pings: number[] = [];
    let polling = true;
    const poll = async (h: AppProcess): Promise<void> => {
      while (polling) {
        const started = performance.now();
        const res = await fetch(`${h.appUrl}/ping`);
        await res.text();
        expect(res.status).toBe(200);
        pings.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const pollers = [poll(pa), poll(pb)];

    const answers: Response[] = [];
    await Promise.all(
      pulls.map(async (_pr, i) => {
        // The same signed delivery reaches both instances at once.
        const delivery = randomUUID();
        const { opened, synchronize } = payloads[i]!;
        answers.push(...(await Promise.all([pa.send('pull_request', opened, { delivery }), pb.send('pull_request', opened, { delivery })])));
        // An `opened` and a `synchronize` for the same head, at different instances.
        if (i % 3 === 0) answers.push(await (i % 2 === 0 ? pb : pa).send('pull_request', synchronize));
      }),
    );
    expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));

    const allPublished = (): boolean =>
      pulls.every(
        (pr) =>
          github.checkRuns.some((c) => c.repoKey === `${pr.owner}/${pr.repo}` && c.head_sha === pr.head && c.status === 'completed') &&
          github.comments.some((c) => c.repoKey === `${pr.owner}/${pr.repo}` && c.issue === pr.number),
      );
    await until('every pull request published and the queue idle', async () => allPublished() && (await idle(inspectProcesses)));
    polling = false;
    await Promise.all(pollers);

    const creates = github.requests.filter((r) => r.route === CHECK_CREATE && r.status < 300);
    const commentCreates = github.requests.filter((r) => r.route === COMMENT_CREATE && r.status < 300);
    for (const pr of pulls) {
      const repoKey = `${pr.owner}/${pr.repo}`;
      expect(creates.filter((r) => repoOf(r) === repoKey && (JSON.parse(r.body) as { head_sha: string }).head_sha === pr.head)).toHaveLength(1);
      const runs = github.checkRuns.filter((c) => c.repoKey === repoKey && c.head_sha === pr.head);
      expect(runs).toHaveLength(1);
      expect(runs[0]?.status).toBe('completed');
      expect(github.comments.filter((c) => c.repoKey === repoKey && c.issue === pr.number)).toHaveLength(1);
      expect(commentCreates.filter((r) => repoOf(r) === repoKey && r.path.includes(`/issues/${pr.number}/comments`))).toHaveLength(1);
    }
    expect(github.checkRuns.find((c) => c.head_sha === pulls[1]!.head)?.conclusion).toBe('failure');
    // The secret is masked in everything the App sent.
    expect(github.requests.filter((r) => r.body.includes(secret))).toEqual([]);
    // Both instances reviewed.
    const repos = [...new Set(pulls.map((p) => p.repo))];
    expect(finished(pa, repos)).toBeGreaterThan(0);
    expect(finished(pb, repos)).toBeGreaterThan(0);
    expect(finished(pa, repos) + finished(pb, repos)).toBeGreaterThanOrEqual(12);
    expect(pings.length).toBeGreaterThan(10);
    expect(Math.max(...pings)).toBeLessThan(500);
    // Probot shared Octokit's throttling through the same Redis (Bottleneck's clustered limiters).
    expect((await client.keys('b_octokit-*')).length).toBeGreaterThan(0);
  }, 55_000);

  it('retries a failing review with back-off, then ends its check as errored; a re-run recovers it', async () => {
    const repo = `svc-fail-${randomUUID().slice(0, 6)}`;
    const base = github.createRepo('acme', repo, { 'README.md': '# service\n' });
    const head = github.commit(base, { 'src/a.ts': 'export const a = 1;\n' });
    const number = github.openPull('acme', repo, { base, head });
    const pr = { owner: 'acme', repo, number, head, base };
    const fault = { route: '/repos/{owner}/{repo}/pulls/{pull_number}/files', kind: 'status' as const, status: 500, repo, times: 1000 };
    github.addFault(fault);
    const listings = (): RecordedRequest[] => github.requests.filter((r) => r.route === `GET ${fault.route}` && r.path.includes(`/${repo}/`));

    expect((await a.send('pull_request', pullRequestPayload('opened', pr))).status).toBe(200);
    const run = (): (typeof github.checkRuns)[number] | undefined => github.checkRuns.find((c) => c.repoKey === `acme/${repo}`);
    await until('the errored check', async () => run()?.status === 'completed' && (await idle()));
    expect(github.checkRuns.filter((c) => c.repoKey === `acme/${repo}`)).toHaveLength(1);
    expect(run()).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run()?.actions).toEqual([expect.objectContaining({ identifier: 'rerun' })]);
    // Three attempts (TOLLGATE_JOB_ATTEMPTS' default), each listing the files 1 + TOLLGATE_RETRIES (3) times.
    expect(listings()).toHaveLength(3 * 4);
    expect(github.comments.filter((c) => c.repoKey === `acme/${repo}`)).toEqual([]);
    // The job stays in Redis' failed set, with the sanitized one-line reason only.
    const failed = (await inspect.getFailed()).filter((j) => (j.data as { repo?: string }).repo === repo);
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ attemptsMade: 3 });
    expect(failed[0]!.failedReason).toContain('HttpError 500');
    expect(failed[0]!.failedReason).not.toContain('\n');

    fault.times = 0;
    expect((await b.send('check_run', checkRunPayload('requested_action', pr))).status).toBe(200);
    await until('the re-run', async () => run()?.conclusion === 'success' && (await idle()));
    expect(github.checkRuns.filter((c) => c.repoKey === `acme/${repo}`)).toHaveLength(1);
    expect(github.comments.filter((c) => c.repoKey === `acme/${repo}`)).toHaveLength(1);
  }, 30_000);

  it('holds the per-pull-request lock for one holder, renews it, and releases only its own', async () => {
    const key = `${prefix}:lock:test-${randomUUID().slice(0, 6)}`;
    const first = await takeRedisLock(client, key, 300);
    expect(first).toBeDefined();
    expect(await takeRedisLock(client, key, 300)).toBeUndefined();
    // Renewed while held: still held after twice its time to live.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await takeRedisLock(client, key, 300)).toBeUndefined();
    await first!.release();
    const second = await takeRedisLock(client, key, 300);
    expect(second).toBeDefined();
    // A stale holder's release leaves the new holder's lock alone.
    await first!.release();
    expect(await client.exists(key)).toBe(1);
    await second!.release();
    expect(await client.exists(key)).toBe(0);
  });

  it('runs the access review of each repository once per interval, however many instances queue it', async () => {
    github.installations.push(INSTALLATION_ID);
    const repos = [0, 1, 2].map(() => `svc-access-${randomUUID().slice(0, 6)}`);
    for (const repo of repos) github.createRepo('acme', repo, { 'README.md': '# service\n' });
    const branchReads = (repo: string): number =>
      github.requests.filter((r) => r.route.startsWith('GET /repos/{owner}/{repo}/branches/') && r.path.includes(`/${repo}/`)).length;
    const now = new Date('2026-12-04T06:00:00Z');
    const queueA = a.handlers.redisQueue!;
    const queueB = b.handlers.redisQueue!;
    await Promise.all([
      queueA.enqueueAccessReviews(now),
      queueB.enqueueAccessReviews(now),
      queueA.enqueueAccessReviews(new Date(now.getTime() + 1000)),
    ]);
    await until('the access reviews', async () => repos.every((r) => branchReads(r) >= 1) && (await idle()));
    for (const repo of repos) expect(branchReads(repo)).toBe(1);
    // The next interval reviews each repository again, once.
    const next = new Date(now.getTime() + a.config.accessReviewIntervalMs);
    await Promise.all([queueA.enqueueAccessReviews(next), queueB.enqueueAccessReviews(next)]);
    await until('the next access reviews', async () => repos.every((r) => branchReads(r) >= 2) && (await idle()));
    for (const repo of repos) expect(branchReads(repo)).toBe(2);
  }, 30_000);
});
