import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeAwsKeyId, randomString } from '../cli/run-tollgate.js';

// The package as users get it: `npm pack` (dist is already built by `npm test`'s
// `tsc -b`; `prepack` builds it when packing by hand), installed into an empty
// project, `npx tollgate` run there. Dependencies come from the npm registry (or
// the npm cache `npm ci` filled).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

interface PackedFile {
  path: string;
}

let tarball = '';
let files: string[] = [];

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'tollgate-pack-'));
  const json = execFileSync(NPM, ['pack', '--ignore-scripts', '--json', '--pack-destination', out], { cwd: ROOT, encoding: 'utf8' });
  const [packed] = JSON.parse(json) as { filename: string; files: PackedFile[] }[];
  tarball = join(out, packed!.filename);
  files = packed!.files.map((f) => f.path);
}, 120_000);

describe('the npm package', () => {
  it('holds the built CLI, the App, the language server and the schemas', () => {
    for (const needed of [
      'bin/tollgate.js',
      'dist/cli/main.js',
      'dist/bundle/tollgate.js',
      'dist/app/main.js',
      'dist/node/review-worker.js',
      'dist/bundle/review-worker.js',
      'dist/lsp/serve-stdio.js',
      'schema/tollgate-policy.schema.json',
      'package.json',
      'LICENSE',
      'README.md',
      'app.yml',
    ]) {
      expect(files).toContain(needed);
    }
  });

  it('holds no tests, examples, sources, fixtures or source maps', () => {
    const unwanted = files.filter(
      (f) =>
        /^(test|examples|extension|scripts|shared|cli|app|lsp|node|docs|demo-output|\.github)\//.test(f) ||
        f.startsWith('dist/.test-types/') ||
        /\.(map|tsbuildinfo)$/.test(f) ||
        (f.endsWith('.ts') && !f.endsWith('.d.ts')),
    );
    expect(unwanted).toEqual([]);
  });

  it('installs into an empty project and `npx tollgate scan` finds a planted secret without printing it', () => {
    const project = mkdtempSync(join(tmpdir(), 'tollgate-installed-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
    const install = spawnSync(NPM, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(install.status, install.stderr).toBe(0);

    const secret = `${randomString(40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+')}`;
    const keyId = fakeAwsKeyId();
    writeFileSync(join(project, 'settings.py'), `AWS_ACCESS_KEY_ID = "${keyId}"\nAWS_SECRET_ACCESS_KEY = "${secret}"\n`);
    const version = spawnSync(NPM, ['exec', '--no', '--', 'tollgate', '--version'], { cwd: project, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);

    const scan = spawnSync(NPM, ['exec', '--no', '--', 'tollgate', 'scan', 'settings.py', '--format', 'json'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(scan.status, scan.stderr).toBe(1);
    const report = JSON.parse(scan.stdout) as { findings: { ruleId: string; path: string; line: number }[] };
    expect(report.findings.some((f) => f.ruleId.startsWith('secrets/') && f.path === 'settings.py')).toBe(true);
    expect(scan.stdout + scan.stderr).not.toContain(secret);
    expect(scan.stdout + scan.stderr).not.toContain(keyId);
  }, 300_000);
});
