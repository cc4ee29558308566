import { cacheDirProblem, openDiskResultStore } from '../node/disk-result-store.js';
import { toolVersion } from '../node/tool-version.js';
import type { FileResultCache } from '../shared/engine/file-result-cache.js';
import type { CliIo } from './cli-io.js';

/** The CLI's cache for one run: absent when turned off; `close` finishes its writes. */
export interface CliResultCache {
  readonly cache?: FileResultCache;
  close(): Promise<void>;
}

/** An environment switch that is set: any value but empty, `0` or `false`. */
const isSet = (value: string | undefined): boolean => value !== undefined && !['', '0', 'false'].includes(value.toLowerCase());

/**
 * Opens `.tollgate-cache/` in the repository root for the analyzers' per-file
 * results, unless `--no-cache` (`options.cache === false`) or `TOLLGATE_NO_CACHE`
 * turns it off, or there is no repository. Where `CI` is set (GitHub Actions, GitLab
 * and most CI services set it) it is off unless `--cache` asks for it: a fresh
 * checkout starts cold, and filling a cold cache costs more than it saves in that run.
 * A directory the repository ships (see `cacheDirProblem`) is refused with a warning;
 * one that cannot be written is one warning, then the run goes on without.
 */
export async function openResultCache(root: string | undefined, options: { readonly cache?: boolean }, io: CliIo): Promise<CliResultCache> {
  const off = options.cache === false || isSet(io.env.TOLLGATE_NO_CACHE) || (options.cache !== true && isSet(io.env.CI));
  const none = { close: () => Promise.resolve() };
  if (root === undefined || off) return none;
  const warn = (message: string): void => void io.stderr.write(`tollgate: warning: ${message}\n`);
  const problem = await cacheDirProblem(root);
  if (problem) {
    warn(`not using the cache: ${problem}`);
    return none;
  }
  const store = openDiskResultStore(root, { warn });
  return { cache: { store, toolVersion: toolVersion() }, close: () => store.close() };
}
