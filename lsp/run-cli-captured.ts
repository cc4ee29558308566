import { quoteSafely } from '../shared/text/quote-safely.js';
import type { CliIo } from '../cli/cli-io.js';

/** What one in-process CLI run printed, and its exit code. */
export interface CapturedRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the `tollgate` CLI in this process with its output captured, so the server's
 * diagram and branch review are exactly what `tollgate diagram` and `tollgate review`
 * print. The CLI module is loaded on first use only (it is not needed for diagnostics).
 *
 * @param argv arguments after `tollgate`
 * @param cwd  the directory the command runs in (the workspace folder)
 */
export async function runCliCaptured(argv: readonly string[], cwd: string, env: Readonly<Record<string, string | undefined>>): Promise<CapturedRun> {
  const { runCli } = await import('../cli/run-cli.js');
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    cwd,
    env: { ...env, NO_COLOR: '1' },
  };
  try {
    const code = await runCli(argv, io);
    return { code, stdout, stderr };
  } catch (error) {
    return { code: 2, stdout, stderr: `${stderr}tollgate: ${quoteSafely(error instanceof Error ? `${error.name}: ${error.message.split('\n')[0] ?? ''}` : String(error), 300)}\n` };
  }
}
