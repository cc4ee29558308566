import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken, gitIn, runTollgate, tempTree } from './run-tollgate.js';

interface JsonReport {
  findings: { ruleId: string; path: string; location: { startLine: number } }[];
  summary: { filesAnalyzed: number; error: number };
}

const parse = (text: string): JsonReport => JSON.parse(text) as JsonReport;

/** A repository with one commit holding `files`. */
function committedRepo(files: Record<string, string>): string {
  const root = tempTree(files);
  gitIn(root, 'init', '-q');
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-q', '-m', 'base');
  return root;
}

describe('tollgate scan --staged', () => {
  it('reports a secret that is staged even when the work tree was cleaned afterwards, and only staged files', async () => {
    const token = fakeGithubToken();
    const root = committedRepo({ 'README.md': '# repo\n', 'old.ts': `export const k = "${fakeAwsKeyId()}";\n` });
    writeFileSync(join(root, 'src.ts'), `export const token = "${token}";\n`);
    gitIn(root, 'add', 'src.ts');
    writeFileSync(join(root, 'src.ts'), 'export const token = process.env.GITHUB_TOKEN;\n');
    const run = await runTollgate(['scan', '--staged', '--format', 'json'], root);
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout + run.stderr).not.toContain(token);
    const json = parse(run.stdout);
    // old.ts holds a secret too, but it is committed and not staged: not analyzed.
    expect(json.findings.map((f) => [f.ruleId, f.path, f.location.startLine])).toEqual([['secrets/github-token', 'src.ts', 1]]);
    expect(json.summary.filesAnalyzed).toBe(1);
    // A plain scan of the work tree sees the cleaned file and the committed one.
    const plain = parse((await runTollgate(['scan', '--format', 'json'], root)).stdout);
    expect(plain.findings.map((f) => f.path)).toEqual(['old.ts']);
  });

  it('does not report a secret that is only in the work tree, unstaged', async () => {
    const root = committedRepo({ 'a.ts': 'export const a = 1;\n' });
    writeFileSync(join(root, 'a.ts'), `export const a = "${fakeGithubToken()}";\n`);
    writeFileSync(join(root, 'untracked.ts'), `export const b = "${fakeGithubToken()}";\n`);
    writeFileSync(join(root, 'clean.ts'), 'export const c = 2;\n');
    gitIn(root, 'add', 'clean.ts');
    const run = await runTollgate(['scan', '--staged', '--format', 'json'], root);
    expect(run.code, run.stderr).toBe(0);
    const json = parse(run.stdout);
    expect(json.findings).toEqual([]);
    expect(json.summary.filesAnalyzed).toBe(1);
  });

  it('reads nothing for a staged deletion, and the new path of a staged rename', async () => {
    const token = fakeGithubToken();
    const root = committedRepo({ 'gone.ts': `export const g = "${fakeGithubToken()}";\n`, 'from.ts': `export const t = "${token}";\n` });
    gitIn(root, 'rm', '-q', 'gone.ts');
    const deletion = await runTollgate(['scan', '--staged', '--format', 'json'], root);
    expect(deletion.code, deletion.stderr).toBe(0);
    expect(parse(deletion.stdout).summary.filesAnalyzed).toBe(0);

    gitIn(root, 'mv', 'from.ts', 'to.ts');
    const rename = await runTollgate(['scan', '--staged', '--format', 'json'], root);
    expect(rename.code, rename.stderr).toBe(1);
    expect(rename.stdout).not.toContain(token);
    expect(parse(rename.stdout).findings.map((f) => [f.ruleId, f.path])).toEqual([['secrets/github-token', 'to.ts']]);
  });

  it('works before the first commit, limits to the named paths, and reports a staged file removed from the work tree', async () => {
    const root = tempTree({ 'a/k.ts': `export const k = "${fakeGithubToken()}";\n`, 'b/k.ts': `export const k = "${fakeGithubToken()}";\n` });
    gitIn(root, 'init', '-q');
    gitIn(root, 'add', '-A');
    rmSync(join(root, 'b/k.ts'));
    const all = parse((await runTollgate(['scan', '--staged', '--format', 'json'], root)).stdout);
    expect(all.findings.map((f) => f.path)).toEqual(['a/k.ts', 'b/k.ts']);
    const onlyA = parse((await runTollgate(['scan', '--staged', 'a', '--format', 'json'], root)).stdout);
    expect(onlyA.findings.map((f) => f.path)).toEqual(['a/k.ts']);
  });

  it('exits 2 outside a git repository and with --update-baseline', async () => {
    const plain = await runTollgate(['scan', '--staged'], tempTree({ 'a.ts': '' }));
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/--staged needs a git repository/);
    const root = committedRepo({ 'a.ts': '' });
    const both = await runTollgate(['scan', '--staged', '--update-baseline'], root);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/--staged cannot be combined with --update-baseline/);
  });

  it('is listed in scan --help', async () => {
    const run = await runTollgate(['scan', '--help'], tempTree({}));
    expect(run.stdout).toMatch(/--staged/);
  });
});
