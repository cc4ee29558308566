import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { POLICY_PATHS } from '../shared/policy/policy-path.js';
import type { PolicySource } from '../shared/policy/resolve-policy.js';
import { UsageError } from './usage-error.js';
import { OutsideRootError, resolveInsideRoot } from './resolve-inside-root.js';

/** Reads a policy file the user named explicitly; a missing one is a usage error. */
export async function readNamedPolicy(file: string, cwd: string, flag: string): Promise<PolicySource> {
  try {
    const text = await readFile(resolve(cwd, file), 'utf8');
    return { file: relative(cwd, resolve(cwd, file)).split(sep).join('/') || file, text };
  } catch {
    throw new UsageError(`${flag} ${file}: the file cannot be read. Check the path (it is relative to ${cwd}).`);
  }
}

/**
 * Reads the repository policy at `root`: the first of `POLICY_PATHS` that exists
 * (`.github/tollgate.yml` wins over `.github/tollgate.yaml`). A policy that is a
 * symbolic link out of the repository is refused (a usage error), never read.
 */
export async function readRepositoryPolicy(root: string): Promise<PolicySource | undefined> {
  for (const file of POLICY_PATHS) {
    let path: string;
    try {
      path = await resolveInsideRoot(root, file);
    } catch (error) {
      if (error instanceof OutsideRootError) throw new UsageError(error.message);
      continue;
    }
    try {
      return { file, text: await readFile(path, 'utf8') };
    } catch {
      // not there: the next name
    }
  }
  return undefined;
}
