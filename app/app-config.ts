import type { FailOn } from '../shared/github/check-run-output.js';
import { DEFAULT_BLOBS_PER_QUERY } from '../shared/github/blob-query.js';

/**
 * Tollgate's own settings for the App, beside Probot's standard variables
 * (`APP_ID`, `PRIVATE_KEY`, `WEBHOOK_SECRET`, `PORT`, `LOG_LEVEL`, `GHE_HOST`, ...).
 * Every one has a production default; the spacing and delay knobs exist so tests
 * can run fast, and are documented in docs/app.md.
 */
export interface AppConfig {
  /** `TOLLGATE_DRY_RUN=1`: read and analyze, log what would be published, write nothing. */
  readonly dryRun: boolean;
  /** `TOLLGATE_FAIL_ON` (`error` | `warning` | `never`): which findings fail the check. Default `error`. */
  readonly failOn: FailOn;
  /** `TOLLGATE_MAX_ANNOTATIONS`: annotations per check run, most severe first. Default 250 (5 requests). */
  readonly maxAnnotations: number;
  /** `TOLLGATE_MAX_FILES`: pull-request files read (GitHub lists at most 3,000). Default 3000. */
  readonly maxFiles: number;
  /** `TOLLGATE_BLOBS_PER_QUERY`: files per GraphQL query. Default 500. */
  readonly blobsPerQuery: number;
  /** `TOLLGATE_REQUEST_TIMEOUT_MS`: one GitHub request's time limit, in ms; a timeout is retried. Default 20000. */
  readonly requestTimeoutMs: number;
  /** `TOLLGATE_RETRIES`: retries of a request answering 5xx or timing out. Default 3. */
  readonly retries: number;
  /** `TOLLGATE_RETRY_BASE_MS`: the n-th retry waits n² × this, in ms. Default 1000 (Octokit's). */
  readonly retryBaseMs: number;
  /** `TOLLGATE_RETRY_AFTER_UNIT_MS`: ms waited per second of `retry-after`. Default 1000; tests shrink it. */
  readonly retryAfterUnitMs: number;
  /** `TOLLGATE_MAX_RETRY_AFTER`: longest `retry-after` (seconds) waited for; a longer one ends the run. Default 60. */
  readonly maxRetryAfterSeconds: number;
  /** `TOLLGATE_RATE_LIMIT_RETRIES`: retries after a rate-limit answer. Default 2. */
  readonly rateLimitRetries: number;
  /**
   * `TOLLGATE_WRITE_SPACING_MS` / `TOLLGATE_NOTIFICATION_SPACING_MS`: replace Octokit's
   * one-second (writes) and three-second (comments) spacing. Unset in production:
   * Octokit's defaults follow GitHub's secondary-rate-limit guidance.
   */
  readonly writeSpacingMs?: number;
  readonly notificationSpacingMs?: number;
  /** `TOLLGATE_ORG_CONFIG_REPO`: the organisation repository holding policy defaults. Default `.github`. */
  readonly orgConfigRepo: string;
  /** `TOLLGATE_ACCESS_REVIEW_INTERVAL_MS`: how often the access review runs (docs/access.md), in ms; 0 turns it off. Default 86400000 (a day). */
  readonly accessReviewIntervalMs: number;
  /** `APP_ID`, used to recognise this App's own check runs. */
  readonly appId?: number;
  /**
   * `REDIS_URL` (`redis://` or `rediss://`): when set, webhooks are queued in Redis
   * (BullMQ) and every instance takes reviews from that queue; Probot also shares
   * Octokit's throttling through it. Unset: one process, reviews queued in memory.
   */
  readonly redisUrl?: string;
  /** `TOLLGATE_JOB_ATTEMPTS`: runs of a queued review before it ends in an errored check (1-100). Default 3. Redis only. */
  readonly jobAttempts: number;
  /** `TOLLGATE_JOB_BACKOFF_MS`: wait before the first retry of a queued review, doubled for each next one, in ms. Default 10000. Redis only. */
  readonly jobBackoffMs: number;
  /** `TOLLGATE_QUEUE_CONCURRENCY`: queued reviews one instance runs at a time (1-100). Default 4. Redis only. */
  readonly queueConcurrency: number;
  /** `TOLLGATE_QUEUE_PREFIX`: prefix of every Redis key the queue and locks use (letters, digits, `_.-`). Default `tollgate`. Redis only. */
  readonly queuePrefix: string;
  /**
   * `TOLLGATE_QUEUE_ROLE`: `all` (default) receives webhooks and runs queued jobs;
   * `receiver` only enqueues (a serverless webhook receiver); `worker` only runs
   * jobs (and the access-review schedule). Redis only.
   */
  readonly queueRole: QueueRole;
}

/** What an instance does with the Redis queue (`TOLLGATE_QUEUE_ROLE`). */
export type QueueRole = 'all' | 'receiver' | 'worker';

