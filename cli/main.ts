import { quoteSafely } from '../shared/text/quote-safely.js';
import { runCli } from './run-cli.js';

// The `tollgate` entry: wires the process to the CLI and nothing else.

// `tollgate scan | head` closes the pipe early: stop quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
/**
 * Exits with `code` once standard output and error have taken everything written to
 * them. Left to end by itself, Node first tears down the whole heap (30-40 ms of a
 * one-second scan, measured on the history bench), which a finished command gains
 * nothing from. Everything else the command started it has awaited before returning.
 */
function exitWhenFlushed(code: number): void {
  let pending = 2;
  const flushed = (): void => {
    if (--pending === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env }).then(
  (code) => {
    process.exitCode = code;
    exitWhenFlushed(code);
  },
  (error: unknown) => {
    // An unexpected failure: say what failed without dumping data that may hold file content.
    process.stderr.write(
      `tollgate: internal error: ${quoteSafely(error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : String(error), 300)}\nPlease report this at https://github.com/tollgate-dev/tollgate/issues\n`,
    );
    process.exitCode = 2;
  },
);
