/** Where the CLI reads and writes; the entry passes the process's, tests their own. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

// Raised by node/ too (git refs, policy files); one class, so `instanceof` holds everywhere.
export { UsageError } from '../node/usage-error.js';
