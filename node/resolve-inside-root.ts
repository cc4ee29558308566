import { lstat, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/** A path from repository content that would leave the repository. */
export class OutsideRootError extends Error {
  readonly file: string;
  constructor(file: string) {
    super(
      `${file}: the path leads outside the repository (through \`..\`, an absolute path or a symbolic link); Tollgate reads and writes configured files only inside it. Use a repository-relative path to a regular file.`,
    );
    this.name = 'OutsideRootError';
    this.file = file;
  }
}

function inside(root: string, child: string): boolean {
  const r = relative(root, child);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/**
 * Resolves `file` (a path named by repository content: the policy's baseline, the
 * policy file itself) against `root` and checks that it stays inside the repository
 * once every symbolic link on the way is followed. For a file that does not exist
 * yet (a baseline about to be written), its nearest existing folder is checked.
 * Throws {@link OutsideRootError} otherwise; never reads the file.
 */
export async function resolveInsideRoot(root: string, file: string): Promise<string> {
  const realRoot = await realpath(root);
  const target = resolve(realRoot, file);
  if (!inside(realRoot, target)) throw new OutsideRootError(file);
  let existing = target;
  for (;;) {
    try {
      await lstat(existing);
      break;
    } catch {
      const parent = dirname(existing);
      if (parent === existing) break;
      existing = parent;
    }
  }
  const real = await realpath(existing).catch(() => existing);
  if (!inside(realRoot, real)) throw new OutsideRootError(file);
  return existing === target ? real : resolve(real, relative(existing, target));
}
