/**
 * Starts the App as a real HTTP server on a loopback port, wired to a GitHub
 * stand-in on another, with a freshly generated App key (never committed), and
 * sends signed webhooks built from `@octokit/webhooks-examples`.
 */
import { createHmac, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createRequire } from 'node:module';
import { pino } from 'pino';
import { createNodeMiddleware, Probot } from 'probot';
import { readAppConfig, type AppConfig } from '../../app/app-config.js';
import type { Analyzer } from '../../shared/analyzer/analyzer.js';
import { createTollgateApp } from '../../app/index.js';
import type { RegisteredHandlers } from '../../app/register-handlers.js';
import { createTollgateOctokit } from '../../app/tollgate-octokit.js';
import { startGitHubStandIn, type GitHubStandIn, type StandInOptions } from './github-stand-in.js';

// The examples package's entry is a JSON file: loaded with require, as ESM would need an import attribute.
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: unknown[] }[];

export const APP_ID = 4242;
export const WEBHOOK_SECRET = 'stand-in-webhook-secret';
export const INSTALLATION_ID = 77;

/** A generated RSA key pair for the App (PKCS#1, as GitHub issues them). */
export function generateAppKey(): { privateKey: string; publicKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return { privateKey, publicKey };
}

/** Environment for fast tests: tiny retry and spacing delays, short timeouts. */
export const FAST_ENV: Readonly<Record<string, string>> = {
  TOLLGATE_RETRY_BASE_MS: '5',
  TOLLGATE_RETRY_AFTER_UNIT_MS: '10',
  TOLLGATE_WRITE_SPACING_MS: '0',
  TOLLGATE_NOTIFICATION_SPACING_MS: '0',
  TOLLGATE_REQUEST_TIMEOUT_MS: '400',
};

/** A running App and stand-in. */
export interface Harness {
  readonly github: GitHubStandIn;
  /** The Probot instance and settings (for `runAccessReviews`). */
  readonly probot: Probot;
  readonly config: AppConfig;
  readonly appUrl: string;
  /** Everything the App logged, as JSON lines. */
  readonly logs: string[];
  /** What the App's handlers left running (the Redis queue when `REDIS_URL` is in `env`). */
  readonly handlers: RegisteredHandlers;
  send(name: string, payload: object, options?: { signature?: string; delivery?: string }): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Starts a stand-in and the App (in this process, over real HTTP). A second App
 * instance against the same stand-in: pass the first one's `github` and `appKey`
 * (the stand-in is then left running by `close`). `REDIS_URL` in `env` also goes to
 * Probot, which then shares Octokit's throttling through Redis, as `npm start` does.
 */
export async function startHarness(
  options: {
    env?: Record<string, string>;
    standIn?: StandInOptions;
    analyzers?: readonly Analyzer[];
    analyzersModule?: string;
    github?: GitHubStandIn;
    appKey?: { privateKey: string; publicKey: string };
    instance?: string;
  } = {},
): Promise<Harness> {
  const key = options.appKey ?? generateAppKey();
  const github = options.github ?? (await startGitHubStandIn({ appPublicKey: key.publicKey, appId: APP_ID, ...options.standIn }));
  const env = { ...FAST_ENV, APP_ID: String(APP_ID), ...options.env };
  const config = readAppConfig(env);
  const logs: string[] = [];
  const log = pino(
    { level: 'debug' },
    new Writable({
      write(chunk: Buffer, _enc, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    }),
  );
  const probot = new Probot({
    appId: APP_ID,
    privateKey: key.privateKey,
    secret: WEBHOOK_SECRET,
    baseUrl: github.url,
    log,
    Octokit: createTollgateOctokit(config),
    ...(config.redisUrl ? { redisConfig: config.redisUrl } : {}),
  });
  let handlers: RegisteredHandlers | undefined;
  const middleware = await createNodeMiddleware(
    createTollgateApp({
      config,
      toolVersion: '0.1.0',
      ...(options.analyzers ? { analyzers: options.analyzers } : {}),
      ...(options.analyzersModule ? { analyzersModule: options.analyzersModule } : {}),
      ...(options.instance ? { instance: options.instance } : {}),
      onRegistered: (h) => {
        handlers = h;
      },
    }),
    { probot },
  );
  if (!handlers) throw new Error('the App did not register its handlers');
  const registered: RegisteredHandlers = handlers;
  const server: Server = createServer((req, res) => {
    // As Probot's own server (`npm start`) answers it.
    if (req.method === 'GET' && req.url === '/ping') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('PONG');
      return;
    }
    void middleware(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const appUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    github,
    probot,
    config,
    appUrl,
    logs,
    handlers: registered,
    send: (name, payload, o) => sendWebhook(`${appUrl}/api/github/webhooks`, name, payload, o),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await registered.close();
      if (!options.github) await github.close();
    },
  };
}

/** Posts a webhook signed with the secret (X-Hub-Signature-256), unless a signature is given. */
export async function sendWebhook(
  url: string,
  name: string,
  payload: object,
  options: { signature?: string; delivery?: string } = {},
): Promise<Response> {
  const body = JSON.stringify(payload);
  const signature = options.signature ?? `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(body).digest('hex')}`;
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': name,
      'x-github-delivery': options.delivery ?? randomUUID(),
      'x-hub-signature-256': signature,
    },
    body,
  });
}

