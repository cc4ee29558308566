/** Where the CLI reads and writes; the entry passes the process's, tests their own. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; readonly isTTY?: boolean };
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** A mistake in how the CLI was called or configured: exit 2 with this message. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
