import type { ProbotOctokit } from 'probot';

/** The authenticated client the App's modules take as a parameter (never a module global). */
export type Octokit = InstanceType<typeof ProbotOctokit>;

/** The logger the App's modules take (Probot's pino logger satisfies it). */
export interface Log {
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  debug(obj: object | string, msg?: string): void;
}
