import { execFile } from 'node:child_process';

/** A git command failed; `message` is written for the user (what to do). */
export class GitError extends Error {
  override readonly name = 'GitError';
}

/**
 * Runs git with arguments (never through a shell) in `cwd` and returns stdout as
 * bytes. Rejects with a {@link GitError} carrying git's first error line.
 */
export function git(args: readonly string[], cwd: string, input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      // core.fsmonitor names a program in the repository's own config; a read never needs it (the editor runs git in untrusted workspaces too).
      ['-c', 'core.quotepath=false', '-c', 'core.fsmonitor=false', ...args],
      { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        if (error) {
          const first =
            stderr
              .toString('utf8')
              .split('\n')
              .find((l) => l.trim() !== '') ?? error.message;
          reject(new GitError(first.replace(/^fatal: /, '')));
        } else resolve(stdout);
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** The repository's top-level directory, or undefined outside a git work tree. */
export async function gitTopLevel(cwd: string): Promise<string | undefined> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], cwd)).toString('utf8').trim();
  } catch {
    return undefined;
  }
}

/** Resolves a ref to a commit id, with a message that says what to do when it does not exist. */
export async function resolveCommit(ref: string, cwd: string): Promise<string> {
  if (ref.startsWith('-')) throw new GitError(`"${ref}" is not a git ref. Pass a branch, tag or commit, e.g. --base origin/main.`);
  try {
    return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], cwd)).toString('utf8').trim();
  } catch {
    throw new GitError(
      `git ref "${ref}" does not exist in this repository. Check the name (git branch -a), or fetch it first (git fetch origin ${ref}).`,
    );
  }
}

/** One object read by {@link readBlobs}. */
export interface Blob {
  readonly spec: string;
  /** Undefined when the object does not exist (e.g. the file is absent at that commit). */
  readonly bytes?: Buffer;
}

/**
 * Reads many `<commit>:<path>` objects in one `git cat-file --batch` process
 * (never one process per file).
 */
export async function readBlobs(specs: readonly string[], cwd: string): Promise<Blob[]> {
  if (specs.length === 0) return [];
  for (const s of specs) if (s.includes('\n')) throw new GitError('a path contains a newline; such paths are not supported');
  const out = await git(['cat-file', '--batch'], cwd, specs.join('\n') + '\n');
  const blobs: Blob[] = [];
  let pos = 0;
  for (const spec of specs) {
    const nl = out.indexOf(10, pos);
    if (nl === -1) break;
    const header = out.subarray(pos, nl).toString('utf8');
    pos = nl + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      blobs.push({ spec });
      continue;
    }
    const size = Number(header.slice(header.lastIndexOf(' ') + 1));
    const type = header.split(' ')[1];
    const bytes = out.subarray(pos, pos + size);
    pos += size + 1;
    blobs.push(type === 'blob' ? { spec, bytes } : { spec });
  }
  return blobs;
}
