#!/usr/bin/env node
// `npm run replay -- <payload.json> [--event NAME] [--publish]`: runs one webhook
// delivery through the App (the built dist/), as if GitHub had sent it, with the App's
// own Octokit (retries, throttling, GitHub Enterprise paths). Reads from the GitHub API
// the environment points at (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH, GHE_HOST /
// GHE_PROTOCOL for a GitHub Enterprise Server or a local stand-in). Dry run unless
// --publish: it reads and analyzes, then logs what it would publish.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const HELP = `Usage: npm run replay -- <payload.json> [--event NAME] [--publish]

Runs one webhook payload through the Tollgate App (build first: npm run build).

  --event NAME   the event (X-GitHub-Event); default: inferred from the payload
                 (pull_request, pull_request_review, check_run, check_suite)
  --publish      create the check run, comment and labels (default: dry run, log only)
  -h, --help     this text

Environment: APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH; GHE_HOST and GHE_PROTOCOL for
GitHub Enterprise Server or a local stand-in; TOLLGATE_* settings as for npm start.
Exit codes: 0 the delivery was handled, 1 the App failed it, 2 usage or set-up error.`;

function fail(message) {
  process.stderr.write(`replay: ${message}\n`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { event: { type: 'string' }, publish: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
  });
} catch (error) {
  fail(`${error.message}\n\n${HELP}`);
}
const { values, positionals } = parsed;
if (values.help) {
  process.stdout.write(`${HELP}\n`);
  process.exit(0);
}
if (positionals.length !== 1) fail(`expected one payload file.\n\n${HELP}`);

/** The event a payload belongs to, from the keys GitHub puts in each. */
function inferEvent(payload) {
  if (payload.review && payload.pull_request) return 'pull_request_review';
  if (payload.pull_request) return 'pull_request';
  if (payload.check_run) return 'check_run';
  if (payload.check_suite) return 'check_suite';
  return undefined;
}

let payload;
try {
  payload = JSON.parse(readFileSync(positionals[0], 'utf8'));
} catch (error) {
  fail(`${positionals[0]}: ${error.code === 'ENOENT' ? 'no such file' : `not a JSON payload (${error.message})`}.`);
}
const name = values.event ?? inferEvent(payload);
if (!name) fail(`${positionals[0]}: cannot tell the event from the payload; pass --event NAME.`);
if (!payload.installation?.id) fail(`${positionals[0]}: the payload has no installation.id; the App reviews only deliveries for an installation.`);

const appId = Number(process.env.APP_ID);
if (!Number.isInteger(appId) || appId <= 0) fail('APP_ID is not set (the GitHub App id).');
let privateKey = process.env.PRIVATE_KEY;
if (!privateKey && process.env.PRIVATE_KEY_PATH) {
  if (!existsSync(process.env.PRIVATE_KEY_PATH)) fail(`PRIVATE_KEY_PATH: no such file.`);
  privateKey = readFileSync(process.env.PRIVATE_KEY_PATH, 'utf8');
}
if (!privateKey) fail('PRIVATE_KEY or PRIVATE_KEY_PATH is not set (the App private key).');
if (!existsSync(new URL('../dist/app/index.js', import.meta.url))) fail('not built yet: run `npm run build` first.');

const { Probot } = await import('probot');
const { readAppConfig } = await import('../dist/app/app-config.js');
const { createTollgateApp } = await import('../dist/app/index.js');
const { createTollgateOctokit } = await import('../dist/app/tollgate-octokit.js');

// Replayed here, in this process: never queued for other instances, whatever REDIS_URL says.
const env = { ...process.env, TOLLGATE_DRY_RUN: values.publish ? '0' : '1', REDIS_URL: '' };
const config = readAppConfig(env);
const baseUrl = process.env.GHE_HOST ? `${process.env.GHE_PROTOCOL || 'https'}://${process.env.GHE_HOST}/api/v3` : undefined;
const probot = new Probot({
  appId,
  privateKey,
  ...(baseUrl ? { baseUrl } : {}),
  Octokit: createTollgateOctokit(config),
  logLevel: process.env.LOG_LEVEL || 'info',
});
// No HTTP server here: the App's routes (GET /health) have nowhere to go.
await probot.load(createTollgateApp({ config }), { cwd: process.cwd(), addHandler: () => undefined });
try {
  await probot.receive({ id: `replay-${randomUUID()}`, name, payload });
  probot.log.info({ event: name, dryRun: config.dryRun }, 'replay: delivery handled');
} catch (error) {
  probot.log.error({ event: name }, `replay: the App failed the delivery: ${error.message}`);
  process.exitCode = 1;
}
