import { cacheDirProblem, openDiskResultStore } from '../node/disk-result-store.js';
import { toolVersion } from '../node/tool-version.js';
import type { FileResultCache } from '../shared/engine/file-result-cache.js';
import type { CliIo } from './cli-io.js';

/** The CLI's cache for one run: absent when turned off; `close` finishes its writes. */
export interface CliResultCache {
  readonly cache?: FileResultCache;
  close(): Promise<void>;
}

/**
 * Opens `.tollgate-cache/` in the repository root for the analyzers' per-file
 * results, unless `--no-cache` (`options.cache === false`) or `TOLLGATE_NO_CACHE`
 * (any value but empty, `0` or `false`) turns it off, or there is no repository.
 * A directory the repository ships (see `cacheDirProblem`) is refused with a warning;
 * one that cannot be written is one warning, then the run goes on without.
 */
export async function openResultCache(root: string | undefined, options: { readonly cache?: boolean }, io: CliIo): Promise<CliResultCache> {
  const env = io.env.TOLLGATE_NO_CACHE;
  const off = options.cache === false || (env !== undefined && !['', '0', 'false'].includes(env.toLowerCase()));
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
