#!/usr/bin/env node
// `npm run demo`: reviews the bundled example pull request with the Tollgate CLI.
//
// It builds a throw-away git repository from examples/procurement-agent (base/ on
// `main`, head/ on `feature/supplier-llm`), runs `tollgate review` on it exactly as a
// user would, prints what the pull request author and reviewers would be told, and
// writes the SARIF, JSON and Markdown reports to demo-output/.
//
// Exit 0 when the demo worked, even though the review itself fails the gate (the
// CLI exits 1 on error-level findings; that is the point of the example). Exit 1
// when the demo could not run (no git, CLI not built, CLI crashed or exited 2).
// Plain Node ESM with no dependencies, so it runs before anything else works.

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLE = join(ROOT, 'examples', 'procurement-agent');
const CLI = join(ROOT, 'bin', 'tollgate.js');
const BUILT_CLI = join(ROOT, 'dist', 'cli', 'main.js');
const OUTPUT_DIR = join(ROOT, 'demo-output');
const BASE_BRANCH = 'main';
const HEAD_BRANCH = 'feature/supplier-llm';
const REPORTS = [
  { format: 'json', file: 'review.json', what: 'JSON, for scripts and evidence' },
  { format: 'sarif', file: 'review.sarif', what: 'SARIF 2.1.0, for GitHub code scanning' },
  { format: 'markdown', file: 'review.md', what: 'Markdown, the pull-request comment' },
];

const keep = process.argv.includes('--keep');
const tty = process.stdout.isTTY === true && !process.env.NO_COLOR;
const bold = (s) => (tty ? `\x1b[1m${s}\x1b[22m` : s);
const dim = (s) => (tty ? `\x1b[2m${s}\x1b[22m` : s);

/** Environment for child processes: no inherited repository (e.g. when run from a git hook). */
const childEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR', 'GIT_PREFIX']) delete childEnv[name];

class DemoError extends Error {}

function main() {
  const started = Date.now();
  printHeader();
  preflight();

  const repo = mkdtempSync(join(tmpdir(), 'tollgate-demo-'));
  try {
    createRepository(repo);
    mkdirSync(OUTPUT_DIR, { recursive: true });
    for (const r of REPORTS) rmSync(join(OUTPUT_DIR, r.file), { force: true });

    // Reports first: the JSON summary tells which exit code every run must have, which
    // separates "the gate failed" (exit 1, as intended) from a crash (also exit 1 in Node).
    let expected;
    for (const r of REPORTS) {
      const out = join(OUTPUT_DIR, r.file);
      const run = runReview(repo, ['--format', r.format, '--output', out]);
      if (!existsSync(out) || statSync(out).size === 0) {
        if (run.stderr) process.stderr.write(run.stderr);
        throw new DemoError(`\`${run.shown}\` exited ${run.status} but wrote no report.`);
      }
      if (r.format === 'json') expected = expectedStatus(out, run);
      if (expected !== undefined) checkStatus(run, expected);
      // On success these runs only say where they wrote; the paths are listed at the end.
    }

    section('What the pull-request author is told', `tollgate review --base ${BASE_BRANCH} --head ${HEAD_BRANCH}`);
    const text = runReview(repo, [], { inheritTerminal: tty });
    checkStatus(text, expected);
    if (text.stdout) process.stdout.write(text.stdout.endsWith('\n') ? text.stdout : `${text.stdout}\n`);
    if (text.stderr) process.stderr.write(text.stderr);

    section('What the pull-request comment holds', `demo-output/review.md`);
    process.stdout.write(readFileSync(join(OUTPUT_DIR, 'review.md'), 'utf8').replace(/\n*$/, '\n'));

    section('Reports');
    for (const r of REPORTS) process.stdout.write(`  ${join(OUTPUT_DIR, r.file)}  ${dim(`(${r.what})`)}\n`);
    process.stdout.write(`\n${verdict(expected)}\n`);
    if (keep) process.stdout.write(`The example repository is kept at ${repo} (try: cd ${repo} && git log --stat).\n`);
    process.stdout.write(dim(`Demo finished in ${((Date.now() - started) / 1000).toFixed(1)} s.`) + '\n');
  } finally {
    if (!keep) rmSync(repo, { recursive: true, force: true });
  }
}

function printHeader() {
  process.stdout.write(
    [
      bold('Tollgate demo: reviewing a pull request to an AI procurement agent'),
      '',
      'The example repository (examples/procurement-agent) is an agent that reads purchase',
      'requests, checks suppliers in an ERP, drafts purchase orders with an LLM and posts',
      `approvals to Slack. Its pull request (branch ${HEAD_BRANCH}) adds an LLM connector that`,
      'ranks suppliers and gives the agent tools and an MCP server, and on the way hard-codes an',
      'API key and commits a .env file.',
      '',
      'This demo copies it into a temporary git repository, runs `tollgate review` on the change',
      'exactly as the GitHub App would, and writes the SARIF, JSON and Markdown reports to',
      `${OUTPUT_DIR}. Every secret in the output is masked.`,
      '',
    ].join('\n'),
  );
}

function section(title, detail) {
  const rule = '─'.repeat(Math.max(8, 78 - title.length - 4));
  process.stdout.write(`\n${bold(`── ${title} `)}${dim(rule)}\n`);
  if (detail) process.stdout.write(`${dim(`$ ${detail}`)}\n\n`);
}

