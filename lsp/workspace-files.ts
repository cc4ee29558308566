import picomatch from 'picomatch';
import { resolve } from 'node:path';
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
