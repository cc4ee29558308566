#!/usr/bin/env node
// History scan budget (issue "history and drift"): `tollgate scan --history` over a
// generated repository of 2,000 commits, against `git log -p` over the same history,
// in the same run. Target: within 3x of `git log -p`.
// Options: --commits N (default 2000), --runs N (default 7; the two alternate, medians
// reported, since a shared 2-core machine moves single runs by 10-20 %), --keep.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'bin/tollgate.js');
const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const COMMITS = Number(arg('--commits') ?? 2000);
const RUNS = Number(arg('--runs') ?? 7);

// Deterministic pseudo-random content.
// mulberry32: a float LCG here would lose precision past 2^53 and cycle within a few dozen values.
let seed = 20261204;
const rand = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const word = () => Math.floor(rand() * 1e9).toString(36);
const FILES = 150;
let planted = 0;
const fileText = (i, version) => {
  const lines = [`// module ${i} version ${version}`, `import { client } from './client-${i % 10}';`];
  for (let l = 0; l < 30; l++) lines.push(`export const v${l} = '${word()}'; // ${word()} ${word()}`);
  // About one version in 50 adds a (fake, generated) Stripe key that the next version drops.
  if (rand() < 0.02) {
    planted++;
    const alnum = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    let key = 's' + 'k_live_';
    for (let k = 0; k < 24; k++) key += alnum[Math.floor(rand() * alnum.length)];
    lines.push(`const stripeKey = "${key}";`);
  }
  return `${lines.join('\n')}\n`;
};

/** A repository of COMMITS commits, each changing 1-3 of FILES files, written with git fast-import. */
function buildRepository() {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-history-bench-'));
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  const parts = [];
  const versions = new Array(FILES).fill(0);
  for (let c = 1; c <= COMMITS; c++) {
    parts.push(
      `commit refs/heads/main\nmark :${c}\ncommitter Bench <bench@example.com> ${1700000000 + c * 60} +0000\ndata <<EOM\ncommit ${c}\nEOM\n`,
    );
    if (c > 1) parts.push(`from :${c - 1}\n`);
    const n = c === 1 ? FILES : 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) {
      const i = c === 1 ? k : Math.floor(rand() * FILES);
      const text = fileText(i, ++versions[i]);
      parts.push(`M 100644 inline src/module-${i}.ts\ndata ${Buffer.byteLength(text)}\n${text}\n`);
    }
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: parts.join('') });
  execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
  return dir;
}

const time = (cmd, args, cwd) => {
  const start = process.hrtime.bigint();
  const run = spawnSync(cmd, args, { cwd, maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: run.status, stdout: run.stdout };
};

const dir = buildRepository();
const blobs = Number(
  execFileSync('git', ['rev-list', '--objects', '--all'], { cwd: dir })
    .toString()
    .split('\n')
    .filter((l) => l.includes(' ')).length,
);
const gitRuns = [];
const tollgateRuns = [];
let findings = 0;
let secretFindings = 0;
for (let r = 0; r < RUNS; r++) {
  gitRuns.push(time('git', ['log', '-p', 'HEAD'], dir).ms);
  const t = time(process.execPath, [CLI, 'scan', '--history', '--format', 'json', '--quiet'], dir);
  if (t.status !== 0 && t.status !== 1) throw new Error(`tollgate exited ${t.status}`);
  const report = JSON.parse(t.stdout.toString());
  findings = report.findings.length;
  secretFindings = report.findings.filter((f) => f.ruleId.startsWith('secrets/') && f.commit).length;
  tollgateRuns.push(t.ms);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const g = median(gitRuns);
const t = median(tollgateRuns);
process.stdout.write(
  [
    `history: ${COMMITS} commits, ${FILES} files, ${blobs} distinct file versions (generated; seed fixed)`,
    `machine: ${cpus()[0]?.model ?? 'cpu'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
    `  git log -p HEAD:              ${g.toFixed(0)} ms (median of ${RUNS})`,
    `  tollgate scan --history:      ${t.toFixed(0)} ms (median of ${RUNS}), ${findings} findings (${secretFindings} secrets with their commit; ${planted} planted)`,
    `  ratio tollgate / git log -p:  ${(t / g).toFixed(2)} (target <= 3)`,
    '',
  ].join('\n'),
);
if (!process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true });
else process.stdout.write(`kept ${dir}\n`);