function preflight() {
  const version = spawnSync('git', ['--version'], { env: childEnv, encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new DemoError('git is not available on PATH. Install git (https://git-scm.com/downloads) and run the demo again.');
  }
  if (!existsSync(BUILT_CLI)) {
    throw new DemoError(
      `the CLI is not built (${relative(ROOT, BUILT_CLI)} is missing). Run \`npm run demo\`, which builds first, or \`npm run build\`.`,
    );
  }
  for (const snapshot of ['base', 'head']) {
    if (!existsSync(join(EXAMPLE, snapshot))) throw new DemoError(`the example snapshot ${relative(ROOT, join(EXAMPLE, snapshot))} is missing.`);
  }
}

/** `main` holds base/, `feature/supplier-llm` holds head/ (files absent from head/ are deleted). */
function createRepository(repo) {
  git(repo, ['init', '--quiet']);
  // init.defaultBranch needs git 2.28; this works on any version.
  git(repo, ['symbolic-ref', 'HEAD', `refs/heads/${BASE_BRANCH}`]);
  copyTree(join(EXAMPLE, 'base'), repo);
  commit(repo, 'Procurement agent 1.4.0: rank suppliers by contract price');
  git(repo, ['checkout', '--quiet', '-b', HEAD_BRANCH]);
  for (const name of readdirSync(repo)) if (name !== '.git') rmSync(join(repo, name), { recursive: true, force: true });
  copyTree(join(EXAMPLE, 'head'), repo);
  commit(repo, 'Rank suppliers with an LLM (new supplier-llm connector)');
}

function commit(repo, message) {
  // --force: the snapshot is exactly what is committed, whatever the user's global excludes say.
  git(repo, ['add', '--all', '--force', '.']);
  git(repo, ['commit', '--quiet', '--no-verify', '-m', message]);
}

function git(cwd, args) {
  const config = [
    'user.name=Tollgate Demo',
    'user.email=demo@tollgate.invalid',
    'commit.gpgsign=false',
    'init.defaultBranch=main',
    'core.autocrlf=false',
    'core.safecrlf=false',
    `core.hooksPath=${join(cwd, '.git', 'no-hooks')}`,
  ].flatMap((c) => ['-c', c]);
  const result = spawnSync('git', [...config, ...args], { cwd, env: childEnv, encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : (result.stderr || result.stdout).trim().split('\n')[0];
    throw new DemoError(`git ${args[0]} failed while building the example repository: ${why}`);
  }
  return result.stdout;
}

function copyTree(from, to) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      copyTree(source, target);
    } else if (entry.isFile()) {
      copyFileSync(source, target);
    }
  }
}

/**
 * Runs `tollgate review` in the example repository. Exit 0 (clean) and 1 (error
 * findings) are both results; anything else means the demo failed.
 */
function runReview(repo, extra, { inheritTerminal = false } = {}) {
  const args = [CLI, 'review', '--base', BASE_BRANCH, '--head', HEAD_BRANCH, ...extra];
  const result = spawnSync(process.execPath, args, {
    cwd: repo,
    env: childEnv,
    encoding: 'utf8',
    // On a terminal the text report is coloured, so let the CLI write to it directly.
    stdio: inheritTerminal ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  const shown = `tollgate review --base ${BASE_BRANCH} --head ${HEAD_BRANCH}${extra.length ? ` ${extra.join(' ')}` : ''}`;
  if (result.error) throw new DemoError(`could not run \`${shown}\`: ${result.error.message}`);
  if (result.status !== 0 && result.status !== 1) {
    if (result.stderr) process.stderr.write(result.stderr);
    const how = result.status === null ? `was killed (${result.signal})` : `exited ${result.status}`;
    throw new DemoError(`\`${shown}\` ${how}; the review did not complete. See its message above.`);
  }
  return { shown, status: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

/** The exit code the JSON report implies: 1 when it holds error-level findings. */
function expectedStatus(jsonFile, run) {
  let report;
  try {
    report = JSON.parse(readFileSync(jsonFile, 'utf8'));
  } catch (error) {
    if (run.stderr) process.stderr.write(run.stderr);
    throw new DemoError(`\`${run.shown}\` wrote a report that is not JSON (${error.message}).`);
  }
  if (typeof report?.summary?.error !== 'number') throw new DemoError(`${jsonFile} has no summary.error count.`);
  return report.summary.error > 0 ? 1 : 0;
}

/** A run whose exit code disagrees with its own findings crashed (Node exits 1 on a crash too). */
function checkStatus(run, expected) {
  if (run.status === expected) return;
  if (run.stderr) process.stderr.write(run.stderr);
  throw new DemoError(`\`${run.shown}\` exited ${run.status}, but the JSON report implies exit ${expected}; the CLI failed. See its message above.`);
}

function verdict(status) {
  const summary = JSON.parse(readFileSync(join(OUTPUT_DIR, 'review.json'), 'utf8')).summary;
  const counts = ` ${summary.error} error(s), ${summary.warning} warning(s), ${summary.note} note(s), ${summary.suppressed} suppressed.`;
  if (status === 1) {
    return `${bold('The gate fails this pull request (tollgate exited 1), as it should.')}${counts}\nThe demo itself succeeded.`;
  }
  return `${bold('The review passed (tollgate exited 0).')}${counts}\nThe example pull request is meant to fail the gate: its planted secrets were not reported.`;
}

try {
  main();
} catch (error) {
  if (error instanceof DemoError) {
    process.stderr.write(`\ndemo failed: ${error.message}\n`);
  } else {
    process.stderr.write(`\ndemo failed unexpectedly: ${error instanceof Error ? error.stack : String(error)}\n`);
  }
  process.exitCode = 1;
}
