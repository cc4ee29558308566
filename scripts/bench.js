#!/usr/bin/env node
// `npm run bench`: Tollgate's `scan` against the secretlint CLI (recommended preset) on
// the same generated corpus of AI-connector code, at 1x and 10x its size.
//
// 1. Generates the corpus (seeded, deterministic; scripts/bench/generate-corpus.js) into
//    a temporary folder: 1x (~400 files) and 10x (the 1x files in ten sub-folders), plus
//    a folder with one small file to measure start-up.
// 2. Runs each tool as its own process on each folder, RUNS times (median), timing the
//    whole process with process.hrtime. "Warm" figures subtract the start-up time.
// 3. Scores each tool's findings against the corpus labels by line (precision, recall).
// 4. Runs Tollgate's engine (runReview) in this process over 1x and 10x, to show that a
//    long-lived process (the GitHub App, the language server) stays linear too.
// 5. Prints the tables and writes .bench/results.json.
//
// Options: --keep (keep the corpus folder), --seed N, --files N (1x size).
// Environment: BENCH_RUNS (default 3).

import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_FILES, DEFAULT_SEED, generateCorpus, replicateCorpus, writeCorpus } from './bench/generate-corpus.js';
import { parseSecretlint, parseTollgate, runTimed } from './bench/run-tools.js';
import { scoreFindings } from './bench/score-findings.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'bin', 'tollgate.js');
const BUILT = join(ROOT, 'dist', 'cli', 'main.js');
const RESULTS = join(ROOT, '.bench', 'results.json');
const REPORT_CPU = pathToFileURL(join(ROOT, 'scripts', 'bench', 'report-cpu.js')).href;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
/** A measurement whose first run takes longer than this is not repeated (keeps the bench under ~5 minutes). */
const LONG_RUN_SECONDS = 60;

const arg = (name) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const keep = process.argv.includes('--keep');
const seed = Number(arg('--seed') ?? DEFAULT_SEED);
const size = Number(arg('--files') ?? DEFAULT_FILES);

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function secretlintBin() {
  const dir = join(ROOT, 'node_modules', 'secretlint');
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.secretlint;
  return { path: join(dir, bin), version: pkg.version };
}

function preflight() {
  if (!existsSync(BUILT)) throw new Error('Tollgate is not built: run `npx tsc -b` (npm run bench does it for you).');
  if (!existsSync(join(ROOT, 'node_modules', 'secretlint', 'package.json'))) throw new Error('secretlint is not installed: run `npm ci`.');
}

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
  };
}

