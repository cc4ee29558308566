/**
 * A mistake in how Tollgate was called or configured (a ref that does not exist, a
 * policy file that cannot be read): the message says what to do. The CLI exits 2 with
 * it; the language server shows it. Declared here, below both, so that the machine
 * layer can raise it without importing the CLI.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
