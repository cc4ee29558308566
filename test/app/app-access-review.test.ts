import { randomUUID } from 'node:crypto';
import type { Probot } from 'probot';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runAccessReviews, scheduleAccessReviews } from '../../app/access-reviews.js';
import { readAppConfig } from '../../app/app-config.js';
import { ACCESS_LOCK_PATH, lockGrants, renderAccessLock, requestedGrants } from '../../shared/access/access-lock.js';
import { ACCESS_REVIEW_MARKER, ACCESS_REVIEW_TITLE } from '../../shared/access/access-review-issue.js';
import { collectInventory } from '../../shared/scopes/collect-inventory.js';
import { FAST_ENV, INSTALLATION_ID, startHarness, type Harness } from './app-harness.js';

// The scheduled access review against the stand-in: a lock approved 120 days before
// the fake clock -> one "access review due" issue naming the grants and the owner;
// again -> the same issue updated; re-locked -> closed; no lock -> nothing; dry run ->
// nothing written.

const MANIFEST_PATH = 'connectors/slack/connector.yml';
const MANIFEST = [
  'name: slack',
  'owner: "@acme/platform"',
  'purpose: Post approvals.',
  'auth:',
  '  type: oauth',
  '  scopes:',
  '    - chat:write',
  '    - users:read',
  'systems: []',
  'flows: []',
  '',
].join('\n');
const NOW = new Date('2026-12-04T06:00:00Z');
const daysBefore = (days: number, from = NOW): string => new Date(from.getTime() - days * 86_400_000).toISOString().slice(0, 10);

async function lockText(approvedAt: string): Promise<string> {
  const inventory = await collectInventory(new Map([[MANIFEST_PATH, MANIFEST]]), [MANIFEST_PATH]);
  return renderAccessLock(lockGrants(requestedGrants(inventory.entries), undefined, { approvedBy: '@alice', now: approvedAt }));
}

const repoName = (): string => `svc-${randomUUID().slice(0, 8)}`;

