import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileResultKey, hashPolicyKey, sha256Hex } from '../../shared/engine/file-result-cache.js';
import { DEFAULT_POLICY } from '../../shared/policy/policy-schema.js';
import { describe, expect, it } from 'vitest';
import { openDiskResultStore } from '../../node/disk-result-store.js';
import { fakeChecksummedToken } from '../support/fake-checksummed-token.js';
import { gitIn, runTollgate, tempTree } from './run-tollgate.js';

const KEY = 'ab'.repeat(32);

function entryFiles(root: string): string[] {
  const dir = join(root, '.tollgate-cache', 'v1');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((sub) => readdirSync(join(dir, sub)).map((name) => join(dir, sub, name)));
}

/** The CLI outside CI (where the cache is on by default), whatever the environment of the test run. */
const runOutsideCi = (args: readonly string[], root: string, env: Record<string, string> = {}) => runTollgate(args, root, { CI: '', ...env });

describe('openDiskResultStore', () => {
  it('writes one JSON file per key under v1/<2 hex>/, with a .gitignore of * in the directory', async () => {
    const root = tempTree({});
    const store = openDiskResultStore(root, { warn: () => undefined });
    await store.set(KEY, '{"deps":[],"value":1}');
    await store.close();
    expect(readFileSync(join(root, '.tollgate-cache', 'v1', 'ab', `${KEY}.json`), 'utf8')).toBe('{"deps":[],"value":1}');
    expect(readFileSync(join(root, '.tollgate-cache', '.gitignore'), 'utf8')).toBe('*\n');
    expect(await store.get(KEY)).toBe('{"deps":[],"value":1}');
    expect(await store.get('cd'.repeat(32))).toBeUndefined();
    // Not a key this store writes: never a path outside the directory.
    expect(await store.get('../../etc/passwd')).toBeUndefined();
    expect(entryFiles(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it("reads a FIFO or a directory in an entry's place as a miss, without waiting", async () => {
    const root = tempTree({});
    const store = openDiskResultStore(root, { warn: () => undefined });
    await store.set(KEY, '{"deps":[],"value":1}');
    await store.close();
    const file = join(root, '.tollgate-cache', 'v1', 'ab', `${KEY}.json`);
    rmSync(file);
    execFileSync('mkfifo', [file]);
    expect(await store.get(KEY)).toBeUndefined();
    rmSync(file);
    mkdirSync(file);
    expect(await store.get(KEY)).toBeUndefined();
  });

  it('warns once and goes on without writing when the directory cannot be made', async () => {
    const root = tempTree({ '.tollgate-cache': 'a file where the directory would be' });
    const warnings: string[] = [];
    const store = openDiskResultStore(root, { warn: (m) => warnings.push(m) });
    await Promise.all([store.set(KEY, '1'), store.set('cd'.repeat(32), '2'), store.set('ef'.repeat(32), '3')]);
    await store.close();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^cannot write the cache in \.tollgate-cache\/ \(E[A-Z]+\)/);
    expect(await store.get(KEY)).toBeUndefined();
  });

  it('deletes the oldest entries past maxBytes when closed', async () => {
    const root = tempTree({});
    const store = openDiskResultStore(root, { warn: () => undefined, maxBytes: 1000 });
    for (let i = 0; i < 20; i++) await store.set(i.toString(16).padStart(2, '0').repeat(32), 'x'.repeat(100));
    await store.close();
    const files = entryFiles(root);
    expect(files.reduce((sum, f) => sum + statSync(f).size, 0)).toBeLessThanOrEqual(1000);
    expect(files.length).toBeGreaterThan(0);
  });
});

describe('tollgate scan with the cache', () => {
  const repo = (): string => {
    const root = tempTree({
      'src/config.ts': `export const token = "${fakeChecksummedToken('ghp_')}";\n`,
      'src/auth.py': 'SCOPES = ["https://www.googleapis.com/auth/drive"]\n',
      'README.md': '# demo\n',
    });
    gitIn(root, 'init', '-q');
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-qm', 'init');
    return root;
  };

  it('gives the same report cold and warm, keeps the directory out of git, and is turned off by --no-cache or TOLLGATE_NO_CACHE', async () => {
    const root = repo();
    const uncached = await runOutsideCi(['scan', '--format', 'json', '--no-cache'], root);
    expect(existsSync(join(root, '.tollgate-cache'))).toBe(false);
    const off = await runOutsideCi(['scan', '--format', 'json'], root, { TOLLGATE_NO_CACHE: '1' });
    expect(existsSync(join(root, '.tollgate-cache'))).toBe(false);
    const cold = await runOutsideCi(['scan', '--format', 'json'], root);
    const written = entryFiles(root).length;
    expect(written).toBeGreaterThan(0);
    const warm = await runOutsideCi(['scan', '--format', 'json'], root);
    expect(uncached.code).toBe(1);
    for (const run of [off, cold, warm]) {
      expect(run.code).toBe(uncached.code);
      expect(run.stdout).toBe(uncached.stdout);
    }
    expect(entryFiles(root)).toHaveLength(written);
    expect(gitIn(root, 'status', '--porcelain')).toBe('');
    // The cache holds the masked finding, never the token.
    const token = readFileSync(join(root, 'src/config.ts'), 'utf8').split('"')[1] as string;
    expect(entryFiles(root).some((f) => readFileSync(f, 'utf8').includes(token.slice(8)))).toBe(false);
  }, 60_000);

  it('is off where CI is set, unless --cache asks for it', async () => {
    const root = repo();
    const inCi = await runOutsideCi(['scan', '--format', 'json'], root, { CI: 'true' });
    expect(existsSync(join(root, '.tollgate-cache'))).toBe(false);
    const asked = await runOutsideCi(['scan', '--format', 'json', '--cache'], root, { CI: 'true' });
    expect(existsSync(join(root, '.tollgate-cache'))).toBe(true);
    expect(asked.stdout).toBe(inCi.stdout);
  });

  it('re-analyzes a changed file, and treats a corrupt entry as a miss', async () => {
    const root = repo();
    await runOutsideCi(['scan', '--format', 'json'], root);
    for (const f of entryFiles(root)) writeFileSync(f, '{"deps":[],"value":');
    writeFileSync(join(root, 'src/extra.ts'), `const password = "${fakeChecksummedToken('ghp_')}";\n`);
    const cached = await runOutsideCi(['scan', '--format', 'json'], root);
    const uncached = await runOutsideCi(['scan', '--format', 'json', '--no-cache'], root);
    expect(cached.stdout).toBe(uncached.stdout);
    expect(cached.stderr).toBe(uncached.stderr);
    expect(JSON.parse(cached.stdout).findings.map((f: { path: string }) => f.path)).toContain('src/extra.ts');
  }, 60_000);

  it('warns once when the cache cannot be written, and reports as without it', async () => {
    const root = repo();
    // The directory is ours (untracked), but its entries' folder cannot be made.
    mkdirSync(join(root, '.tollgate-cache'));
    writeFileSync(join(root, '.tollgate-cache', 'v1'), 'not a directory');
    const run = await runOutsideCi(['scan', '--format', 'json'], root);
    const uncached = await runOutsideCi(['scan', '--format', 'json', '--no-cache'], root);
    expect(run.stdout).toBe(uncached.stdout);
    expect(run.stderr.match(/warning: cannot write the cache/g)).toHaveLength(1);
  }, 60_000);

  it('refuses a cache directory the repository ships: a committed entry cannot hide a secret', async () => {
    const root = repo();
    const text = readFileSync(join(root, 'src/config.ts'), 'utf8');
    // An entry anyone can compute: "src/config.ts holds no secret".
    const key = fileResultKey({
      toolVersion: (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version,
      analyzerId: 'secrets',
      cacheVersion: '1',
      path: 'src/config.ts',
      textHash: sha256Hex(text),
      policyHash: hashPolicyKey(DEFAULT_POLICY.allow),
    });
    mkdirSync(join(root, '.tollgate-cache', 'v1', key.slice(0, 2)), { recursive: true });
    writeFileSync(join(root, '.tollgate-cache', 'v1', key.slice(0, 2), `${key}.json`), '{"deps":[],"value":{"findings":[],"dropped":{}}}');
    gitIn(root, 'add', '-f', '.tollgate-cache');
    gitIn(root, 'commit', '-qm', 'ship a cache');
    const run = await runOutsideCi(['scan', '--format', 'json'], root);
    expect(run.stderr).toContain('warning: not using the cache: git tracks files in .tollgate-cache/');
    expect(JSON.parse(run.stdout).findings.map((f: { ruleId: string; path: string }) => `${f.path} ${f.ruleId}`)).toContain(
      'src/config.ts secrets/github-token',
    );
  }, 60_000);

  it('refuses a cache directory that is a symbolic link (writes never leave the repository)', async () => {
    const root = repo();
    const outside = tempTree({});
    symlinkSync(outside, join(root, '.tollgate-cache'));
    const run = await runOutsideCi(['scan', '--format', 'json'], root);
    expect(run.stderr).toContain('warning: not using the cache: .tollgate-cache is not a directory');
    expect(readdirSync(outside)).toEqual([]);
  }, 60_000);
});
