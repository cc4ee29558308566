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

/** Reads {@link AppConfig} from environment variables; unknown or invalid values fall back to defaults. */
export function readAppConfig(env: Readonly<Record<string, string | undefined>>): AppConfig {
  const failOn = env.TOLLGATE_FAIL_ON;
  const writeSpacingMs = optionalInt(env.TOLLGATE_WRITE_SPACING_MS);
  const notificationSpacingMs = optionalInt(env.TOLLGATE_NOTIFICATION_SPACING_MS);
  const appId = optionalInt(env.APP_ID);
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
  };
}
