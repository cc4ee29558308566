import { writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, gitIn, randomString, runTollgate, tempTree } from './run-tollgate.js';

// `tollgate scan --history`: secrets added and later removed are found, each with the
// commit that introduced it — on a merged branch, in a renamed file, in a deleted .env.

interface JsonFinding {
  ruleId: string;
  path: string;
  location: { startLine: number };
  commit?: string;
  commitDate?: string;
}

const head = (root: string): string => gitIn(root, 'rev-parse', 'HEAD').trim();
const commitAll = (root: string, message: string): string => {
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-q', '-m', message);
  return head(root);
};

function buildRepository() {
  const keyA = fakeAwsKeyId();
  const keyB = fakeAwsKeyId();
  const keyC = fakeAwsKeyId();
  const envSecret = `sk_live_${randomString(24)}`;
  const root = tempTree({ 'README.md': '# app\n', 'src/config.py': `AWS_ACCESS_KEY_ID = "${keyA}"\n`, '.env': `STRIPE_SECRET_KEY=${envSecret}\n` });
  gitIn(root, 'init', '-q');
  const added = commitAll(root, 'add config');
  // Cleaned up: the key and the .env are gone from the working tree.
  writeFileSync(join(root, 'src/config.py'), 'import os\nAWS_ACCESS_KEY_ID = os.environ["AWS_ACCESS_KEY_ID"]\n');
  rmSync(join(root, '.env'));
  commitAll(root, 'remove secrets');
  // A branch that adds a key, merged with a merge commit.
  gitIn(root, 'checkout', '-q', '-b', 'feature');
  mkdirSync(join(root, 'lib'));
  writeFileSync(join(root, 'lib/old.py'), `KEY = "${keyB}"\n`);
  const onBranch = commitAll(root, 'feature key');
  gitIn(root, 'checkout', '-q', 'main');
  writeFileSync(join(root, 'README.md'), '# app\n\nmore\n');
  commitAll(root, 'docs');
  gitIn(root, 'merge', '-q', '--no-ff', '-m', 'merge feature', 'feature');
  // Renamed unchanged, then the key removed.
  gitIn(root, 'mv', 'lib/old.py', 'lib/new.py');
  commitAll(root, 'rename');
  writeFileSync(join(root, 'lib/new.py'), 'KEY = None\n');
  const cleaned = commitAll(root, 'remove key');
  writeFileSync(join(root, 'late.py'), `LATE = "${keyC}"\n`);
  const late = commitAll(root, 'late key');
  // Another key on the same line of the same file: its masked line (and fingerprint) is
  // the same as the first one's, but it is a different secret.
  const keyD = fakeAwsKeyId();
  writeFileSync(join(root, 'late.py'), `LATE = "${keyD}"\n`);
  const rotated = commitAll(root, 'rotated in code');
  return { root, keys: [keyA, keyB, keyC, keyD, envSecret], added, onBranch, cleaned, late, rotated };
}

describe('tollgate scan --history', () => {
  const repo = buildRepository();

  it('finds every secret ever committed, each once, with the commit that introduced it, and prints none', async () => {
    const now = await runTollgate(['scan', '--format', 'json'], repo.root);
    expect((JSON.parse(now.stdout) as { findings: JsonFinding[] }).findings.map((f) => f.path)).toEqual(['late.py']);

    const run = await runTollgate(['scan', '--history', '--format', 'json'], repo.root);
    expect(run.code).toBe(1);
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    const at = (path: string): JsonFinding[] => findings.filter((f) => f.path === path && f.ruleId.startsWith('secrets/'));
    expect(at('src/config.py').map((f) => [f.commit, f.location.startLine])).toEqual([[repo.added, 1]]);
    expect(at('.env').length).toBeGreaterThan(0);
    expect(new Set(at('.env').map((f) => f.commit))).toEqual(new Set([repo.added]));
    expect(at('lib/old.py').map((f) => f.commit)).toEqual([repo.onBranch]);
    // The rename added no new version: not reported again under the new name.
    expect(at('lib/new.py')).toEqual([]);
    expect(at('late.py').map((f) => f.commit)).toEqual([repo.late, repo.rotated]);
    expect(findings.every((f) => f.commitDate !== undefined && !Number.isNaN(Date.parse(f.commitDate)))).toBe(true);
    for (const key of repo.keys) expect(run.stdout + run.stderr).not.toContain(key);
  });

  it('--since REF scans only the commits after it; SARIF and text carry the commit', async () => {
    const run = await runTollgate(['scan', '--history', '--since', repo.cleaned, '--format', 'json'], repo.root);
    const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings;
    expect(findings.map((f) => f.path)).toEqual(['late.py', 'late.py']);

    const sarif = await runTollgate(['scan', '--history', '--since', repo.cleaned, '--format', 'sarif'], repo.root);
    const results = (JSON.parse(sarif.stdout) as { runs: { results: { properties?: { commit?: string } }[] }[] }).runs[0]!.results;
    expect(results.map((r) => r.properties?.commit)).toEqual([repo.late, repo.rotated]);

    const text = await runTollgate(['scan', '--history', '--since', repo.cleaned], repo.root);
    expect(text.stdout).toContain(repo.late.slice(0, 8));
  });

  it('reports the same on worker threads as in one thread', async () => {
    const one = await runTollgate(['scan', '--history', '--format', 'json'], repo.root, { TOLLGATE_THREADS: '0' });
    const threaded = await runTollgate(['scan', '--history', '--format', 'json'], repo.root, { TOLLGATE_THREADS: '2' });
    expect(threaded.code).toBe(one.code);
    expect(JSON.parse(threaded.stdout)).toEqual(JSON.parse(one.stdout));
    expect((JSON.parse(one.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(3);
  });

  it('usage errors: --since without --history, an unknown ref, outside git', async () => {
    expect((await runTollgate(['scan', '--since', 'HEAD'], repo.root)).code).toBe(2);
    const unknown = await runTollgate(['scan', '--history', '--since', 'no-such-ref'], repo.root);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no-such-ref');
    expect((await runTollgate(['scan', '--history'], tempTree({ 'a.txt': 'a\n' }))).code).toBe(2);
  });
});

describe('tollgate scan --history on a large commit', () => {
  it('finds a secret in each of many files reviewed in parts, also when run from a subdirectory', async () => {
    // 60 files of ~3 KiB in one commit: their versions fill more than one review part.
    const keys = Array.from({ length: 60 }, () => fakeAwsKeyId());
    const filler = Array.from({ length: 80 }, (_, i) => `# line ${i} of padding text for the part size\n`).join('');
    const root = tempTree(Object.fromEntries(keys.map((key, i) => [`pkg/mod${i}.py`, `${filler}AWS_ACCESS_KEY_ID = "${key}"\n`])));
    gitIn(root, 'init', '-q');
    const added = commitAll(root, 'many files');

    for (const cwd of [root, join(root, 'pkg')]) {
      const run = await runTollgate(['scan', '--history', '--format', 'json'], cwd);
      expect(run.code).toBe(1);
      const findings = (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.ruleId.startsWith('secrets/'));
      expect(new Set(findings.map((f) => f.path))).toEqual(new Set(keys.map((_, i) => `pkg/mod${i}.py`)));
      expect(findings.every((f) => f.commit === added && f.location.startLine === 81)).toBe(true);
      for (const key of keys) expect(run.stdout + run.stderr).not.toContain(key);
    }
  });
});
