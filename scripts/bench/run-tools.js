// Runs the two scanners as separate processes, times them, and reads their findings.

import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { relative, sep } from 'node:path';

/** Rules that report a whole file rather than a line (scored apart from the line-level findings). */
export const FILE_LEVEL_RULES = new Set(['secrets/committed-dotenv']);

/**
 * Runs a command to completion and times the whole process (start-up included) with
 * `process.hrtime`. Standard output goes to the file `outFile` (read back afterwards):
 * secretlint's CLI calls process.exit() right after writing its report, which cuts a
 * large report short on a pipe but not on a file. With `cpuFile` (and the process
 * preloading report-cpu.js with BENCH_CPU_FILE set to it), also reads the CPU time the
 * process used. Resolves with the exit code, the output, standard error, the wall time
 * and the CPU time (null when unknown) in seconds.
 */
export async function runTimed(command, args, { cwd, env = process.env, outFile, cpuFile }) {
  const fd = openSync(outFile, 'w');
  if (cpuFile) rmSync(cpuFile, { force: true });
  try {
    const { code, signal, seconds, stderr } = await new Promise((resolve, reject) => {
      const err = [];
      const started = process.hrtime.bigint();
      const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, 'pipe'] });
      child.stderr.on('data', (chunk) => err.push(chunk));
      child.on('error', reject);
      child.on('close', (exitCode, exitSignal) => {
        const elapsed = Number(process.hrtime.bigint() - started) / 1e9;
        resolve({ code: exitCode, signal: exitSignal, seconds: elapsed, stderr: Buffer.concat(err).toString('utf8') });
      });
    });
    let cpuSeconds = null;
    if (cpuFile && existsSync(cpuFile)) {
      const usage = JSON.parse(readFileSync(cpuFile, 'utf8'));
      cpuSeconds = (usage.user + usage.system) / 1e6;
    }
    return { code, signal, seconds, cpuSeconds, stderr, stdout: readFileSync(outFile, 'utf8') };
  } finally {
    closeSync(fd);
  }
}

/**
 * Tollgate's JSON report as findings by line. Paths in it are relative to the scanned
 * root. File-level findings (a committed `.env`) and engine findings (`tollgate/...`)
 * are returned apart.
 */
export function parseTollgate(stdout) {
  const report = JSON.parse(stdout);
  const findings = [];
  const fileLevel = [];
  const other = [];
  for (const f of report.findings) {
    const item = { path: f.path, line: f.location.startLine, ruleId: f.ruleId };
    if (FILE_LEVEL_RULES.has(f.ruleId)) fileLevel.push(item);
    else if (f.ruleId.startsWith('secrets/')) findings.push(item);
    else other.push(item);
  }
  return { findings, fileLevel, other, filesAnalyzed: report.summary.filesAnalyzed, filesSkipped: report.summary.filesSkipped };
}

/**
 * secretlint's `--format json` output (an array of `{ filePath, messages: [{ loc: { start:
 * { line } }, ruleId }] }`, absolute paths) as findings by line relative to `root`.
 */
export function parseSecretlint(stdout, root) {
  const results = JSON.parse(stdout);
  const base = realpathSync(root);
  const findings = [];
  for (const file of results) {
    const path = relative(base, file.filePath).split(sep).join('/');
    for (const m of file.messages) findings.push({ path, line: m.loc.start.line, ruleId: m.ruleId });
  }
  return { findings, filesAnalyzed: results.length };
}
