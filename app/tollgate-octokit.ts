import { ProbotOctokit } from 'probot';
import type { AppConfig } from './app-config.js';
import { createSpacingGroup } from './spacing-limiter.js';

type Options = Record<string, unknown> & { throttle?: Record<string, unknown>; retry?: Record<string, unknown>; request?: Record<string, unknown> };
type LimitHandler = (
  retryAfter: number,
  options: { method: string; url: string },
  octokit: { log: { warn(msg: string): void } },
  retryCount: number,
) => boolean;

/**
 * Probot's Octokit with its throttling and retry plugins kept on and configured
 * explicitly:
 *
 * - primary and secondary rate limits are retried (at most `rateLimitRetries` times)
 *   after GitHub's `retry-after`, when it is at most `maxRetryAfterSeconds`; a longer
 *   wait gives up, and the run ends with an errored check that says so;
 * - 5xx answers and timeouts (`requestTimeoutMs`, via an abort signal) are retried
 *   `retries` times with Octokit's quadratic back-off (`retryBaseMs`);
 * - writes stay one second apart and comments three (Octokit's defaults) unless the
 *   spacing knobs are set, which only tests do.
 */
export function createTollgateOctokit(config: AppConfig): typeof ProbotOctokit {
  const onLimit =
    (kind: string): LimitHandler =>
    (retryAfter, options, octokit, retryCount) => {
      const retry = retryCount < config.rateLimitRetries && retryAfter <= config.maxRetryAfterSeconds;
      octokit.log.warn(
        `${kind} rate limit on ${options.method} ${options.url}: ${retry ? `retrying in ${retryAfter} s` : `giving up (retry-after ${retryAfter} s, attempt ${retryCount + 1})`}`,
      );
      return retry;
    };
  const write = config.writeSpacingMs !== undefined ? createSpacingGroup(config.writeSpacingMs) : undefined;
  const notifications = config.notificationSpacingMs !== undefined ? createSpacingGroup(config.notificationSpacingMs) : undefined;
  return ProbotOctokit.defaults((options: Options) => {
    const innerFetch = (options.request?.fetch as typeof fetch | undefined) ?? fetch;
    return {
      ...options,
      throttle: {
        // Probot's own throttle options come first and are kept: with REDIS_URL they hold its
        // Bottleneck IORedisConnection, which shares the limits between instances (docs/app.md).
        ...options.throttle,
        onRateLimit: onLimit('Primary'),
        onSecondaryRateLimit: onLimit('Secondary'),
        retryAfterBaseValue: config.retryAfterUnitMs,
        ...(write ? { write } : {}),
        ...(notifications ? { notifications } : {}),
      },
      retry: { ...options.retry, retries: config.retries, retryAfterBaseValue: config.retryBaseMs },
      request: {
        ...options.request,
        fetch: (url: string | URL | Request, init?: RequestInit) => {
          const timeout = AbortSignal.timeout(config.requestTimeoutMs);
          const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
          return innerFetch(url, { ...init, signal });
        },
      },
    };
  }) as typeof ProbotOctokit;
}
