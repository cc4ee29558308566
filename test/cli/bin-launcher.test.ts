import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// bin/tollgate.js runs the bundle only when it is at least as new as the last `tsc -b`.

const BIN = fileURLToPath(new URL('../../bin/tollgate.js', import.meta.url));

function layout(times: { bundle?: number; buildInfo?: number }): string {
  const root = mkdtempSync(join(tmpdir(), 'tollgate-bin-'));
  mkdirSync(join(root, 'bin'));
  mkdirSync(join(root, 'dist/cli'), { recursive: true });
  mkdirSync(join(root, 'dist/bundle'), { recursive: true });
  copyFileSync(BIN, join(root, 'bin/tollgate.js'));
  writeFileSync(join(root, 'package.json'), '{"type":"module"}');
  writeFileSync(join(root, 'dist/cli/main.js'), "process.stdout.write('compiled');\n");
  if (times.bundle !== undefined) {
    writeFileSync(join(root, 'dist/bundle/tollgate.js'), "process.stdout.write('bundle');\n");
    utimesSync(join(root, 'dist/bundle/tollgate.js'), times.bundle, times.bundle);
  }
  if (times.buildInfo !== undefined) {
    writeFileSync(join(root, 'dist/.tsbuildinfo.src'), '{}');
    utimesSync(join(root, 'dist/.tsbuildinfo.src'), times.buildInfo, times.buildInfo);
  }
  return root;
}

const run = (root: string, env: NodeJS.ProcessEnv = {}): string =>
  execFileSync(process.execPath, [join(root, 'bin/tollgate.js')], { encoding: 'utf8', env: { ...process.env, TOLLGATE_NO_BUNDLE: '', ...env } });

describe('bin/tollgate.js', () => {
  it('runs the bundle when it is newer than the last build', () => {
    expect(run(layout({ bundle: 2000, buildInfo: 1000 }))).toBe('bundle');
  });

  it('runs the compiled modules when tsc -b emitted after the bundle was made', () => {
    expect(run(layout({ bundle: 1000, buildInfo: 2000 }))).toBe('compiled');
  });

  it('runs the bundle of an installed package (no build info) and the compiled modules when there is no bundle', () => {
    expect(run(layout({ bundle: 1000 }))).toBe('bundle');
    expect(run(layout({ buildInfo: 1000 }))).toBe('compiled');
  });

  it('TOLLGATE_NO_BUNDLE=1 runs the compiled modules', () => {
    expect(run(layout({ bundle: 2000, buildInfo: 1000 }), { TOLLGATE_NO_BUNDLE: '1' })).toBe('compiled');
  });
});
