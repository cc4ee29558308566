/**
 * An App instance in its own Node process (test/app/fixtures/app-instance.mjs, the
 * built App from dist/), against a stand-in in the test's process: what two
 * instances of a scale-out are, each with its own event loop, HTTP server, Redis
 * connections and review thread.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { FAST_ENV, APP_ID, WEBHOOK_SECRET, sendWebhook } from './app-harness.js';
import type { GitHubStandIn } from './github-stand-in.js';

/** A running App process. */
export interface AppProcess {
  readonly appUrl: string;
  /** Its log, as JSON lines. */
  readonly logs: string[];
  send(name: string, payload: object, options?: { delivery?: string }): Promise<Response>;
  /** SIGTERM: the queue is closed (running jobs finish), then the process exits. */
  close(): Promise<void>;
}

/** Starts an App process for `github` with the App's `privateKey` and `env` on top of the fast test settings. */
export async function startAppProcess(options: {
  github: GitHubStandIn;
  privateKey: string;
  env: Record<string, string>;
  instance: string;
}): Promise<AppProcess> {
  const child = spawn(process.execPath, [new URL('./fixtures/app-instance.mjs', import.meta.url).pathname], {
    env: {
      PATH: process.env.PATH ?? '',
      ...FAST_ENV,
      APP_ID: String(APP_ID),
      PRIVATE_KEY: options.privateKey,
      WEBHOOK_SECRET,
      GITHUB_URL: options.github.url,
      INSTANCE: options.instance,
      NODE_ENV: 'test',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const appUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`App process ${options.instance} did not start within 20 s:\n${stderr}`)), 20_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      logs.push(line);
      const listening = /^\{"listening":"([^"]+)"\}$/.exec(line)?.[1];
      if (listening) {
        clearTimeout(timer);
        resolve(listening);
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`App process ${options.instance} exited:\n${stderr}`));
    });
  });
  return {
    appUrl,
    logs,
    send: (name, payload, o) => sendWebhook(`${appUrl}/api/github/webhooks`, name, payload, o),
    async close() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
