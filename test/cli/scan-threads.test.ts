import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYZERS } from '../../shared/analyzer/registry.js';
import { computePerFileTask, perFileTasks } from '../../shared/engine/per-file-work.js';
import { DEFAULT_POLICY } from '../../shared/policy/policy-schema.js';
import { createReviewPool } from '../../node/review-pool.js';
import { helperThreads, HELPERS_FROM_ITEMS, sharePerFileWork } from '../../node/share-per-file-work.js';
import { readTree } from '../support/read-tree.js';
import { fakeAwsKeyId, gitIn, runTollgate, tempTree } from './run-tollgate.js';

// A whole-file scan shares its per-file work with worker threads (TOLLGATE_THREADS, or
// by default from 1,000 files on 4+ cores): the report is the one thread's.

const TEST_DIR = fileURLToPath(new URL('../', import.meta.url));
const TOOL = '0.0.0-test';
const scopes = readTree(join(TEST_DIR, 'corpus/real-world/scopes/files'));

describe('tollgate scan on worker threads', () => {
  const files: Record<string, string> = { 'config.py': `AWS_ACCESS_KEY_ID = "${fakeAwsKeyId()}"\n` };
  for (const [path, text] of scopes) files[path] = text;
  const root = tempTree(files);

  it('reports byte for byte what one thread reports', async () => {
    const one = await runTollgate(['scan', '--format', 'json'], root, { TOLLGATE_THREADS: '0' });
    const two = await runTollgate(['scan', '--format', 'json'], root, { TOLLGATE_THREADS: '2' });
    expect(one.code).toBe(1);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
    expect((JSON.parse(one.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(10);
  });

  it('fills the result cache, and a second run reads it', async () => {
    const repo = tempTree(files);
    gitIn(repo, 'init', '-q');
    const cold = await runTollgate(['scan', '--format', 'json', '--cache'], repo, { TOLLGATE_THREADS: '1' });
    const entries = readdirSync(join(repo, '.tollgate-cache'), { recursive: true }).length;
    expect(entries).toBeGreaterThan(scopes.size);
    const warm = await runTollgate(['scan', '--format', 'json', '--cache'], repo, { TOLLGATE_THREADS: '1' });
    const alone = await runTollgate(['scan', '--format', 'json', '--no-cache'], repo, { TOLLGATE_THREADS: '0' });
    expect(cold.stdout).toBe(alone.stdout);
    expect(warm.stdout).toBe(alone.stdout);
    expect(readdirSync(join(repo, '.tollgate-cache'), { recursive: true }).length).toBe(entries);
  });
});

describe('sharing per-file work with the pool', () => {
  const pool = createReviewPool({ size: 1 });
  afterAll(() => pool.close());
  const request = { head: scopes, policy: DEFAULT_POLICY, analyzers: ANALYZERS, toolVersion: TOOL };

  it("a worker takes tasks until none is left, and answers this thread's entries", async () => {
    const tasks = perFileTasks(request);
    const claims = new Int32Array(new SharedArrayBuffer(4));
    const { analyzers: _analyzers, ...work } = request;
    // This thread takes none: the worker does every task.
    const [fromWorker] = await pool.shareOut({ ...work, tasks }, claims);
    expect(Atomics.load(claims, 0)).toBeGreaterThanOrEqual(tasks.length);
    const here = new Map<string, string>();
    for (const task of tasks) for (const [key, entry] of await computePerFileTask(task, request)) here.set(key, entry);
    expect(new Map(fromWorker)).toEqual(here);
  });

  it('skips tasks a cache already holds, and writes fresh results to it', async () => {
    const disk = new Map<string, string>();
    const cache = {
      toolVersion: TOOL,
      store: { get: (key: string) => disk.get(key), set: (key: string, value: string) => void disk.set(key, value) },
    };
    const first = await sharePerFileWork(pool, request, TOOL, cache);
    const keys = perFileTasks(request).flatMap((t) => t.keys.map(([, key]) => key));
    expect([...disk.keys()].sort()).toEqual([...keys].sort());
    expect(await first.store.get(keys[0]!)).toBe(disk.get(keys[0]!));
    let given = -1;
    const watching = { ...pool, shareOut: (...args: Parameters<typeof pool.shareOut>) => ((given = args[0].tasks.length), pool.shareOut(...args)) };
    await sharePerFileWork(watching, request, TOOL, cache);
    expect(given).toBe(-1);
  });

  it('how many threads', () => {
    expect(helperThreads(10, { TOLLGATE_THREADS: '3' })).toBe(3);
    expect(helperThreads(10_000, { TOLLGATE_THREADS: '0' })).toBe(0);
    expect(helperThreads(10_000, { TOLLGATE_THREADS: '99' })).toBe(16);
    expect(helperThreads(HELPERS_FROM_ITEMS - 1, {})).toBe(0);
  });
});
