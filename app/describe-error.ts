import { quoteSafely } from '../shared/text/quote-safely.js';

/**
 * A one-line, safe description of an error from Octokit or the engine: its class,
 * HTTP status and the first line of its message, masked (`quoteSafely`) and cut to 300 characters. Never the
 * error object itself: Octokit errors carry request and response data (a GraphQL
 * response holds file contents, which may hold secrets), so they are never logged
 * or published whole.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const status = (error as { status?: unknown }).status;
    const first = quoteSafely(error.message.split('\n')[0] ?? '', 300);
    return `${error.name}${typeof status === 'number' ? ` ${status}` : ''}: ${first}`;
  }
  return quoteSafely(String(error).split('\n')[0] ?? 'unknown error', 300);
}

/** The request an Octokit error was about, e.g. `PATCH /repos/o/r/check-runs/{id}`, when known. */
export function describeRequest(error: unknown): string | undefined {
  const request = (error as { request?: { method?: unknown; url?: unknown } } | undefined)?.request;
  if (!request || typeof request.method !== 'string' || typeof request.url !== 'string') return undefined;
  try {
    const url = new URL(request.url);
    return `${request.method} ${url.pathname}`;
  } catch {
    return `${request.method} ${request.url.split('?')[0]}`;
  }
}
