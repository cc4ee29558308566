import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startLanguageServer } from './start-language-server.js';

/**
 * Serves the language server over the process's standard input and output (the
 * `tollgate lsp --stdio` entry and the VS Code extension's bundled server). Nothing
 * else may write to standard output: it carries the protocol.
 */
export function serveStdio(): void {
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));
  // Stray console output would corrupt the protocol stream; send it to the client's log instead.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.info = console.log;
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  startLanguageServer(connection);
}