async function main() {
  preflight();
  // Other work on the machine skews every figure; the load is recorded with the results.
  const loadBefore = loadavg()[0];
  if (loadBefore > cpus().length / 2)
    log(`warning: the machine is busy (1-minute load ${loadBefore.toFixed(2)} on ${cpus().length} cores); figures will be noisy`);
  const secretlint = secretlintBin();
  const tollgateVersion = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
  const work = mkdtempSync(join(tmpdir(), 'tollgate-bench-'));
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  try {
    // ---- corpus
    const base = generateCorpus({ seed, files: size });
    const corpora = { '1x': base, '10x': replicateCorpus(base, 10) };
    const dirs = { startup: join(work, 'startup'), '1x': join(work, 'corpus-1x'), '10x': join(work, 'corpus-10x') };
    writeCorpus(dirs.startup, { files: [{ path: 'README.md', text: '# Nothing to see\n' }] });
    for (const scale of ['1x', '10x']) writeCorpus(dirs[scale], corpora[scale]);
    const rc = join(work, 'secretlintrc.json');
    writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }));
    const bytes = (c) => c.files.reduce((s, f) => s + Buffer.byteLength(f.text), 0);
    log(
      `corpus: ${base.files.length} files, ${(bytes(base) / 1e6).toFixed(2)} MB, ${base.labels.filter((l) => l.secret).length} planted secrets, ${base.labels.filter((l) => !l.secret).length} look-alikes (seed ${seed}) in ${work}`,
    );

    // `tollgate scan` as users run it (every analyzer), and with the secrets analyzer only:
    // the like-for-like comparison with a secret scanner.
    const secretsOnly = join(work, 'tollgate-secrets-only.yml');
    const analyzerIds = await analyzerIdsOf();
    writeFileSync(secretsOnly, `analyzers:\n${analyzerIds.map((id) => `  ${id}:\n    enabled: ${id === 'secrets'}\n`).join('')}`);
    const tools = [
      {
        name: 'tollgate',
        version: tollgateVersion,
        args: ['--import', REPORT_CPU, CLI, 'scan', '.', '--format', 'json', '--quiet'],
        parse: (out) => parseTollgate(out),
      },
      {
        name: 'tollgate-secrets',
        version: tollgateVersion,
        args: ['--import', REPORT_CPU, CLI, 'scan', '.', '--format', 'json', '--quiet', '--config', secretsOnly],
        parse: (out) => parseTollgate(out),
      },
      {
        name: 'secretlint',
        version: secretlint.version,
        args: ['--import', REPORT_CPU, secretlint.path, '--secretlintrc', rc, '--format', 'json', '--maskSecrets', '--no-color', '**/*'],
        parse: (out, dir) => parseSecretlint(out, dir),
      },
    ];

    // ---- CLI runs (the tools alternate, so drift in the machine hits both alike)
    const timings = {};
    const cpuTimings = {};
    const outputs = {};
    for (const scale of ['startup', '1x', '10x']) {
      for (let run = 1; run <= RUNS; run++) {
        for (const tool of tools) {
          const key = `${tool.name}/${scale}`;
          const runs = (timings[key] ??= []);
          if (runs.length > 0 && runs[0] > LONG_RUN_SECONDS) continue;
          const cpuFile = join(work, `${tool.name}-${scale}.cpu.json`);
          const result = await runTimed(process.execPath, tool.args, {
            cwd: dirs[scale],
            env: { ...env, BENCH_CPU_FILE: cpuFile },
            outFile: join(work, `${tool.name}-${scale}.json`),
            cpuFile,
          });
          if (result.code !== 0 && result.code !== 1) {
            throw new Error(`${tool.name} on ${scale} exited ${result.code ?? result.signal}:\n${result.stderr.slice(0, 2000)}`);
          }
          runs.push(result.seconds);
          if (result.cpuSeconds !== null) (cpuTimings[key] ??= []).push(result.cpuSeconds);
          outputs[key] = result.stdout;
          log(`${tool.name} ${scale} run ${run}/${RUNS}: ${result.seconds.toFixed(2)} s wall, ${result.cpuSeconds?.toFixed(2) ?? '?'} s CPU`);
        }
      }
    }

    // ---- scores and throughput
    const rows = [];
    const scores = {};
    for (const scale of ['1x', '10x']) {
      const corpus = corpora[scale];
      const files = corpus.files.length;
      const mb = bytes(corpus) / 1e6;
      for (const tool of tools) {
        const key = `${tool.name}/${scale}`;
        const parsed = tool.parse(outputs[key], dirs[scale]);
        if (parsed.filesAnalyzed !== files) log(`warning: ${tool.name} analyzed ${parsed.filesAnalyzed} of ${files} files at ${scale}`);
        const score = scoreFindings(corpus.labels, parsed.findings);
        scores[key] = score;
        const seconds = median(timings[key]);
        const startup = median(timings[`${tool.name}/startup`]);
        // On a tiny corpus the difference can vanish in the noise: no warm figure then.
        const warm = seconds - startup > 0.01 ? seconds - startup : null;
        const cpu = cpuTimings[key] ? median(cpuTimings[key]) : null;
        const cpuStartup = cpuTimings[`${tool.name}/startup`] ? median(cpuTimings[`${tool.name}/startup`]) : null;
        rows.push({
          tool: tool.name,
          version: tool.version,
          scale,
          files,
          filesAnalyzed: parsed.filesAnalyzed,
          megabytes: round(mb, 3),
          runs: timings[key].map((s) => round(s, 3)),
          seconds: round(seconds, 3),
          filesPerSecond: round(files / seconds, 1),
          megabytesPerSecond: round(mb / seconds, 3),
          startupSeconds: round(startup, 3),
          warmSeconds: warm === null ? null : round(warm, 3),
          warmFilesPerSecond: warm === null ? null : round(files / warm, 1),
          warmMegabytesPerSecond: warm === null ? null : round(mb / warm, 3),
          cpuRuns: (cpuTimings[key] ?? []).map((x) => round(x, 3)),
          cpuSeconds: cpu === null ? null : round(cpu, 3),
          cpuStartupSeconds: cpuStartup === null ? null : round(cpuStartup, 3),
          cpuFilesPerSecond: cpu === null ? null : round(files / cpu, 1),
          msPerFile: round((seconds * 1000) / files, 3),
          warmMsPerFile: warm === null ? null : round((warm * 1000) / files, 3),
          precision: score.precision === null ? null : round(score.precision, 3),
          recall: score.recall === null ? null : round(score.recall, 3),
          tp: score.tp,
          fp: score.fp,
          fn: score.fn,
          ...(parsed.fileLevel ? { fileLevelFindings: parsed.fileLevel.length } : {}),
          ...(parsed.other?.length ? { otherFindings: parsed.other.length } : {}),
        });
      }
    }
    for (const row of rows) {
      const peer = rows.find((r) => r.tool === 'secretlint' && r.scale === row.scale);
      row.throughputRatio = round(row.filesPerSecond / peer.filesPerSecond, 2);
      row.warmThroughputRatio = row.warmFilesPerSecond && peer.warmFilesPerSecond ? round(row.warmFilesPerSecond / peer.warmFilesPerSecond, 2) : null;
      row.cpuThroughputRatio = row.cpuFilesPerSecond && peer.cpuFilesPerSecond ? round(row.cpuFilesPerSecond / peer.cpuFilesPerSecond, 2) : null;
    }
    const scaling = {};
    for (const tool of tools) {
      const one = rows.find((r) => r.tool === tool.name && r.scale === '1x');
      const ten = rows.find((r) => r.tool === tool.name && r.scale === '10x');
      scaling[tool.name] = {
        msPerFile1x: one.msPerFile,
        msPerFile10x: ten.msPerFile,
        timeRatio10xTo1x: round(ten.seconds / one.seconds, 2),
        warmMsPerFile1x: one.warmMsPerFile,
        warmMsPerFile10x: ten.warmMsPerFile,
        warmTimeRatio10xTo1x: one.warmSeconds && ten.warmSeconds ? round(ten.warmSeconds / one.warmSeconds, 2) : null,
        cpuTimeRatio10xTo1x: one.cpuSeconds && ten.cpuSeconds ? round(ten.cpuSeconds / one.cpuSeconds, 2) : null,
      };
    }

    // ---- Tollgate's engine in one long-lived process
    log('in-process: runReview over 1x (cold, warming), 1x, 10x, 1x');
    const inProcess = await benchInProcess(corpora);

    const results = {
      generatedAt: new Date().toISOString(),
      machine: { ...machine(), loadAverage1m: { before: round(loadBefore, 2), after: round(loadavg()[0], 2) } },
      method: {
        runs: RUNS,
        statistic: 'median',
        longRunSeconds: LONG_RUN_SECONDS,
        timing:
          'wall time of the whole process (process.hrtime around spawn..exit), start-up included; warm = median minus the median on a folder holding one small file; CPU = user + system time of the process (process.cpuUsage at exit, via a preloaded module), start-up included',
        scoring:
          'by line: a finding on a labelled secret line is a TP (once per secret), on any other line a FP (once per line); a secret line without a finding is a FN. File-level findings (a committed .env) are counted apart.',
        tollgate: `node bin/tollgate.js scan . --format json --quiet (cwd = corpus)`,
        'tollgate-secrets': 'the same with --config <policy that turns every analyzer but secrets off>',
        secretlint: `node node_modules/secretlint/${secretlint.path.split('node_modules/secretlint/')[1]} --secretlintrc <rc> --format json --maskSecrets --no-color "**/*" (cwd = corpus; rc = @secretlint/secretlint-rule-preset-recommend only)`,
      },
      corpus: {
        seed,
        files: base.files.length,
        megabytes: round(bytes(base) / 1e6, 3),
        secrets: base.labels.filter((l) => l.secret).length,
        lookAlikes: base.labels.filter((l) => !l.secret).length,
        replicated10x: 'the 1x files copied into 10 sub-folders (x01..x10)',
      },
      cli: rows,
      scaling,
      inProcess,
      byCategory: Object.fromEntries(tools.map((t) => [t.name, scores[`${t.name}/1x`].byCategory])),
      falsePositives: Object.fromEntries(tools.map((t) => [t.name, scores[`${t.name}/1x`].falsePositives])),
      // Where each tool missed or over-reported at 1x: path, line and category only, never content.
      misses: Object.fromEntries(tools.map((t) => [t.name, scores[`${t.name}/1x`].missed])),
      falseAlarms: Object.fromEntries(tools.map((t) => [t.name, scores[`${t.name}/1x`].falseLines])),
    };
    mkdirSync(join(ROOT, '.bench'), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    print(results);
    process.stdout.write(`\nResults: ${RESULTS}\n`);
  } finally {
    if (keep) log(`corpus kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The ids of Tollgate's analyzers, from the built registry. */
async function analyzerIdsOf() {
  const { ANALYZERS } = await import(pathToFileURL(join(ROOT, 'dist', 'shared', 'analyzer', 'registry.js')).href);
  return ANALYZERS.map((a) => a.id);
}

/** Runs Tollgate's engine over the corpora in this process: 1x twice to warm up, then 1x, 10x and 1x again. */
async function benchInProcess(corpora) {
  const load = (path) => import(pathToFileURL(join(ROOT, 'dist', 'shared', path)).href);
  const { runReview } = await load('engine/run-review.js');
  const { ANALYZERS } = await load('analyzer/registry.js');
  const { DEFAULT_POLICY } = await load('policy/policy-schema.js');
  const once = async (scale) => {
    const head = new Map(corpora[scale].files.map((f) => [f.path, f.text]));
    const cpuStarted = process.cpuUsage();
    const started = process.hrtime.bigint();
    const result = await runReview({ head, policy: DEFAULT_POLICY, analyzers: ANALYZERS });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const cpu = process.cpuUsage(cpuStarted);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    return {
      scale,
      files: head.size,
      ms: round(ms, 1),
      msPerFile: round(ms / head.size, 3),
      cpuMs: round(cpuMs, 1),
      cpuMsPerFile: round(cpuMs / head.size, 3),
      findings: result.findings.length,
    };
  };
  const runs = [];
  // Two runs to load and warm up (JIT), then 1x, 10x and 1x again.
  for (const [label, scale] of [
    ['1x (cold)', '1x'],
    ['1x (warming)', '1x'],
    ['1x', '1x'],
    ['10x', '10x'],
    ['1x (after 10x)', '1x'],
  ]) {
    const r = await once(scale);
    runs.push({ run: label, ...r });
    log(`in-process ${label}: ${r.ms} ms, ${r.msPerFile} ms/file, ${r.cpuMs} ms CPU`);
  }
  const warm1x = runs[2];
  const tenX = runs[3];
  return {
    runs,
    msPerFile1x: warm1x.msPerFile,
    msPerFile10x: tenX.msPerFile,
    timeRatio10xTo1x: round(tenX.ms / warm1x.ms, 2),
    cpuTimeRatio10xTo1x: round(tenX.cpuMs / warm1x.cpuMs, 2),
  };
}

function round(x, digits) {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function table(headers, rows) {
  const cells = [headers, ...rows.map((r) => r.map((c) => (c === null || c === undefined ? '-' : String(c))))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function print(results) {
  const { machine: m, cli, scaling, inProcess, corpus } = results;
  const out = [];
  out.push(
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.os} (1-minute load ${m.loadAverage1m.before} before, ${m.loadAverage1m.after} after)`,
  );
  out.push(
    `Corpus: ${corpus.files} files (${corpus.megabytes} MB) at 1x, ${corpus.secrets} planted secrets, ${corpus.lookAlikes} look-alikes, seed ${corpus.seed}; 10x = ${corpus.replicated10x}`,
  );
  out.push(
    `Runs: median of ${results.method.runs} (a measurement over ${results.method.longRunSeconds} s runs once); wall time includes start-up, warm subtracts it`,
  );
  out.push('');
  out.push(
    table(
      ['tool', 'scale', 'files', 'MB', 'seconds', 'files/s', 'MB/s', 'ratio', 'precision', 'recall', 'TP', 'FP', 'FN'],
      cli.map((r) => [
        `${r.tool} ${r.version}`,
        r.scale,
        r.files,
        r.megabytes.toFixed(2),
        r.seconds.toFixed(2),
        r.filesPerSecond,
        r.megabytesPerSecond.toFixed(2),
        r.throughputRatio.toFixed(2),
        r.precision?.toFixed(3),
        r.recall?.toFixed(3),
        r.tp,
        r.fp,
        r.fn,
      ]),
    ),
  );
  out.push('ratio = tollgate files/s / secretlint files/s at the same scale (above 1: tollgate is faster)');
  out.push('');
  out.push('Start-up subtracted (warm) and CPU time (user + system; steady when the machine is busy):');
  out.push(
    table(
      ['tool', 'scale', 'start-up s', 'warm s', 'warm files/s', 'warm ratio', 'CPU s', 'CPU start-up s', 'files/CPU s', 'CPU ratio'],
      cli.map((r) => [
        r.tool,
        r.scale,
        r.startupSeconds.toFixed(2),
        r.warmSeconds?.toFixed(2),
        r.warmFilesPerSecond,
        r.warmThroughputRatio?.toFixed(2),
        r.cpuSeconds?.toFixed(2),
        r.cpuStartupSeconds?.toFixed(2),
        r.cpuFilesPerSecond,
        r.cpuThroughputRatio?.toFixed(2),
      ]),
    ),
  );
  const fileLevel = cli.filter((r) => r.fileLevelFindings !== undefined && r.scale === '1x');
  for (const r of fileLevel)
    out.push(`${r.tool} also reported ${r.fileLevelFindings} file-level finding(s) at 1x (committed .env files), not scored by line`);
  for (const r of cli.filter((x) => x.otherFindings && x.scale === '1x'))
    out.push(`${r.tool} also reported ${r.otherFindings} finding(s) of its other analyzers at 1x (not secrets; not scored)`);
  out.push('');
  out.push('Scaling (time per file; a 10x/1x time ratio of ~10 means linear):');
  out.push(
    table(
      ['tool', 'ms/file 1x', 'ms/file 10x', '10x/1x time', 'warm ms/file 1x', 'warm ms/file 10x', 'warm 10x/1x time', 'CPU 10x/1x'],
      Object.entries(scaling).map(([tool, s]) => [
        tool,
        s.msPerFile1x.toFixed(3),
        s.msPerFile10x.toFixed(3),
        s.timeRatio10xTo1x.toFixed(2),
        s.warmMsPerFile1x?.toFixed(3),
        s.warmMsPerFile10x?.toFixed(3),
        s.warmTimeRatio10xTo1x?.toFixed(2),
        s.cpuTimeRatio10xTo1x?.toFixed(2),
      ]),
    ),
  );
  out.push('');
  out.push('Tollgate engine in one process (runReview, no I/O):');
  out.push(
    table(
      ['run', 'files', 'ms', 'ms/file', 'CPU ms', 'CPU ms/file', 'findings (all analyzers)'],
      inProcess.runs.map((r) => [r.run, r.files, r.ms.toFixed(1), r.msPerFile.toFixed(3), r.cpuMs.toFixed(1), r.cpuMsPerFile.toFixed(3), r.findings]),
    ),
  );
  out.push(`10x/1x time: ${inProcess.timeRatio10xTo1x.toFixed(2)} (CPU: ${inProcess.cpuTimeRatio10xTo1x.toFixed(2)})`);
  out.push('');
  out.push('Recall by category at 1x (found/planted):');
  const cats = Object.keys(results.byCategory.tollgate).sort();
  out.push(
    table(
      ['category', 'tollgate', 'secretlint'],
      cats.map((c) => [
        c,
        ...['tollgate', 'secretlint'].map((t) => `${results.byCategory[t][c]?.found ?? 0}/${results.byCategory[t][c]?.planted ?? 0}`),
      ]),
    ),
  );
  out.push('');
  out.push('False-positive lines at 1x by what was on the line:');
  const fpCats = [...new Set(Object.values(results.falsePositives).flatMap((f) => Object.keys(f)))].sort();
  out.push(
    table(
      ['look-alike', 'tollgate', 'secretlint'],
      fpCats.map((c) => [c, results.falsePositives.tollgate[c] ?? 0, results.falsePositives.secretlint[c] ?? 0]),
    ),
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

/**
 * The other budgets, each its own script (runnable alone too): scope extraction over
 * 2,000 TypeScript files, the GitHub App on a 300-file pull request against the
 * stand-in answering after 30 ms, and the language server on a 2,000-line file.
 * `--only scan` skips them; `--only scopes|app|lsp|history` runs just that one.
 */
const OTHER_BENCHES = [
  ['scopes', 'scripts/bench/scopes-bench.js'],
  ['app', 'scripts/bench/app-bench.js'],
  ['lsp', 'scripts/bench/lsp-bench.js'],
  ['history', 'scripts/bench/history-bench.js'],
];

async function runOtherBenches(only) {
  const { spawnSync } = await import('node:child_process');
  for (const [name, script] of OTHER_BENCHES) {
    if (only && only !== name) continue;
    process.stdout.write(`\n== ${name} (${script}) ==\n`);
    const run = spawnSync(process.execPath, [join(ROOT, script)], { stdio: 'inherit', cwd: ROOT });
    if (run.status !== 0) {
      log(`${script} exited ${run.status}`);
      process.exitCode = 1;
    }
  }
}

const only = arg('--only');
(only && only !== 'scan' ? Promise.resolve() : main())
  .then(() => (only === 'scan' ? undefined : runOtherBenches(only)))
  .catch((error) => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