/** An environment variable with a value Tollgate cannot use: the App does not start. */
export class AppConfigError extends Error {
  override name = 'AppConfigError';
}

/** A strictly parsed integer setting: unset or empty is `fallback`; anything else outside `min`..`max` throws. */
function strictInt(env: Readonly<Record<string, string | undefined>>, name: string, fallback: number, min: number, max: number): number {
  const value = env[name];
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new AppConfigError(`${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(value.slice(0, 40))})`);
  return n;
}

function redisUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let protocol: string;
  try {
    protocol = new URL(value.trim()).protocol;
  } catch {
    // The value is not quoted: a Redis URL may hold a password.
    throw new AppConfigError('REDIS_URL is not a URL; expected redis://[user:password@]host:port[/db] or rediss://...');
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:')
    throw new AppConfigError(`REDIS_URL must start with redis:// or rediss:// (got ${protocol}//)`);
  return value.trim();
}

function queueRole(value: string | undefined): QueueRole {
  const role = value?.trim() || 'all';
  if (role === 'all' || role === 'receiver' || role === 'worker') return role;
  throw new AppConfigError(`TOLLGATE_QUEUE_ROLE must be all, receiver or worker (got ${JSON.stringify(role.slice(0, 40))})`);
}

function queuePrefix(value: string | undefined): string {
  const prefix = value?.trim() || 'tollgate';
  if (/^[A-Za-z0-9_.-]{1,64}$/.test(prefix)) return prefix;
  throw new AppConfigError(`TOLLGATE_QUEUE_PREFIX must be 1-64 letters, digits, '_', '.' or '-' (got ${JSON.stringify(prefix.slice(0, 40))})`);
}

function int(value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  return Number.isFinite(n) && n >= min ? Math.floor(n) : fallback;
}

function optionalInt(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
}

/**
 * Reads {@link AppConfig} from environment variables. The older `TOLLGATE_*` knobs
 * fall back to their defaults on invalid values; the queue's settings (`REDIS_URL`,
 * `TOLLGATE_JOB_*`, `TOLLGATE_QUEUE_*`) throw an {@link AppConfigError} naming the
 * variable, since a scale-out silently misconfigured is worse than one that does not start.
 */
export function readAppConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const failOn = env.TOLLGATE_FAIL_ON;
  const writeSpacingMs = optionalInt(env.TOLLGATE_WRITE_SPACING_MS);
  const notificationSpacingMs = optionalInt(env.TOLLGATE_NOTIFICATION_SPACING_MS);
  const appId = optionalInt(env.APP_ID);
  const redis = redisUrl(env.REDIS_URL);
  return {
    dryRun: /^(1|true|yes|on)$/i.test(env.TOLLGATE_DRY_RUN ?? ''),
    failOn: failOn === 'warning' || failOn === 'never' ? failOn : 'error',
    maxAnnotations: int(env.TOLLGATE_MAX_ANNOTATIONS, 250),
    maxFiles: Math.min(3000, int(env.TOLLGATE_MAX_FILES, 3000, 1)),
    blobsPerQuery: int(env.TOLLGATE_BLOBS_PER_QUERY, DEFAULT_BLOBS_PER_QUERY, 1),
    requestTimeoutMs: int(env.TOLLGATE_REQUEST_TIMEOUT_MS, 20_000, 1),
    retries: int(env.TOLLGATE_RETRIES, 3),
    retryBaseMs: int(env.TOLLGATE_RETRY_BASE_MS, 1000),
    retryAfterUnitMs: int(env.TOLLGATE_RETRY_AFTER_UNIT_MS, 1000),
    maxRetryAfterSeconds: int(env.TOLLGATE_MAX_RETRY_AFTER, 60),
    rateLimitRetries: int(env.TOLLGATE_RATE_LIMIT_RETRIES, 2),
    ...(writeSpacingMs !== undefined ? { writeSpacingMs } : {}),
    ...(notificationSpacingMs !== undefined ? { notificationSpacingMs } : {}),
    accessReviewIntervalMs: int(env.TOLLGATE_ACCESS_REVIEW_INTERVAL_MS, 86_400_000),
    orgConfigRepo: env.TOLLGATE_ORG_CONFIG_REPO?.trim() || '.github',
    ...(appId !== undefined && appId > 0 ? { appId } : {}),
    ...(redis !== undefined ? { redisUrl: redis } : {}),
    jobAttempts: strictInt(env, 'TOLLGATE_JOB_ATTEMPTS', 3, 1, 100),
    jobBackoffMs: strictInt(env, 'TOLLGATE_JOB_BACKOFF_MS', 10_000, 0, 3_600_000),
    queueConcurrency: strictInt(env, 'TOLLGATE_QUEUE_CONCURRENCY', 4, 1, 100),
    queuePrefix: queuePrefix(env.TOLLGATE_QUEUE_PREFIX),
    queueRole: queueRole(env.TOLLGATE_QUEUE_ROLE),
  };
}
