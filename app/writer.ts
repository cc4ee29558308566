import type { Log } from './octokit-type.js';

/**
 * The one gate every GitHub write passes through. In dry-run mode
 * (`TOLLGATE_DRY_RUN=1`) it logs what would be published and sends nothing; the
 * details it logs are the published text itself (masked findings), never file content.
 */
export interface Writer {
  readonly dryRun: boolean;
  write<T>(what: string, details: Record<string, unknown>, send: () => Promise<T>): Promise<T | undefined>;
}

/** Creates a {@link Writer}. */
export function createWriter(log: Log, dryRun: boolean): Writer {
  return {
    dryRun,
    async write(what, details, send) {
      if (dryRun) {
        log.info({ dryRun: true, what, ...details }, `dry run: would ${what}`);
        return undefined;
      }
      return send();
    },
  };
}