describe('App: scheduled access review', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    h.github.installations.push(INSTALLATION_ID);
  });
  afterAll(async () => h.close());

  const issuesOf = (repo: string) => h.github.issues.filter((i) => i.repoKey === `acme/${repo}`);
  const writesTo = (repo: string) => h.github.requests.filter((r) => r.method !== 'GET' && r.path.includes(`/acme/${repo}/`));

  it('opens one issue for review-due grants, updates it, closes it once re-locked; leaves unlocked repositories alone', async () => {
    const locked = repoName();
    const unlocked = repoName();
    h.github.createRepo('acme', locked, {
      [MANIFEST_PATH]: MANIFEST,
      [ACCESS_LOCK_PATH]: await lockText(daysBefore(120)),
      'src/app.ts': 'export const x = 1;\n',
    });
    h.github.createRepo('acme', unlocked, { [MANIFEST_PATH]: MANIFEST });

    const first = await runAccessReviews({ app: h.probot, config: h.config }, NOW);
    expect(first.repositories).toEqual(
      expect.arrayContaining([
        { repo: `acme/${locked}`, outcome: 'create' },
        { repo: `acme/${unlocked}`, outcome: 'no-lock' },
      ]),
    );
    expect(issuesOf(locked)).toHaveLength(1);
    const issue = issuesOf(locked)[0]!;
    expect(issue).toMatchObject({ title: ACCESS_REVIEW_TITLE, state: 'open' });
    expect(issue.body).toContain(ACCESS_REVIEW_MARKER);
    expect(issue.body).toContain('| slack | chat:write | review-due |');
    expect(issue.body).toContain('| slack | users:read | review-due |');
    expect(issue.body).toContain('Connector owners: @acme/platform');
    expect(issue.body!.match(/(^|[^`])@acme\/platform/gm)).toHaveLength(1);
    expect(issuesOf(unlocked)).toHaveLength(0);
    expect(writesTo(unlocked)).toEqual([]);

    // The same clock: nothing changed, nothing written.
    const before = writesTo(locked).length;
    expect((await runAccessReviews({ app: h.probot, config: h.config }, NOW)).repositories).toContainEqual({
      repo: `acme/${locked}`,
      outcome: 'none',
    });
    expect(writesTo(locked)).toHaveLength(before);

    // A day later (a grant's status or the date changed): the same issue is updated.
    const later = new Date(NOW.getTime() + 86_400_000);
    h.github.pushDefault('acme', locked, { [MANIFEST_PATH]: MANIFEST.replace('    - users:read\n', '    - users:read\n    - channels:history\n') });
    expect((await runAccessReviews({ app: h.probot, config: h.config }, later)).repositories).toContainEqual({
      repo: `acme/${locked}`,
      outcome: 'update',
    });
    expect(issuesOf(locked)).toHaveLength(1);
    expect(issuesOf(locked)[0]).toMatchObject({ number: issue.number, state: 'open', updates: 1 });
    expect(issuesOf(locked)[0]!.body).toContain('| slack | channels:history | unapproved |');
    expect(issuesOf(locked)[0]!.body).toContain('As of 2026-12-05');

    // Re-locked today (the new scope dropped again): every grant approved -> closed.
    h.github.pushDefault('acme', locked, { [MANIFEST_PATH]: MANIFEST, [ACCESS_LOCK_PATH]: await lockText(later.toISOString().slice(0, 10)) });
    expect((await runAccessReviews({ app: h.probot, config: h.config }, later)).repositories).toContainEqual({
      repo: `acme/${locked}`,
      outcome: 'close',
    });
    expect(issuesOf(locked)).toHaveLength(1);
    expect(issuesOf(locked)[0]).toMatchObject({ state: 'closed', state_reason: 'completed' });

    // Closed stays closed while everything is approved.
    expect((await runAccessReviews({ app: h.probot, config: h.config }, later)).repositories).toContainEqual({
      repo: `acme/${locked}`,
      outcome: 'none',
    });
  });

  it('respects the policy: ignored paths request nothing, reviewIntervalDays sets what is due', async () => {
    const repo = repoName();
    h.github.createRepo('acme', repo, {
      [MANIFEST_PATH]: MANIFEST,
      [ACCESS_LOCK_PATH]: await lockText(daysBefore(120)),
      '.github/tollgate.yml': 'access:\n  reviewIntervalDays: 365\nignore:\n  - "vendor/**"\n',
      'vendor/other/connectors/x/connector.yml': MANIFEST.replace('name: slack', 'name: x').replace('chat:write', 'admin'),
    });
    expect((await runAccessReviews({ app: h.probot, config: h.config }, NOW)).repositories).toContainEqual({ repo: `acme/${repo}`, outcome: 'none' });
    expect(issuesOf(repo)).toHaveLength(0);
  });

  it('one repository failing does not stop the others, and its error is logged without content', async () => {
    const broken = repoName();
    const fine = repoName();
    h.github.createRepo('acme', broken, { [MANIFEST_PATH]: MANIFEST, [ACCESS_LOCK_PATH]: await lockText(daysBefore(120)) });
    h.github.createRepo('acme', fine, { [MANIFEST_PATH]: MANIFEST, [ACCESS_LOCK_PATH]: await lockText(daysBefore(120)) });
    h.github.addFault({ method: 'GET', route: '/repos/{owner}/{repo}/branches/{branch}', repo: broken, kind: 'status', status: 404, times: 1 });
    const summary = await runAccessReviews({ app: h.probot, config: h.config }, NOW);
    expect(summary.repositories).toContainEqual({ repo: `acme/${broken}`, outcome: 'errored' });
    expect(summary.repositories).toContainEqual({ repo: `acme/${fine}`, outcome: 'create' });
    const logged = h.logs.filter((l) => l.includes(broken) && l.includes('access review failed'));
    expect(logged).toHaveLength(1);
    expect(logged[0]).not.toContain('chat:write');
  });

  it('skips a repository whose tree GitHub truncated (unlisted grants would look removed)', async () => {
    const repo = repoName();
    h.github.createRepo('acme', repo, { [MANIFEST_PATH]: MANIFEST, [ACCESS_LOCK_PATH]: await lockText(daysBefore(120)) });
    h.github.truncatedTrees.add(`acme/${repo}`);
    expect((await runAccessReviews({ app: h.probot, config: h.config }, NOW)).repositories).toContainEqual({
      repo: `acme/${repo}`,
      outcome: 'tree-truncated',
    });
    expect(issuesOf(repo)).toHaveLength(0);
    expect(h.logs.some((l) => l.includes(repo) && l.includes('tree is too large'))).toBe(true);
  });

  it('dry run: reads and decides, writes nothing', async () => {
    const repo = repoName();
    h.github.createRepo('acme', repo, { [MANIFEST_PATH]: MANIFEST, [ACCESS_LOCK_PATH]: await lockText(daysBefore(120)) });
    const config = readAppConfig({ ...FAST_ENV, TOLLGATE_DRY_RUN: '1' });
    const summary = await runAccessReviews({ app: h.probot, config }, NOW);
    expect(summary.repositories).toContainEqual({ repo: `acme/${repo}`, outcome: 'create' });
    expect(issuesOf(repo)).toHaveLength(0);
    expect(writesTo(repo)).toEqual([]);
    expect(h.logs.some((l) => l.includes('"dryRun":true') && l.includes('create the access review issue') && l.includes(repo))).toBe(true);
  });
});

describe('scheduleAccessReviews', () => {
  it('runs on unref’d timers, one run at a time; interval 0 schedules nothing', async () => {
    vi.useFakeTimers();
    try {
      const calls: string[] = [];
      const app = {
        auth: () => {
          calls.push('auth');
          return Promise.reject(new Error('no key'));
        },
      } as unknown as Probot;
      const errors: string[] = [];
      const log = {
        info: () => undefined,
        warn: () => undefined,
        debug: () => undefined,
        error: (_o: object | string, msg?: string) => errors.push(msg ?? ''),
      };
      const config = readAppConfig({});
      expect(config.accessReviewIntervalMs).toBe(86_400_000);
      expect(readAppConfig({ TOLLGATE_ACCESS_REVIEW_INTERVAL_MS: '0' }).accessReviewIntervalMs).toBe(0);

      scheduleAccessReviews({ app, config, log }, 0)();
      await vi.advanceTimersByTimeAsync(10 * 86_400_000);
      expect(calls).toEqual([]);

      const stop = scheduleAccessReviews({ app, config, log }, 86_400_000);
      await vi.advanceTimersByTimeAsync(60_000);
      expect(calls).toEqual(['auth']);
      expect(errors).toEqual(['access review run failed']);
      await vi.advanceTimersByTimeAsync(86_400_000);
      expect(calls).toHaveLength(2);
      stop();
      await vi.advanceTimersByTimeAsync(3 * 86_400_000);
      expect(calls).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
