#!/usr/bin/env node
// The GitHub App benchmark (issue 6): reviews a 300-file pull request against the
// GitHub stand-in (test/app/github-stand-in.ts) answering every request after 30 ms,
// with the App's production settings (Octokit's throttling and retry as Probot enables
// them: writes one second apart, comments three). Reports the time from the webhook to
// the completed check run and to the end of publishing, and the API calls by endpoint.
//
// Run alone after `npx tsc -b`:  node scripts/bench/app-bench.js [--files N] [--latency MS] [--runs N]
// Scale-out (issue 16; needs redis-server): node scripts/bench/app-bench.js --scale-out [--prs 12] [--files 100] [--latency MS]
//   12 pull requests in 3 repositories, webhooks to the first webhook -> every check run and
//   comment published: one instance without Redis, one with Redis, two with Redis.
// From another script:           const { runAppBench } = await import('./bench/app-bench.js');
//                                const result = await runAppBench({ files: 300, latencyMs: 30, runs: 3 });
//
// The stand-in is TypeScript under test/; it is transpiled here with the TypeScript
// compiler (a devDependency) into a temporary module, so no build step beyond `tsc -b`.

import { createHmac, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(import.meta.url);

async function loadStandIn() {
  const ts = require('typescript');
  const source = readFileSync(join(ROOT, 'test', 'app', 'github-stand-in.ts'), 'utf8');
  const out = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } });
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-app-bench-'));
  const file = join(dir, 'github-stand-in.mjs');
  writeFileSync(file, out.outputText);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function fileText(i, secret) {
  const lines = [`// generated file ${i}`, `import { client } from '../lib/client.js';`, ''];
  for (let n = 0; n < 36; n++) lines.push(`export function handler${i}_${n}(input: string): string { return client.call('op-${n}', input); }`);
  if (secret) lines.push(`const stripeKey = "${secret}";`);
  return `${lines.join('\n')}\n`;
}

function randomToken(n) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Runs the benchmark and returns its figures (median over `runs` pull requests).
 * @param {{ files?: number, latencyMs?: number, runs?: number, quiet?: boolean }} [options]
 */
