#!/usr/bin/env node
// The per-file result cache (issue 16 item 2): `tollgate scan --format json` on the
// benchmark corpus in a git repository, with --no-cache, with a cold cache (none yet),
// a warm one (nothing changed) and a warm one after one TypeScript file changed.
// Medians of wall time and of the process's CPU time (user + system). Times nothing in tests.
// Options: --runs N (default 5), --files N (default: the corpus default), --keep.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_FILES, DEFAULT_SEED, generateCorpus, writeCorpus } from './generate-corpus.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'bin/tollgate.js');
const REPORT_CPU = join(ROOT, 'scripts/bench/report-cpu.js');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg('--runs') ?? 5);
const FILES = Number(arg('--files') ?? DEFAULT_FILES);

const dir = mkdtempSync(join(tmpdir(), 'tollgate-cache-bench-'));
writeCorpus(dir, generateCorpus({ seed: DEFAULT_SEED, files: FILES }));
const git = (...args) =>
  execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@example.com', ...args], { cwd: dir, encoding: 'utf8' });
git('init', '-q');
git('add', '-A');
git('commit', '-qm', 'corpus');
const victim = git('ls-files', '*.ts').split('\n')[0];
const original = readFileSync(join(dir, victim), 'utf8');
const cpuFile = join(dir, '..', `${dir.split('/').pop()}-cpu.json`);

/** Runs the scan once; returns wall and CPU milliseconds. */
function scan(args) {
  const start = performance.now();
  try {
    execFileSync(process.execPath, ['--import', REPORT_CPU, CLI, 'scan', '--format', 'json', '--quiet', ...args], {
      cwd: dir,
      env: { ...process.env, BENCH_CPU_FILE: cpuFile },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 28,
    });
  } catch (error) {
    if (error.status !== 1) throw error; // 1: the corpus has error-level findings
  }
  const wall = performance.now() - start;
  const { user, system } = JSON.parse(readFileSync(cpuFile, 'utf8'));
  return { wall, cpu: (user + system) / 1000 };
}

const runs = { 'no cache': [], cold: [], warm: [], 'one file changed': [] };
for (let i = 0; i < RUNS; i++) {
  runs['no cache'].push(scan(['--no-cache']));
  rmSync(join(dir, '.tollgate-cache'), { recursive: true, force: true });
  runs.cold.push(scan([]));
  runs.warm.push(scan([]));
  writeFileSync(join(dir, victim), `${original}\n// edited ${i}\n`);
  runs['one file changed'].push(scan([]));
  writeFileSync(join(dir, victim), original);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  `tollgate scan, ${FILES} files in git, median of ${RUNS}; ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), Node ${process.version}, load ${loadavg()[0].toFixed(2)}`,
);
for (const [name, list] of Object.entries(runs)) {
  const wall = median(list.map((r) => r.wall));
  const cpu = median(list.map((r) => r.cpu));
  console.log(`  ${name.padEnd(17)} wall ${wall.toFixed(0).padStart(5)} ms   CPU ${cpu.toFixed(0).padStart(5)} ms`);
}
rmSync(cpuFile, { force: true });
if (process.argv.includes('--keep')) console.log(`corpus kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });
