import type { Probot } from 'probot';
import type { Octokit } from './octokit-type.js';

/** The two clients a review uses for one installation. */
export interface InstallationClients {
  /** REST reads and every write (check run, comment, labels): Octokit's write spacing applies. */
  readonly octokit: Octokit;
  /** Batched GraphQL file reads, throttled under their own key. */
  readonly reads: Octokit;
}

/**
 * Creates the clients for an installation, as Probot's `app.auth(id)` does (tokens
 * are cached by Probot). Octokit's throttling spaces GraphQL queries like writes,
 * one second apart per key; the read-only blob queries get their own key
 * (`<installation>:reads`) so they are still spaced from each other but do not
 * delay the check run's updates, which keeps a review of a 300-file pull request
 * within two seconds without weakening the spacing of writes.
 */
export async function installationClients(app: Probot, installationId: number): Promise<InstallationClients> {
  const octokit = (await app.auth(installationId)) as unknown as Octokit;
  const appOctokit = (await app.auth()) as unknown as Octokit;
  const reads = (await appOctokit.auth({
    type: 'installation',
    installationId,
    factory: ({
      octokit: base,
      octokitOptions,
      ...otherOptions
    }: {
      octokit: Octokit;
      octokitOptions: Record<string, unknown> & { throttle?: { enabled?: boolean }; auth?: object };
    }) => {
      const Client = base.constructor as new (options: object) => Octokit;
      return new Client({
        ...octokitOptions,
        log: app.log.child({ name: 'github-reads' }),
        throttle: octokitOptions.throttle?.enabled ? { ...octokitOptions.throttle, id: `${installationId}:reads` } : { enabled: false },
        auth: { ...octokitOptions.auth, otherOptions, installationId },
      });
    },
  })) as Octokit;
  return { octokit, reads };
}
