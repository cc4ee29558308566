import { lstat, mkdir, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileResultStore } from '../shared/engine/file-result-cache.js';
import { git } from './git.js';
import { readRegularFileSync } from './read-text-file.js';

/** The cache directory's name, in the repository root. */
export const CACHE_DIR = '.tollgate-cache';

/** The entry layout; bumped when it changes, so older layouts are never read. */
const LAYOUT = 'v1';

/** Default bound of the directory: 100 MiB of entries. */
export const DEFAULT_CACHE_MAX_BYTES = 100 * 1024 * 1024;

/** How the disk store tells of trouble and how large it may grow. */
export interface DiskResultStoreOptions {
  /** Told once, on the first failed write (then the run goes on without the cache). */
  readonly warn: (message: string) => void;
  /** Past this many bytes of entries `close` deletes the oldest. Default {@link DEFAULT_CACHE_MAX_BYTES}. */
  readonly maxBytes?: number;
}

/**
 * Why `<root>/.tollgate-cache` must not be used, or undefined when it may. Entries are
 * keyed by what anyone can compute (path, text, versions), so a repository could ship
 * entries that say a file holds nothing: the directory is refused when git tracks
 * anything in it (a clone or a pull request's checkout brings it along) or when it is
 * not a plain directory (a symbolic link would send writes out of the repository).
 */
export async function cacheDirProblem(root: string): Promise<string | undefined> {
  const info = await lstat(join(root, CACHE_DIR)).catch(() => undefined);
  if (info && !info.isDirectory()) return `${CACHE_DIR} is not a directory`;
  if (!info) return undefined;
  const tracked = await git(['ls-files', '-z', '--', CACHE_DIR], root).then(
    (out) => out.length > 0,
    () => true, // unsure: not used
  );
  return tracked ? `git tracks files in ${CACHE_DIR}/ (it must not be committed)` : undefined;
}

/**
 * An entry's text, or undefined when it is missing, not a regular file or unreadable.
 * Synchronous: an entry is a small file, and a warm run reads one per analyzer and
 * file; through the thread pool (open, stat, read, close) each read cost more than the
 * read itself. A FIFO or anything else in an entry's place is a miss, never a wait
 * (see `readRegularFileSync`).
 */
function readEntryFile(file: string): string | undefined {
  try {
    return readRegularFileSync(file)?.bytes.toString('utf8');
  } catch {
    return undefined;
  }
}

/** A `FileResultStore` on disk; `close` waits for its writes and prunes it. */
export interface DiskResultStore extends FileResultStore {
  /** Finishes pending writes and, when this run wrote any, deletes the oldest entries past the size bound. */
  close(): Promise<void>;
}

/**
 * The CLI's per-file result cache: `<root>/.tollgate-cache/v1/<first 2 hex>/<key>.json`,
 * one JSON file per key (keys are SHA-256 hex, see `fileResultKey`), with a
 * `.gitignore` of `*` in the directory so git never lists it. Entries are written to
 * a temporary file and renamed, so a reader sees a whole entry or none. A missing or
 * unreadable entry is a miss; a directory that cannot be written is reported once
 * through `warn` and the run continues without writing. Entries hold what the
 * engine holds in memory: masked findings and offsets, never a raw secret.
 */
export function openDiskResultStore(root: string, options: DiskResultStoreOptions): DiskResultStore {
  const dir = join(root, CACHE_DIR);
  const entries = join(dir, LAYOUT);
  const maxBytes = options.maxBytes ?? DEFAULT_CACHE_MAX_BYTES;
  const madeDirs = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();
  let broken = false;
  let wrote = 0;
  // Temporary names: unique within this process (the counter) and across processes (the pid).
  let temps = 0;

  const pathOf = (key: string): string | undefined => (/^[0-9a-f]{64}$/.test(key) ? join(entries, key.slice(0, 2), `${key}.json`) : undefined);
  let madeRoot: Promise<void> | undefined;
  const makeDir = (sub: string): Promise<void> => {
    madeRoot ??= (async () => {
      await mkdir(entries, { recursive: true });
      // `*`: git ignores the directory whether or not the repository's .gitignore names it.
      await writeFile(join(dir, '.gitignore'), '*\n', { flag: 'wx' }).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'EEXIST') throw e;
      });
    })();
    let made = madeDirs.get(sub);
    if (!made) {
      made = madeRoot.then(() => mkdir(join(entries, sub), { recursive: true })).then(() => undefined);
      madeDirs.set(sub, made);
    }
    return made;
  };
  const fail = (error: unknown): void => {
    if (broken) return;
    broken = true;
    const code = (error as NodeJS.ErrnoException | undefined)?.code ?? 'error';
    options.warn(`cannot write the cache in ${CACHE_DIR}/ (${code}); continuing without it (--no-cache turns it off)`);
  };

  return {
    get(key) {
      const file = pathOf(key);
      return file ? readEntryFile(file) : undefined;
    },
    set(key, value) {
      const file = pathOf(key);
      if (!file || broken) return;
      const write = (async () => {
        const temp = `${file}.${process.pid}.${(temps += 1)}.tmp`;
        try {
          await makeDir(key.slice(0, 2));
          await writeFile(temp, value);
          await rename(temp, file);
          wrote++;
        } catch (error) {
          await rm(temp, { force: true }).catch(() => undefined);
          fail(error);
        }
      })();
      pending.add(write);
      void write.finally(() => pending.delete(write));
      return write;
    },
    async close() {
      await Promise.all(pending);
      if (wrote > 0 && !broken) await prune(entries, maxBytes).catch(() => undefined);
    },
  };
}

/** Deletes the oldest entries (by modification time) until the directory holds at most 80% of `maxBytes`, once it holds more than `maxBytes`. */
async function prune(entries: string, maxBytes: number): Promise<void> {
  const files: { path: string; size: number; mtime: number }[] = [];
  for (const sub of await readdir(entries)) {
    const subDir = join(entries, sub);
    const names = await readdir(subDir).catch(() => [] as string[]);
    await Promise.all(
      names.map(async (name) => {
        const path = join(subDir, name);
        const info = await stat(path).catch(() => undefined);
        if (info?.isFile()) files.push({ path, size: info.size, mtime: info.mtimeMs });
      }),
    );
  }
  let total = files.reduce((sum, f) => sum + f.size, 0);
  if (total <= maxBytes) return;
  files.sort((a, b) => a.mtime - b.mtime);
  for (const f of files) {
    if (total <= maxBytes * 0.8) break;
    await unlink(f.path).catch(() => undefined);
    total -= f.size;
  }
}
