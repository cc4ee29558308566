import type { CliIo } from '../cli-io.js';
import { UsageError } from '../cli-io.js';

/**
 * `tollgate lsp --stdio`: runs the language server on standard input/output until
 * the client disconnects. The server module loads only for this command. Resolves
 * when the connection closes (the exit code is then 0).
 */
export async function lspCommand(options: { stdio?: boolean }, io: CliIo): Promise<number> {
  if (!options.stdio) throw new UsageError('lsp needs a transport: run `tollgate lsp --stdio` (the only one supported).');
  const { serveStdio } = await import('../../lsp/serve-stdio.js');
  void io;
  serveStdio();
  // The connection keeps the process alive; it exits when the client sends `exit` or closes the pipe.
  return new Promise<number>(() => undefined);
}