export async function runAppBench(options = {}) {
  const files = options.files ?? 300;
  const latencyMs = options.latencyMs ?? 30;
  const runs = Math.max(1, options.runs ?? 3);
  const { startGitHubStandIn } = await loadStandIn();
  const { readAppConfig } = await import(pathToFileURL(join(ROOT, 'dist', 'app', 'app-config.js')).href);

  const { appId, secret, key } = benchAppIdentity();
  const github = await startGitHubStandIn({ appPublicKey: key.publicKey, appId, latencyMs });
  const config = readAppConfig({ APP_ID: String(appId) }); // production defaults: no spacing overrides
  const { server, url: appUrl } = await startAppServer({ appId, key, secret, github, config });
  const examples = require('@octokit/webhooks-examples');
  const template = examples.find((e) => e.name === 'pull_request').examples.find((x) => x.action === 'opened');

  const samples = [];
  try {
    for (let run = 0; run < runs + 1; run++) {
      // Run 0 warms up (module loading, JIT, installation token) and is not counted.
      const repo = `bench-${run}`;
      const baseFiles = { 'README.md': '# bench\n' };
      const modified = Math.floor(files / 3);
      for (let i = 0; i < modified; i++) baseFiles[`src/mod/file${i}.ts`] = fileText(i);
      const base = github.createRepo('acme', repo, baseFiles);
      const changes = {};
      for (let i = 0; i < modified; i++) changes[`src/mod/file${i}.ts`] = fileText(i).replace('op-3', 'op-3b');
      for (let i = modified; i < files; i++)
        changes[`src/new/file${i}.ts`] = fileText(i, i === files - 1 ? ['sk', 'live', randomToken(24)].join('_') : undefined);
      const head = github.commit(base, changes);
      const number = github.openPull('acme', repo, { base, head });
      const payload = structuredClone(template);
      Object.assign(payload.repository, { name: repo, full_name: `acme/${repo}` });
      payload.repository.owner.login = 'acme';
      payload.installation = { id: 77 };
      payload.number = number;
      Object.assign(payload.pull_request, { number });
      payload.pull_request.head.sha = head;
      payload.pull_request.base.sha = base;
      const body = JSON.stringify(payload);
      // Let the previous run's write spacing (1 s; 3 s for comments) lapse: each run is one pull request on its own.
      if (run > 0) await new Promise((r) => setTimeout(r, 3100));
      github.reset();
      const t0 = Date.now();
      const res = await sendWebhook(appUrl, secret, body);
      if (res.status !== 200 && res.status !== 202) throw new Error(`webhook answered ${res.status} (more than 9 s, or an error)`);
      // The App queues reviews (202 Accepted): wait for the check run, then for the
      // publishing after it to go quiet (no request for a second).
      const isCompleted = (r) => r.route === 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}' && r.body.includes('"status":"completed"');
      for (let waited = 0; !github.requests.some(isCompleted) && waited < 60_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      const completed = github.requests.find(isCompleted);
      if (!completed) throw new Error('the check run was not completed');
      for (let seen = -1; seen !== github.requests.length;) {
        seen = github.requests.length;
        await new Promise((r) => setTimeout(r, 1000));
      }
      const t1 = Math.max(...github.requests.map((r) => r.endedAt ?? 0));
      const calls = {};
      for (const r of github.requests) calls[r.route] = (calls[r.route] ?? 0) + 1;
      if (process.env.BENCH_TRACE)
        for (const r of github.requests) console.error(`${r.startedAt - t0} ms -> ${r.endedAt - t0} ms  ${r.status}  ${r.route}`);
      if (run > 0) samples.push({ checkCompletedMs: completed.endedAt - t0, publishedMs: t1 - t0, calls, total: github.requests.length });
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await github.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const result = {
    files,
    latencyMs,
    runs,
    checkCompletedMs: median(samples.map((s) => s.checkCompletedMs)),
    publishedMs: median(samples.map((s) => s.publishedMs)),
    totalCalls: median(samples.map((s) => s.total)),
    calls: samples[Math.floor(samples.length / 2)].calls,
  };
  if (!options.quiet) {
    console.log(`GitHub App: ${files}-file pull request, stand-in latency ${latencyMs} ms, median of ${runs}`);
    console.log(`  webhook -> check run completed: ${result.checkCompletedMs} ms (target < 2000 ms)`);
    console.log(`  webhook -> everything published (comment included): ${result.publishedMs} ms`);
    console.log(`  API calls: ${result.totalCalls}`);
    for (const [route, n] of Object.entries(result.calls).sort()) console.log(`    ${String(n).padStart(4)}  ${route}`);
  }
  return result;
}

/** Starts `redis-server` on a free loopback port, persistence off; resolves its URL and a stop function. */
async function startRedis() {
  const { spawn } = await import('node:child_process');
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const port = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    let out = '';
    child.on('error', (error) => reject(new Error(`redis-server: ${error.message} (install it: apt-get install redis-server)`)));
    child.on('exit', (code) => reject(new Error(`redis-server exited with code ${code}`)));
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('Ready to accept connections')) resolve();
    });
  });
  child.stdout.resume();
  return { url: `redis://127.0.0.1:${port}`, stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))) };
}

/**
 * The scale-out benchmark (issue 16): `prs` pull requests (`files` files each) in three
 * repositories, their `opened` webhooks sent at once (round-robin over the instances),
 * timed from the first webhook to every check run completed and every sticky comment
 * published. Three shapes: one instance without Redis (in-memory queue), one instance
 * with Redis, two instances with Redis (each its own Probot server, BullMQ worker and
 * review thread, in this process). Octokit's write spacing is turned off
 * (`TOLLGATE_WRITE_SPACING_MS=0`, as in the tests): with production spacing, writes of
 * one installation are a second apart (comments three) across all instances when they
 * share Redis, which bounds every shape alike and hides the reviews' own cost.
 * @param {{ prs?: number, files?: number, latencyMs?: number, quiet?: boolean }} [options]
 */
