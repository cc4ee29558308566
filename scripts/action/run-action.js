#!/usr/bin/env node
// Entry of the GitHub Action (action.yml at the repository root runs it after building
// Tollgate in its own checkout). Reads the inputs the composite step passes as INPUT_*
// variables and the event payload ($GITHUB_EVENT_PATH); runs `tollgate review --base
// <base sha>` on pull-request events, `tollgate scan` otherwise; writes the SARIF file,
// prints workflow-command annotations, sets the step outputs ($GITHUB_OUTPUT), writes the
// job summary ($GITHUB_STEP_SUMMARY) and exits as the CLI and `fail-on` decide.
// The logic is in action-steps.js (pure, tested); this file only does the I/O.
// No network, except fetching the base commit from the repository's own remote when the
// checkout does not have it.

import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionOutputs, buildCliArgs, chooseMode, exitCodeFor, formatAnnotations, formatOutputs, formatSummary, readInputs } from './action-steps.js';

const CLI = fileURLToPath(new URL('../../bin/tollgate.js', import.meta.url));
const env = process.env;

/** Fails the step with one error annotation (the message holds no file content). */
function fail(message) {
  process.stdout.write(`::error title=tollgate::${message.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
  process.exit(2);
}

function tollgate(args, cwd, stdio = ['ignore', 'inherit', 'inherit']) {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, stdio, env: { ...env, NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 });
  if (run.error) fail(`could not start the tollgate CLI: ${run.error.message}`);
  return run;
}

function gitOk(args, cwd) {
  return spawnSync('git', args, { cwd, stdio: 'ignore' }).status === 0;
}

let inputs;
try {
  inputs = readInputs(env);
} catch (error) {
  fail(error.message);
}
const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
const eventName = env.GITHUB_EVENT_NAME ?? '';
let payload = {};
if (env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH)) {
  try {
    payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'));
  } catch {
    fail(`the event payload ${env.GITHUB_EVENT_PATH} is not valid JSON.`);
  }
}
let mode;
try {
  mode = chooseMode(eventName, payload);
} catch (error) {
  fail(error.message);
}

// A review runs in `path` (the repository it reviews); a scan runs in the workspace and scans `path`,
// so report paths are relative to the workspace either way (with pathPrefix for a review).
const cwd = mode.mode === 'review' ? resolve(workspace, inputs.path) : workspace;
const rel = relative(workspace, cwd).split(sep).join('/');
const pathPrefix = rel === '' ? '' : `${rel}/`;

if (mode.mode === 'review' && !gitOk(['cat-file', '-e', `${mode.base}^{commit}`], cwd)) {
  // actions/checkout fetches one commit by default; the base is on the repository's own remote.
  process.stdout.write(`tollgate: fetching the base commit ${mode.base} (check out with fetch-depth: 0 to skip this)\n`);
  if (!gitOk(['fetch', '--no-tags', '--quiet', '--depth=1', 'origin', mode.base], cwd)) {
    fail(`the base commit ${mode.base} is not in the checkout and could not be fetched. Use actions/checkout with fetch-depth: 0.`);
  }
}

// The flag is being added in parallel (issue 14): ask the CLI this checkout built whether the command has it.
const help = tollgate([mode.mode, '--help'], cwd, ['ignore', 'pipe', 'pipe']);
const supportsSarifCategory = String(help.stdout ?? '').includes('--sarif-category');
if (inputs.sarifCategory && !supportsSarifCategory) {
  // TODO(sarif-category): pass --sarif-category once every CLI the action builds has it (issue 14);
  // until then code scanning takes the category from upload-sarif's `category`.
  process.stdout.write('tollgate: this CLI has no --sarif-category; set `category` on github/codeql-action/upload-sarif instead.\n');
}

const sarifFile = resolve(workspace, inputs.sarifFile);
// Every rendering is written outside the workspace first: a scan run after another must not see its report as a new file.
const temp = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'tollgate-action-'));
const jsonFile = join(temp, 'report.json');
const markdownFile = join(temp, 'report.md');
const sarifTemp = join(temp, 'report.sarif');

// Three renderings of the same review; the first prints the summary and policy problems.
const first = tollgate(buildCliArgs(inputs, mode, { format: 'json', output: jsonFile }), cwd);
const cliCode = first.status ?? 2;
let report;
try {
  report = JSON.parse(readFileSync(jsonFile, 'utf8'));
} catch {
  fail(`tollgate exited ${cliCode} without a report; see the messages above.`);
}
tollgate(buildCliArgs(inputs, mode, { format: 'sarif', output: sarifTemp, quiet: true, supportsSarifCategory }), cwd);
tollgate(buildCliArgs(inputs, mode, { format: 'markdown', output: markdownFile, quiet: true }), cwd);
const markdown = existsSync(markdownFile) ? readFileSync(markdownFile, 'utf8') : '';
if (!existsSync(sarifTemp)) fail('tollgate wrote no SARIF file; see the messages above.');
mkdirSync(dirname(sarifFile), { recursive: true });
copyFileSync(sarifTemp, sarifFile);
rmSync(temp, { recursive: true, force: true });

const annotations = formatAnnotations(report, pathPrefix);
if (annotations.length > 0) process.stdout.write(`${annotations.join('\n')}\n`);

const outputs = actionOutputs(report, relative(workspace, sarifFile).split(sep).join('/') || inputs.sarifFile);
if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, formatOutputs(outputs, `tollgate_${randomBytes(16).toString('hex')}`));
if (env.GITHUB_STEP_SUMMARY && markdown) appendFileSync(env.GITHUB_STEP_SUMMARY, formatSummary(markdown, outputs['sarif-file']));

process.exit(exitCodeFor(cliCode, inputs.failOn, report));
