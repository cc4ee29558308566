import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

const CLI = fileURLToPath(new URL('../../bin/tollgate.js', import.meta.url));

/** A real LSP client over stdio, talking to `node bin/tollgate.js lsp --stdio`. */
export interface TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  /** The server's answer to `initialize`. */
  readonly initializeResult: InitializeResult;
  uri(path: string): string;
  open(path: string, text: string, languageId: string): Promise<void>;
  change(path: string, text: string): Promise<void>;
  /** Resolves with the first diagnostics published for `path` (at or after `since`) that satisfy `accept`. */
  diagnostics(path: string, accept?: (d: readonly Diagnostic[], p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<Diagnostic[]>;
  /** Every publication for a URI so far. */
  published(path: string): PublishDiagnosticsParams[];
  stop(): Promise<void>;
}

/**
 * Starts the server with `root` as the workspace folder. `debounce` shortens the
 * server's pauses so that tests wait for behaviour, not for timers.
 */
export async function startTestClient(
  root: string,
  init: Record<string, unknown> = {},
  argv: readonly string[] = [CLI, 'lsp', '--stdio'],
): Promise<TestClient> {
  const child = spawn(process.execPath, [...argv], { cwd: root, stdio: 'pipe' });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const publications = new Map<string, PublishDiagnosticsParams[]>();
  const waiters: { uri: string; accept: (d: readonly Diagnostic[], p: PublishDiagnosticsParams) => boolean; resolve: (d: Diagnostic[]) => void }[] =
    [];
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const list = publications.get(params.uri) ?? [];
    list.push(params);
    publications.set(params.uri, list);
    for (const w of [...waiters]) {
      if (w.uri === params.uri && w.accept(params.diagnostics, params)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(params.diagnostics);
      }
    }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/configuration', () => []);
  connection.listen();
  const rootUri = pathToFileURL(root).href;
  const initializeResult: InitializeResult = await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: 'workspace' }],
    capabilities: {
      textDocument: {
        publishDiagnostics: { versionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
      },
    },
    initializationOptions: { debounce: { fast: 0, slow: 20 }, ...init },
  });
  await connection.sendNotification('initialized', {});
  const versions = new Map<string, number>();
  const uri = (path: string): string => pathToFileURL(resolve(root, path)).href;
  return {
    connection,
    process: child,
    initializeResult,
    uri,
    async open(path, text, languageId) {
      versions.set(path, 1);
      await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(path), languageId, version: 1, text } });
    },
    async change(path, text) {
      const version = (versions.get(path) ?? 1) + 1;
      versions.set(path, version);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri: uri(path), version }, contentChanges: [{ text }] });
    },
    diagnostics(path, accept = () => true, timeoutMs = 20_000) {
      const target = uri(path);
      const latest = publications.get(target)?.at(-1);
      if (latest && accept(latest.diagnostics, latest)) return Promise.resolve(latest.diagnostics);
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new Error(
                `no matching diagnostics for ${path} within ${timeoutMs} ms; published: ${JSON.stringify(publications.get(target)?.map((p) => p.diagnostics.map((d) => (d.code === 'tollgate/analyzer-failed' ? `${d.code}: ${d.message}` : d.code))) ?? [])}; stderr: ${stderr.slice(0, 500)}`,
              ),
            ),
          timeoutMs,
        );
        waiters.push({ uri: target, accept, resolve: (d) => (clearTimeout(timer), resolvePromise(d)) });
      });
    },
    published(path) {
      return publications.get(uri(path)) ?? [];
    },
    async stop() {
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        // already gone
      }
      await new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const kill = setTimeout(() => child.kill(), 2000);
        child.on('exit', () => (clearTimeout(kill), done()));
      });
      connection.dispose();
    },
  };
}
