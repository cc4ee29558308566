import { describe, expect, it } from 'vitest';
import { readAppConfig } from '../../app/app-config.js';
import { describeError, describeRequest } from '../../app/describe-error.js';
import { checkEventTargets, pullRequestEventTarget } from '../../app/event-targets.js';
import { createReviewQueue } from '../../app/review-queue.js';
import { createSpacingGroup } from '../../app/spacing-limiter.js';

describe('readAppConfig', () => {
  it('has production defaults (Octokit spacing kept) and reads the documented variables', () => {
    const d = readAppConfig({});
    expect(d).toMatchObject({
      dryRun: false,
      failOn: 'error',
      maxAnnotations: 250,
      maxFiles: 3000,
      retries: 3,
      retryBaseMs: 1000,
      retryAfterUnitMs: 1000,
      orgConfigRepo: '.github',
    });
    expect(d.writeSpacingMs).toBeUndefined();
    expect(d.notificationSpacingMs).toBeUndefined();
    const c = readAppConfig({
      TOLLGATE_DRY_RUN: 'true',
      TOLLGATE_FAIL_ON: 'warning',
      TOLLGATE_MAX_FILES: '99999',
      TOLLGATE_WRITE_SPACING_MS: '0',
      APP_ID: '12',
      TOLLGATE_RETRIES: 'x',
    });
    expect(c).toMatchObject({ dryRun: true, failOn: 'warning', maxFiles: 3000, writeSpacingMs: 0, appId: 12, retries: 3 });
  });
});

describe('describeError', () => {
  it('keeps the class, status and first line, never attached data', () => {
    const error = Object.assign(new Error('Server Error\nsecond line'), {
      name: 'HttpError',
      status: 502,
      data: { text: 'SECRET-CONTENT' },
      request: { method: 'POST', url: 'https://api.github.com/graphql?x=1' },
    });
    expect(describeError(error)).toBe('HttpError 502: Server Error');
    expect(describeError(error)).not.toContain('SECRET');
    expect(describeRequest(error)).toBe('POST /graphql');
    expect(describeRequest(new Error('x'))).toBeUndefined();
  });
});

describe('event targets', () => {
  const repository = { name: 'r', owner: { login: 'o' } };
  it('reviews an edit only when the base branch changed', () => {
    const pr = { number: 5, head: { sha: 'h' } };
    expect(pullRequestEventTarget({ action: 'edited', repository, pull_request: pr, changes: { title: {} } as never })).toEqual([]);
    expect(pullRequestEventTarget({ action: 'edited', repository, pull_request: pr, changes: { base: {} } })).toEqual([
      { owner: 'o', repo: 'r', number: 5, headSha: 'h' },
    ]);
    expect(pullRequestEventTarget({ action: 'synchronize', repository, pull_request: pr })).toHaveLength(1);
  });

  it("takes a check's pull requests, with the suite's head when a pull request has none", () => {
    expect(checkEventTargets({ repository }, { head_sha: 's', pull_requests: [{ number: 1 }, { number: 2, head: { sha: 't' } }] })).toEqual([
      { owner: 'o', repo: 'r', number: 1, headSha: 's' },
      { owner: 'o', repo: 'r', number: 2, headSha: 't' },
    ]);
    expect(checkEventTargets({ repository }, { head_sha: 's', pull_requests: null })).toEqual([]);
  });
});

describe('createReviewQueue', () => {
  it('runs jobs of one key one at a time in order, other keys in parallel, and forgets idle keys', async () => {
    const queue = createReviewQueue();
    const log: string[] = [];
    const job = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, ms));
      log.push(`end ${name}`);
      if (name === 'a1') throw new Error('boom');
      return name;
    };
    const results = await Promise.allSettled([queue.run('a', job('a1', 30)), queue.run('a', job('a2', 1)), queue.run('b', job('b1', 5))]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log.indexOf('end a1')).toBeLessThan(log.indexOf('start a2'));
    expect(log.indexOf('start b1')).toBeLessThan(log.indexOf('end a1'));
    await new Promise((r) => setTimeout(r, 0));
    expect(queue.size).toBe(0);
  });
});

describe('createSpacingGroup', () => {
  it('spaces launches per key by the minimum time', async () => {
    const group = createSpacingGroup(40);
    const starts: number[] = [];
    const t0 = Date.now();
    await Promise.all([1, 2, 3].map(() => group.key('k').schedule({}, () => starts.push(Date.now() - t0))));
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(35);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(35);
    const other = Date.now();
    await group.key('other').schedule({}, () => undefined);
    expect(Date.now() - other).toBeLessThan(35);
  });
});

describe('readAppConfig: the Redis queue settings', () => {
  it('defaults to no queue, and reads REDIS_URL and the job settings', () => {
    expect(readAppConfig({})).toMatchObject({ jobAttempts: 3, jobBackoffMs: 10_000, queueConcurrency: 4, queuePrefix: 'tollgate', queueRole: 'all' });
    expect(readAppConfig({}).redisUrl).toBeUndefined();
    expect(
      readAppConfig({
        REDIS_URL: 'rediss://user:pw@cache.internal:6380/2',
        TOLLGATE_JOB_ATTEMPTS: '5',
        TOLLGATE_JOB_BACKOFF_MS: '0',
        TOLLGATE_QUEUE_CONCURRENCY: '8',
        TOLLGATE_QUEUE_PREFIX: 'tg-test',
        TOLLGATE_QUEUE_ROLE: 'receiver',
      }),
    ).toMatchObject({
      redisUrl: 'rediss://user:pw@cache.internal:6380/2',
      jobAttempts: 5,
      jobBackoffMs: 0,
      queueConcurrency: 8,
      queuePrefix: 'tg-test',
      queueRole: 'receiver',
    });
  });

  it('refuses values it cannot use, naming the variable and never quoting a Redis URL', () => {
    for (const env of [
      { TOLLGATE_JOB_ATTEMPTS: '0' },
      { TOLLGATE_JOB_ATTEMPTS: '2.5' },
      { TOLLGATE_JOB_BACKOFF_MS: '-1' },
      { TOLLGATE_QUEUE_CONCURRENCY: 'many' },
      { TOLLGATE_QUEUE_PREFIX: 'a:b' },
      { TOLLGATE_QUEUE_ROLE: 'leader' },
    ]) {
      const name = Object.keys(env)[0]!;
      expect(() => readAppConfig(env)).toThrow(expect.objectContaining({ name: 'AppConfigError', message: expect.stringContaining(name) }));
    }
    for (const url of ['http://user:hunter2@cache:6379', 'not a url hunter2']) {
      let message = '';
      try {
        readAppConfig({ REDIS_URL: url });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toContain('REDIS_URL');
      expect(message).not.toContain('hunter2');
    }
  });
});
