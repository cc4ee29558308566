import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitIn, runTollgate, tempTree } from './run-tollgate.js';

// The access lock through the CLI: lock -> check clean; add / remove a scope ->
// unapproved / removed; 120 days later -> review-due; re-lock -> clean.

const MANIFEST = (scopes: string[]): string =>
  [
    'name: slack',
    'owner: "@acme/platform"',
    'purpose: Post approvals.',
    'auth:',
    '  type: oauth',
    '  scopes:',
    ...scopes.map((s) => `    - ${s}`),
    'systems: []',
    'flows: []',
    '',
  ].join('\n');

interface Status {
  connector: string;
  provider: string;
  scope: string;
  status: string;
  path?: string;
  line?: number;
  approvedAt?: string;
}

const check = async (root: string, now: string): Promise<{ code: number; grants: Status[] }> => {
  const run = await runTollgate(['access', 'check', '--format', 'json', '--now', now], root);
  return { code: run.code, grants: (JSON.parse(run.stdout) as { grants: Status[] }).grants };
};

describe('tollgate access', () => {
  it('lock, drift, review-due and re-lock', async () => {
    const root = tempTree({ 'connectors/slack/connector.yml': MANIFEST(['chat:write', 'users:read']) });
    gitIn(root, 'init', '-q');

    const before = await check(root, '2026-01-01');
    expect(before.code).toBe(1);
    expect(before.grants.map((g) => [g.scope, g.status])).toEqual([
      ['chat:write', 'unapproved'],
      ['users:read', 'unapproved'],
    ]);

    expect((await runTollgate(['access', 'lock', '--approved-by', '@alice', '--now', '2026-01-01'], root)).code).toBe(0);
    const clean = await check(root, '2026-01-02');
    expect(clean.code).toBe(0);
    expect(clean.grants.every((g) => g.status === 'approved' && g.approvedAt === '2026-01-01')).toBe(true);
    expect(clean.grants[0]).toMatchObject({ connector: 'slack', provider: 'slack', path: 'connectors/slack/connector.yml', line: 7 });

    writeFileSync(join(root, 'connectors/slack/connector.yml'), MANIFEST(['chat:write', 'channels:history']));
    const drift = await check(root, '2026-01-03');
    expect(drift.code).toBe(1);
    expect(drift.grants.map((g) => [g.scope, g.status])).toEqual([
      ['channels:history', 'unapproved'],
      ['chat:write', 'approved'],
      ['users:read', 'removed'],
    ]);

    const late = await check(root, '2026-05-01');
    expect(late.grants.find((g) => g.scope === 'chat:write')?.status).toBe('review-due');

    await runTollgate(['access', 'lock', '--approved-by', '@bob', '--now', '2026-01-04'], root);
    const relocked = await check(root, '2026-01-05');
    expect(relocked.code).toBe(0);
    expect(relocked.grants.map((g) => [g.scope, g.approvedAt])).toEqual([
      ['channels:history', '2026-01-04'],
      ['chat:write', '2026-01-01'],
    ]);
    expect(readFileSync(join(root, '.github/tollgate-access.yml'), 'utf8')).toContain('approvedBy: "@alice"');
  });

  it('report: every grant with its approver, date and age, as JSON and Markdown', async () => {
    const root = tempTree({ 'connectors/slack/connector.yml': MANIFEST(['chat:write', 'users:read']) });
    gitIn(root, 'init', '-q');
    await runTollgate(['access', 'lock', '--approved-by', '@alice', '--now', '2026-01-01'], root);
    writeFileSync(join(root, 'connectors/slack/connector.yml'), MANIFEST(['chat:write', 'channels:history']));
    const json = await runTollgate(['access', 'report', '--now', '2026-01-31'], root);
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as {
      reviewIntervalDays: number;
      grants: { scope: string; status: string; approvedBy?: string; ageDays?: number }[];
    };
    expect(report.reviewIntervalDays).toBe(90);
    expect(report.grants.map((g) => [g.scope, g.status, g.approvedBy, g.ageDays])).toEqual([
      ['channels:history', 'unapproved', undefined, undefined],
      ['chat:write', 'approved', '@alice', 30],
      ['users:read', 'removed', '@alice', 30],
    ]);
    const markdown = await runTollgate(['access', 'report', '--now', '2026-01-31', '--format', 'markdown'], root);
    expect(markdown.stdout.split('\n').filter((l) => l.startsWith('| slack |'))).toHaveLength(3);
  });

  it('--reapprove: the periodic review gives unchanged grants the new approver and date (all, or named connectors)', async () => {
    const root = tempTree({ 'connectors/slack/connector.yml': MANIFEST(['chat:write']) });
    gitIn(root, 'init', '-q');
    await runTollgate(['access', 'lock', '--approved-by', '@alice', '--now', '2026-01-01'], root);
    expect((await check(root, '2026-05-01')).code).toBe(1);
    expect((await runTollgate(['access', 'lock', '--approved-by', '@bob', '--now', '2026-05-01', '--reapprove', 'nosuch'], root)).code).toBe(2);
    expect((await runTollgate(['access', 'lock', '--approved-by', '@bob', '--now', '2026-05-01', '--reapprove', 'slack'], root)).code).toBe(0);
    const after = await check(root, '2026-05-02');
    expect(after.code).toBe(0);
    expect(after.grants.map((g) => g.approvedAt)).toEqual(['2026-05-01']);
    expect(readFileSync(join(root, '.github/tollgate-access.yml'), 'utf8')).toContain('approvedBy: "@bob"');
  });

  it('honours the policy review interval', async () => {
    const root = tempTree({
      'connectors/slack/connector.yml': MANIFEST(['chat:write']),
      '.github/tollgate.yml': 'version: 1\naccess:\n  reviewIntervalDays: 10\n',
    });
    gitIn(root, 'init', '-q');
    await runTollgate(['access', 'lock', '--approved-by', '@alice', '--now', '2026-01-01'], root);
    expect((await check(root, '2026-01-20')).grants[0]?.status).toBe('review-due');
  });

  it('an invalid or conflicted lock, a missing approver or a bad date is a usage error naming the file and line', async () => {
    const root = tempTree({ 'connectors/slack/connector.yml': MANIFEST(['chat:write']) });
    gitIn(root, 'init', '-q');
    expect((await runTollgate(['access', 'lock'], root)).code).toBe(2);
    expect((await runTollgate(['access', 'check', '--now', 'yesterday'], root)).code).toBe(2);
    await runTollgate(['access', 'lock', '--approved-by', '@alice', '--now', '2026-01-01'], root);
    const lockPath = join(root, '.github/tollgate-access.yml');
    writeFileSync(lockPath, readFileSync(lockPath, 'utf8').replace('approvedAt: 2026-01-01', 'approvedAt: someday'));
    const invalid = await runTollgate(['access', 'check'], root);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/tollgate-access\.yml:\d+: grants\.0\.approvedAt/);
    writeFileSync(lockPath, `version: 1\n<<<<<<< HEAD\ngrants: []\n=======\n>>>>>>> other\n`);
    const conflicted = await runTollgate(['access', 'check'], root);
    expect(conflicted.code).toBe(2);
    expect(conflicted.stderr).toContain('tollgate-access.yml:2');
  });
});
