import picomatch from 'picomatch';
import { lstat } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { contextFileGlobs } from '../shared/analyzer/registry.js';
import type { Analyzer } from '../shared/analyzer/analyzer.js';
import { gitTopLevel } from '../node/git.js';
import { listFiles } from '../node/list-files.js';
import { readTextFile } from '../node/read-text-file.js';

/**
 * Reads the files the analyzers need whole (connector manifests, workflows; see
 * `Analyzer.contextFiles`) from a workspace folder, as the CLI lists files: git's
 * view inside a work tree (`.gitignore` honoured), a directory walk elsewhere.
 *
 * @param root     the workspace folder (absolute)
 * @param maxBytes files larger than this are left out (the policy's `limits.maxFileBytes`)
 */
export async function readContextFiles(root: string, analyzers: readonly Analyzer[], maxBytes: number): Promise<Map<string, string>> {
  const globs = contextFileGlobs(analyzers);
  const files = new Map<string, string>();
  if (globs.length === 0) return files;
  const isContext = picomatch(globs, { dot: true });
  const top = await gitTopLevel(root).catch(() => undefined);
  const inGit = top !== undefined && resolve(top) === resolve(root);
  let listed: string[];
  try {
    listed = await listFiles(root, [root], inGit);
  } catch {
    return files;
  }
  for (const path of listed.filter((p) => isContext(p))) {
    const read = await readTextFile(resolve(root, path), maxBytes);
    if (read.ok) files.set(path, read.text);
  }
  return files;
}

/** Lockfiles can be large; read up to this many bytes of one (a cut-off JSON lockfile records nothing). */
const MAX_LOCKFILE_BYTES = 32 * 1024 * 1024;

/**
 * The lockfiles that record a document's package versions: the `package-lock.json`
 * and the `uv.lock` nearest to it, from its folder up to the workspace root (never
 * above it). Read only, never resolved or fetched; an absent or unreadable one, or a
 * symbolic link, is left out.
 *
 * @param path the document's workspace-relative path (forward slashes)
 */
export async function readWorkspaceLockfiles(root: string, path: string): Promise<{ packageLock?: string; uvLock?: string }> {
  const parts = path.split('/').slice(0, -1);
  if (parts.some((p) => p === '..') || isAbsolute(path)) return {};
  const found: { packageLock?: string; uvLock?: string } = {};
  for (let depth = parts.length; depth >= 0; depth -= 1) {
    const dir = resolve(root, ...parts.slice(0, depth));
    for (const [key, name] of [
      ['packageLock', 'package-lock.json'],
      ['uvLock', 'uv.lock'],
    ] as const) {
      if (found[key] !== undefined) continue;
      // A symbolic link could point outside the repository: not followed.
      const link = await lstat(resolve(dir, name)).then(
        (s) => s.isSymbolicLink(),
        () => true,
      );
      if (link) continue;
      const read = await readTextFile(resolve(dir, name), MAX_LOCKFILE_BYTES);
      if (read.ok && !read.partial) found[key] = read.text;
    }
  }
  return found;
}