type Example = Record<string, unknown> & { action?: string };

function example(name: string, action: string): Example {
  const definition = examples.find((e) => e.name === name);
  const found = (definition?.examples as Example[] | undefined)?.find((x) => x.action === action);
  if (!found) throw new Error(`no @octokit/webhooks-examples payload for ${name}.${action}`);
  return structuredClone(found);
}

function pointAt(payload: Example, owner: string, repo: string): void {
  const repository = payload.repository as { name: string; full_name: string; owner: { login: string } };
  repository.name = repo;
  repository.full_name = `${owner}/${repo}`;
  repository.owner.login = owner;
  payload.installation = { id: INSTALLATION_ID, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNzc=' };
}

/** A `pull_request` payload for the stand-in's pull request. */
export function pullRequestPayload(
  action: string,
  pr: { owner: string; repo: string; number: number; head: string; base: string },
  extra: Record<string, unknown> = {},
): Example {
  const payload = example('pull_request', action === 'edited' ? 'opened' : action);
  payload.action = action;
  pointAt(payload, pr.owner, pr.repo);
  payload.number = pr.number;
  const pull = payload.pull_request as { number: number; head: { sha: string }; base: { sha: string } };
  pull.number = pr.number;
  pull.head.sha = pr.head;
  pull.base.sha = pr.base;
  return { ...payload, ...extra };
}

/** A `pull_request_review` payload. */
export function reviewPayload(
  action: 'submitted' | 'dismissed',
  pr: { owner: string; repo: string; number: number; head: string; base: string },
): Example {
  const payload = example('pull_request_review', action);
  pointAt(payload, pr.owner, pr.repo);
  const pull = payload.pull_request as { number: number; head: { sha: string }; base: { sha: string } };
  pull.number = pr.number;
  pull.head.sha = pr.head;
  pull.base.sha = pr.base;
  return payload;
}

/** A `check_run` payload (rerequested or requested_action) for Tollgate's run. */
export function checkRunPayload(
  action: 'rerequested' | 'requested_action',
  pr: { owner: string; repo: string; number: number; head: string; base: string },
): Example {
  const payload = example('check_run', action);
  pointAt(payload, pr.owner, pr.repo);
  const run = payload.check_run as { name: string; head_sha: string; pull_requests: unknown[] };
  run.name = 'tollgate';
  run.head_sha = pr.head;
  run.pull_requests = [{ number: pr.number, head: { sha: pr.head, ref: 'feature' }, base: { sha: pr.base, ref: 'main' } }];
  if (action === 'requested_action') payload.requested_action = { identifier: 'rerun' };
  return payload;
}

/** A `check_suite.rerequested` payload. */
export function checkSuitePayload(pr: { owner: string; repo: string; number: number; head: string; base: string }): Example {
  const payload = example('check_suite', 'rerequested');
  pointAt(payload, pr.owner, pr.repo);
  const suite = payload.check_suite as { head_sha: string; pull_requests: unknown[] };
  suite.head_sha = pr.head;
  suite.pull_requests = [{ number: pr.number, head: { sha: pr.head, ref: 'feature' }, base: { sha: pr.base, ref: 'main' } }];
  return payload;
}

/** A pull request created in the stand-in, as webhook payload builders take it. */
export interface PullRef {
  readonly owner: string;
  readonly repo: string;
  readonly number: number;
  readonly head: string;
  readonly base: string;
}

/** Creates a fresh repository (unique name) with `files`, a head commit with `changes`, and a pull request. */
export function createPull(
  github: GitHubStandIn,
  files: Record<string, string | Uint8Array>,
  changes: Record<string, string | Uint8Array | null>,
  options: { omitPatch?: string[]; owner?: string } = {},
): PullRef {
  const owner = options.owner ?? 'acme';
  const repo = `agents-${randomUUID().slice(0, 8)}`;
  const base = github.createRepo(owner, repo, files);
  const head = github.commit(base, changes);
  const number = github.openPull(owner, repo, { base, head, ...(options.omitPatch ? { omitPatch: options.omitPatch } : {}) });
  return { owner, repo, number, head, base };
}

/** A random token of `n` letters and digits (fake secret material, made at test time). */
export function randomToken(n: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(randomBytes(n), (b) => alphabet[b % alphabet.length]).join('');
}

/** A fake Stripe live key (random; built by concatenation so this file holds none). */
export const fakeStripeKey = (): string => ['sk', 'live', randomToken(24)].join('_');

/** The stand-in's check runs and sticky comments of one pull request. */
export function published(github: GitHubStandIn, pr: PullRef) {
  const repoKey = `${pr.owner}/${pr.repo}`;
  return {
    runs: github.checkRuns.filter((c) => c.repoKey === repoKey),
    comments: github.comments.filter((c) => c.repoKey === repoKey && c.issue === pr.number),
    requests: github.requests.filter(
      (r) => r.path.includes(`/${pr.owner}/${pr.repo}/`) || (r.route === 'POST /graphql' && r.body.includes(`"${pr.repo}"`)),
    ),
  };
}
