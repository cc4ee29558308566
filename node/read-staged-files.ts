import { resolve } from 'node:path';
import type { SkippedFile } from '../shared/files/file-set.js';
import { git, GitError, readBlobs } from './git.js';
import { decodeText } from './read-text-file.js';
import { UsageError } from './usage-error.js';
import { isInside } from './read-workspace-files.js';

/** Index entry modes (`git ls-files -s`) that hold no file text to analyze. */
const SYMLINK_MODE = '120000';
const GITLINK_MODE = '160000';

/**
 * Reads the files staged for the next commit from the INDEX, never from the work
 * tree: a file staged with a secret and cleaned in the work tree afterwards is still
 * read as staged; an unstaged edit is not read at all. Only added, copied, modified and
 * renamed files (`git diff --cached --diff-filter=ACMR`, rename target) below one of
 * `paths` (absolute) are read; a staged deletion reads nothing. Blob contents come from
 * one `git cat-file --batch` process (never one process per file), decoded like a
 * workspace file (`decodeText`: too large files partially, binary ones skipped).
 * Paths are root-relative with `/` separators, sorted.
 */
export async function readStagedFiles(
  root: string,
  paths: readonly string[],
  maxBytes: number,
): Promise<{ head: Map<string, string>; skipped: SkippedFile[] }> {
  try {
    // `git diff --cached` compares the index with HEAD, or with the empty tree before the first commit.
    const names = (await git(['diff', '--cached', '--name-only', '-z', '--no-ext-diff', '--diff-filter=ACMR', '--find-renames'], root))
      .toString('utf8')
      .split('\0')
      .filter((p) => p !== '' && paths.some((dir) => isInside(dir, resolve(root, p))));
    if (names.length === 0) return { head: new Map(), skipped: [] };
    const wanted = new Set(names);
    // Stage 0 index entries (mode, blob id, stage, path) of those paths. The whole index is
    // listed and filtered, so no pathspec list can outgrow the command line.
    const entries = (await git(['ls-files', '-s', '-z'], root))
      .toString('utf8')
      .split('\0')
      .filter((line) => line !== '')
      .map((line) => {
        const tab = line.indexOf('\t');
        const [mode = '', id = '', stage = ''] = line.slice(0, tab).split(' ');
        return { mode, id, stage, path: line.slice(tab + 1) };
      })
      .filter((e) => e.stage === '0' && wanted.has(e.path));
    const skipped: SkippedFile[] = [];
    const blobs = entries.filter((e) => {
      if (e.mode !== SYMLINK_MODE && e.mode !== GITLINK_MODE) return true;
      skipped.push({ path: e.path, reason: 'unreadable', detail: e.mode === SYMLINK_MODE ? 'a symbolic link' : 'a submodule' });
      return false;
    });
    // By blob id: an id never needs quoting, whatever the path holds.
    const bytes = (
      await readBlobs(
        blobs.map((e) => e.id),
        root,
      )
    ).map((b) => b.bytes);
    const head = new Map<string, string>();
    blobs.forEach((entry, i) => {
      const content = bytes[i];
      if (!content) {
        skipped.push({ path: entry.path, reason: 'unreadable', detail: 'the staged blob cannot be read' });
        return;
      }
      const r = decodeText(content, maxBytes);
      if (r.ok) {
        head.set(entry.path, r.text);
        if (r.partial) {
          const detail =
            content.length > maxBytes ? `${content.length} bytes is over the ${maxBytes}-byte limit; the first part was analyzed` : r.partial.detail;
          skipped.push({ path: entry.path, reason: r.partial.reason, ...(detail ? { detail } : {}), partial: true });
        }
      } else
        skipped.push({ path: entry.path, reason: r.reason, ...(r.detail ? { detail: r.detail } : {}), ...(r.format ? { format: r.format } : {}) });
    });
    return { head: new Map([...head].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), skipped };
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`cannot read the staged files: ${error.message}`);
    throw error;
  }
}
