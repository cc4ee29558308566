import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, gitIn, runTollgate, tempTree } from './run-tollgate.js';

// `tollgate scan --history` on histories that are not plain text files: what it could not
// read is said (skipped, with its reason, or a note), and what it could read is scanned.

interface Report {
  findings: { ruleId: string; path: string; commit?: string }[];
  skipped: { path: string; reason: string }[];
}

const commitAll = (root: string, message: string): string => {
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-q', '-m', message);
  return gitIn(root, 'rev-parse', 'HEAD').trim();
};

describe('tollgate scan --history: bad input', () => {
  it('a huge blob and a binary one are skipped with their reason; a submodule is named in a note; the rest is scanned', async () => {
    const key = fakeAwsKeyId();
    const root = tempTree({ 'README.md': '# app\n' });
    gitIn(root, 'init', '-q');
    commitAll(root, 'init');
    // 5 MiB of text: above four times the default file limit, so never read from git.
    writeFileSync(join(root, 'dump.sql'), `-- ${key}\n${'x'.repeat(5 * 1024 * 1024)}\n`);
    writeFileSync(join(root, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 0x0d, 0x0a]));
    writeFileSync(join(root, 'settings.py'), `AWS_ACCESS_KEY_ID = "${key}"\n`);
    const added = commitAll(root, 'add files');
    // A gitlink, as `git submodule add` writes it (without cloning anything).
    gitIn(root, 'update-index', '--add', '--cacheinfo', `160000,${added},vendor/lib`);
    gitIn(root, 'commit', '-q', '-m', 'add submodule');

    const run = await runTollgate(['scan', '--history', '--format', 'json'], root);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.findings.filter((f) => f.ruleId.startsWith('secrets/')).map((f) => [f.path, f.commit])).toEqual([['settings.py', added]]);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
    expect(reasons['dump.sql']).toBe('too-large');
    expect(reasons['logo.png']).toBeDefined();
    expect(run.stderr).toContain('vendor/lib');
    expect(run.stdout + run.stderr).not.toContain(key);
  });

  it('a shallow clone says that history before its boundary was not scanned', async () => {
    const origin = tempTree({ 'a.py': `KEY = "${fakeAwsKeyId()}"\n` });
    gitIn(origin, 'init', '-q');
    commitAll(origin, 'old secret');
    writeFileSync(join(origin, 'a.py'), 'KEY = None\n');
    commitAll(origin, 'cleaned');
    const clone = join(mkdtempSync(join(tmpdir(), 'tollgate-shallow-')), 'clone');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone]);

    const run = await runTollgate(['scan', '--history', '--format', 'json'], clone);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).findings).toEqual([]);
    expect(run.stderr).toMatch(/shallow/);
  });

  it('a path that is not UTF-8 is scanned, not dropped', async () => {
    const key = fakeAwsKeyId();
    const root = tempTree({ 'README.md': '# app\n' });
    gitIn(root, 'init', '-q');
    commitAll(root, 'init');
    // A Latin-1 file name (byte 0xE9), as older tools wrote them.
    const name = Buffer.concat([Buffer.from(`${root}/`), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x70, 0x79])]);
    writeFileSync(name, `AWS_ACCESS_KEY_ID = "${key}"\n`);
    const added = commitAll(root, 'latin-1 name');

    const run = await runTollgate(['scan', '--history', '--format', 'json'], root);
    expect(run.code).toBe(1);
    const secrets = (JSON.parse(run.stdout) as Report).findings.filter((f) => f.ruleId.startsWith('secrets/'));
    expect(secrets.map((f) => f.commit)).toContain(added);
    expect(run.stdout + run.stderr).not.toContain(key);
  });
});