export async function runScaleOutBench(options = {}) {
  const prs = options.prs ?? 12;
  const files = options.files ?? 100;
  const latencyMs = options.latencyMs ?? 30;
  const { startGitHubStandIn } = await loadStandIn();
  const { readAppConfig } = await import(pathToFileURL(join(ROOT, 'dist', 'app', 'app-config.js')).href);
  const examples = require('@octokit/webhooks-examples');
  const template = examples.find((e) => e.name === 'pull_request').examples.find((x) => x.action === 'opened');
  const { appId, secret, key } = benchAppIdentity();
  const redis = await startRedis();

  const shape = async (instances, redisUrl) => {
    const github = await startGitHubStandIn({ appPublicKey: key.publicKey, appId, latencyMs });
    const env = {
      APP_ID: String(appId),
      TOLLGATE_WRITE_SPACING_MS: '0',
      TOLLGATE_NOTIFICATION_SPACING_MS: '0',
      ...(redisUrl ? { REDIS_URL: redisUrl, TOLLGATE_QUEUE_PREFIX: `bench-${randomUUID().slice(0, 8)}` } : {}),
    };
    const config = readAppConfig(env);
    const apps = [];
    for (let i = 0; i < instances; i++) {
      let handlers;
      const { server, url } = await startAppServer({
        appId,
        key,
        secret,
        github,
        config,
        redisUrl,
        appOptions: { instance: `bench-${i}`, onRegistered: (h) => (handlers = h) },
      });
      apps.push({ server, handlers, url });
    }
    const makePull = (repo, base, changes) => {
      const head = github.commit(base, changes);
      return { repo, head, base, number: github.openPull('acme', repo, { base, head }) };
    };
    const send = async (pr, url) => {
      const payload = structuredClone(template);
      Object.assign(payload.repository, { name: pr.repo, full_name: `acme/${pr.repo}` });
      payload.repository.owner.login = 'acme';
      payload.installation = { id: 77 };
      payload.number = pr.number;
      Object.assign(payload.pull_request, { number: pr.number });
      payload.pull_request.head.sha = pr.head;
      payload.pull_request.base.sha = pr.base;
      const body = JSON.stringify(payload);
      const res = await sendWebhook(url, secret, body);
      if (res.status !== 200 && res.status !== 202) throw new Error(`webhook answered ${res.status}`);
    };
    const published = async (list) => {
      const done = () =>
        list.every(
          (pr) =>
            github.checkRuns.some((c) => c.repoKey === `acme/${pr.repo}` && c.head_sha === pr.head && c.status === 'completed') &&
            github.comments.some((c) => c.repoKey === `acme/${pr.repo}` && c.issue === pr.number),
        );
      for (let waited = 0; !done(); waited += 20) {
        if (waited > 300_000) throw new Error('not every pull request was published within 5 minutes');
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const t = { t0: 0 };
    try {
      // Warm-up, not counted: one small pull request per instance starts its review thread.
      const warm = github.createRepo('acme', 'warm-up', { 'README.md': '# warm\n' });
      const warmPulls = apps.map((_, i) => makePull('warm-up', warm, { [`src/w${i}.ts`]: fileText(i) }));
      await Promise.all(warmPulls.map((pr, i) => send(pr, apps[i].url)));
      await published(warmPulls);
      const pulls = [];
      for (let r = 0; r < 3; r++) {
        const repo = `scale-${r}`;
        const baseFiles = { 'README.md': '# bench\n' };
        for (let i = 0; i < files; i++) baseFiles[`src/mod/file${i}.ts`] = fileText(i);
        const base = github.createRepo('acme', repo, baseFiles);
        for (let n = r; n < prs; n += 3) {
          const changes = {};
          for (let i = 0; i < files; i++) changes[`src/mod/file${i}.ts`] = fileText(i).replace('op-3', `op-3-pr${n}`);
          pulls.push(makePull(repo, base, changes));
        }
      }
      github.reset();
      t.t0 = Date.now();
      await Promise.all(pulls.map((pr, i) => send(pr, apps[i % apps.length].url)));
      await published(pulls);
      return { ms: Date.now() - t.t0, calls: github.requests.length };
    } finally {
      for (const app of apps) {
        app.server.closeAllConnections();
        await new Promise((resolve) => app.server.close(resolve));
        await app.handlers?.close();
      }
      await github.close();
    }
  };

  let result;
  try {
    // A warm-up (module loading, JIT, the review thread's first start) that is not counted.
    await shape(1, undefined);
    result = {
      prs,
      files,
      latencyMs,
      cpus: (await import('node:os')).availableParallelism(),
      oneInstance: await shape(1, undefined),
      oneInstanceRedis: await shape(1, redis.url),
      twoInstancesRedis: await shape(2, redis.url),
    };
  } finally {
    await redis.stop();
  }
  if (!options.quiet) {
    console.log(`GitHub App scale-out: ${prs} pull requests x ${files} files, 3 repositories, stand-in latency ${latencyMs} ms, ${result.cpus} CPUs`);
    console.log(`  one instance, no Redis (in-memory queue): ${result.oneInstance.ms} ms, ${result.oneInstance.calls} API calls`);
    console.log(`  one instance + Redis:                     ${result.oneInstanceRedis.ms} ms, ${result.oneInstanceRedis.calls} API calls`);
    console.log(`  two instances + Redis:                    ${result.twoInstancesRedis.ms} ms, ${result.twoInstancesRedis.calls} API calls`);
  }
  return result;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  mkdirSync(join(ROOT, '.bench'), { recursive: true });
  if (process.argv.includes('--scale-out')) {
    const result = await runScaleOutBench({ prs: arg('--prs', 12), files: arg('--files', 100), latencyMs: arg('--latency', 30) });
    writeFileSync(join(ROOT, '.bench', 'app-scale-out-results.json'), `${JSON.stringify(result, null, 2)}\n`);
    // Done. Probot's throttling opens an ioredis client of its own from REDIS_URL
    // (probot/lib/octokit/get-octokit-throttle-options.js) and offers no way to close it:
    // after redis-server stops it reconnects forever and would keep this process alive.
    process.exit(0);
  } else {
    const result = await runAppBench({ files: arg('--files', 300), latencyMs: arg('--latency', 30), runs: arg('--runs', 3) });
    writeFileSync(join(ROOT, '.bench', 'app-results.json'), `${JSON.stringify(result, null, 2)}\n`);
  }
}

/** The App on a real HTTP server on a free loopback port, talking to the stand-in; `url` is its webhook path. */
/** The benchmarked App's id, webhook secret and a fresh RSA key pair (its private key signs, the stand-in checks). */
function benchAppIdentity() {
  const key = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { appId: 4242, secret: 'bench-webhook-secret', key };
}

async function startAppServer({ appId, key, secret, github, config, redisUrl, appOptions = {} }) {
  const { Probot, createNodeMiddleware } = await import('probot');
  const { pino } = await import('pino');
  const { createTollgateApp } = await import(pathToFileURL(join(ROOT, 'dist', 'app', 'index.js')).href);
  const { createTollgateOctokit } = await import(pathToFileURL(join(ROOT, 'dist', 'app', 'tollgate-octokit.js')).href);
  const probot = new Probot({
    appId,
    privateKey: key.privateKey,
    secret,
    baseUrl: github.url,
    log: pino({ level: 'silent' }),
    Octokit: createTollgateOctokit(config),
    ...(redisUrl ? { redisConfig: redisUrl } : {}),
  });
  const middleware = await createNodeMiddleware(createTollgateApp({ config, ...appOptions }), { probot });
  const server = createServer((req, res) => void middleware(req, res, () => res.writeHead(404).end()));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/api/github/webhooks` };
}

/** Posts a `pull_request` delivery signed with `secret`, as GitHub does. */
function sendWebhook(url, secret, body) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-github-delivery': randomUUID(),
      'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
    },
    body,
  });
}
