import { isAbsolute, relative, resolve } from 'node:path';
import type { SkippedFile } from '../shared/files/file-set.js';
import { UsageError } from './usage-error.js';
import { listFiles, PathNotFoundError } from './list-files.js';
import { readTextFileSync } from './read-text-file.js';
import { setImmediate as nextTurn } from 'node:timers/promises';

/** True when `child` is `parent` or below it. */
export function isInside(parent: string, child: string): boolean {
  const r = relative(parent, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/** Lists the files below `paths` (see `listFiles`); a path that does not exist is a usage error. */
export async function listWorkspaceFiles(root: string, paths: readonly string[], inGit: boolean): Promise<string[]> {
  try {
    return await listFiles(root, paths, inGit);
  } catch (error) {
    if (error instanceof PathNotFoundError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Reads root-relative `files` as text into a file set (synchronously, 64 at a time,
 * with an event-loop turn between batches: see `readTextFileSync`); binary and
 * unreadable files are listed as skipped, too large ones (over `maxBytes`) as skipped
 * with `partial` (their first part is in the set).
 * `onProgress(done, total)` is called after each batch.
 */
export async function readWorkspaceFiles(
  root: string,
  files: readonly string[],
  maxBytes: number,
  onProgress?: (done: number, total: number) => void,
): Promise<{ head: Map<string, string>; skipped: SkippedFile[] }> {
  const head = new Map<string, string>();
  const skipped: SkippedFile[] = [];
  const batch = 64;
  for (let i = 0; i < files.length; i += batch) {
    if (i > 0) await nextTurn();
    for (const path of files.slice(i, i + batch)) {
      const r = readTextFileSync(resolve(root, path), maxBytes);
      if (r.ok) {
        head.set(path, r.text);
        if (r.partial) skipped.push({ path, reason: r.partial.reason, ...(r.partial.detail ? { detail: r.partial.detail } : {}), partial: true });
      } else skipped.push({ path, reason: r.reason, ...(r.detail ? { detail: r.detail } : {}), ...(r.format ? { format: r.format } : {}) });
    }
    onProgress?.(Math.min(i + batch, files.length), files.length);
  }
  return { head, skipped };
}
