import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { git, GitError } from './git.js';

/** One file version (blob) in the history, with the first commit that added it. */
export interface HistoryBlob {
  /** The blob's object id. */
  readonly blob: string;
  /** Its path in that commit. */
  readonly path: string;
  /** Full SHA of the first commit (oldest first) whose diff adds this blob. */
  readonly commit: string;
  /** That commit's committer date, ISO 8601. */
  readonly date: string;
}

/** What `listHistoryBlobs` found, and what it could not look at. */
export interface HistoryListing {
  /** Each distinct blob once, in the order its introducing commits were made. */
  readonly blobs: readonly HistoryBlob[];
  /** Commits walked. */
  readonly commits: number;
  /** True in a shallow clone: history before the boundary was not scanned. */
  readonly shallow: boolean;
  /** Submodule entries (gitlinks), not scanned: their history is another repository's. */
  readonly submodules: readonly string[];
}

/**
 * Lists every blob added or modified in the history reachable from HEAD (or after
 * `since`), each distinct blob once, with the oldest commit that introduced it: one
 * `git log --raw -z` process, oldest first. Renames are not followed (`--no-renames`):
 * a renamed file's blob is the one its first commit added. Symbolic links and
 * submodules are not file content and are left out (submodules listed). Merge
 * commits add no blob of their own unless resolved by hand (an "evil merge" is not
 * looked at; its parents' commits are).
 */
export function listHistoryBlobs(root: string, options: { since?: string } = {}): Promise<HistoryListing> {
  return startHistoryListing(root, options).listing;
}

/**
 * {@link listHistoryBlobs}, started at once, with the top level of the repository
 * `cwd` is in (undefined outside one) from the same `git rev-parse` that tells
 * whether the clone is shallow: the CLI starts both before its scan command loads.
 */
export function startHistoryListing(
  cwd: string,
  options: { since?: string } = {},
): { readonly listing: Promise<HistoryListing>; readonly topLevel: Promise<string | undefined> } {
  // Both git processes run at once; the shallow check's answer is awaited after the log.
  const revParse = git(['rev-parse', '--is-shallow-repository', '--show-toplevel'], cwd).then(
    (out) => out.toString('utf8').trim().split('\n'),
    (error: unknown) => error,
  );
  const listing = readListing(
    cwd,
    options,
    revParse.then((lines) => (Array.isArray(lines) ? lines[0] === 'true' : lines)),
  );
  return { listing, topLevel: revParse.then((lines) => (Array.isArray(lines) ? lines[1] : undefined)) };
}

async function readListing(root: string, options: { since?: string }, shallowCheck: Promise<unknown>): Promise<HistoryListing> {
  const range = options.since ? [`${options.since}..HEAD`] : ['HEAD'];
  let out: Buffer;
  // git writes the log to a file of ours, not a pipe: while this thread is busy (the
  // listing starts as the engine loads), a pipe would fill and stall git.
  // (Synchronously: git starts now, not when this busy thread next turns to its event loop.)
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-history-'));
  try {
    const file = join(dir, 'log');
    await git(
      [
        'log',
        '--reverse',
        '--format=%x01%H%x00%cI',
        '--raw',
        '-z',
        '--no-abbrev',
        '--no-renames',
        '--diff-filter=AMT',
        `--output=${file}`,
        '--end-of-options',
        ...range,
      ],
      root,
    );
    out = await readFile(file);
  } catch (error) {
    if (error instanceof GitError && /does not have any commits|unknown revision|bad revision/.test(error.message)) {
      throw new GitError(
        options.since
          ? `--since ${options.since}: not a commit of this repository (or HEAD has no commits).`
          : 'this repository has no commits yet: nothing in its history to scan.',
      );
    }
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const tokens = out.toString('utf8').split('\0');
  const seen = new Set<string>();
  const blobs: HistoryBlob[] = [];
  const submodules = new Set<string>();
  let commit = '';
  let date = '';
  let commits = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = (tokens[i] as string).replace(/^\n/, '');
    if (token.startsWith('\x01')) {
      commit = token.slice(1);
      date = tokens[++i] ?? '';
      commits++;
      continue;
    }
    if (!token.startsWith(':')) continue;
    const path = tokens[++i] ?? '';
    // :<old mode> <new mode> <old sha> <new sha> <status>
    const [, newMode, , sha] = token.slice(1).split(' ');
    if (!sha || !newMode) continue;
    if (newMode === '160000') {
      submodules.add(path);
      continue;
    }
    if (newMode === '120000' || seen.has(sha)) continue;
    seen.add(sha);
    blobs.push({ blob: sha, path, commit, date });
  }
  const shallow = await shallowCheck;
  if (typeof shallow !== 'boolean') throw shallow;
  return { blobs, commits, shallow, submodules: [...submodules].sort() };
}

/** How far `streamBlobs` reads ahead of its caller. */
const READ_AHEAD_BYTES = 32 * 1024 * 1024;

/**
 * Streams blobs by id from one `git cat-file --batch` process, in the order asked,
 * with their size from git's header; one over `maxBytes` comes without its bytes
 * (`tooLarge`), its body dropped as it passes. Each as soon as git has written it (git inflates the next objects while the caller
 * analyzes the previous ones). A missing id or one that is not a blob is yielded
 * without bytes. The ids are written to git's stdin as the output is read, so
 * neither side waits on a full pipe.
 */
export async function* streamBlobs(
  root: string,
  ids: readonly string[],
  options: { maxBytes?: number } = {},
): AsyncGenerator<{ id: string; bytes?: Buffer; size?: number; tooLarge?: true }> {
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  if (ids.length === 0) return;
  const child = spawn('git', ['-c', 'core.fsmonitor=false', 'cat-file', '--batch'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < 4096) stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  child.stdin.on('error', () => undefined); // git exiting early is reported from its exit code and stderr
  child.stdin.end(ids.join('\n') + '\n');

  // git's output is taken as it arrives, whenever this thread turns to its event loop,
  // and queued here (up to READ_AHEAD_BYTES): a pipe holds only 64 KiB, and git would
  // otherwise wait while the caller analyzes, and the caller then wait for git.
  const queue: Buffer[] = [];
  let queued = 0;
  let ended = false;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const stdout = child.stdout;
  stdout.on('data', (chunk: Buffer) => {
    queue.push(chunk);
    queued += chunk.length;
    if (queued > READ_AHEAD_BYTES) stdout.pause();
    wake?.();
  });
  stdout.on('end', () => {
    ended = true;
    wake?.();
  });
  stdout.on('error', (error) => {
    failure = error;
    wake?.();
  });
  const chunks = async function* (): AsyncGenerator<Buffer> {
    for (;;) {
      const chunk = queue.shift();
      if (chunk) {
        queued -= chunk.length;
        if (stdout.isPaused() && queued <= READ_AHEAD_BYTES / 2) stdout.resume();
        yield chunk;
        continue;
      }
      if (failure) throw failure;
      if (ended) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
    }
  };

  // Chunks are joined only once they hold what the next step needs (a header, or a
  // whole object), so a large object arriving in many chunks is copied once.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let need = 1;
  /** Bytes of an object over `maxBytes` (and its newline) still to be dropped unread. */
  let skip = 0;
  let next = 0;
  try {
    for await (const chunk of chunks()) {
      let incoming = chunk;
      if (skip > 0) {
        const dropped = Math.min(skip, incoming.length);
        skip -= dropped;
        incoming = incoming.subarray(dropped);
        if (incoming.length === 0) continue;
      }
      pending.push(incoming);
      pendingBytes += incoming.length;
      if (pendingBytes < need) continue;
      const buffered = pending.length === 1 ? (pending[0] as Buffer) : Buffer.concat(pending, pendingBytes);
      let pos = 0;
      need = 1;
      while (next < ids.length && pos < buffered.length) {
        const nl = buffered.indexOf(10, pos);
        if (nl === -1) break;
        const header = buffered.toString('latin1', pos, nl);
        const id = ids[next] as string;
        if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
          pos = nl + 1;
          next++;
          yield { id };
          continue;
        }
        const size = Number(header.slice(header.lastIndexOf(' ') + 1));
        if (size > maxBytes) {
          // Too large to read: its body is dropped as it streams past, never held.
          const available = buffered.length - (nl + 1);
          if (available >= size + 1) pos = nl + 1 + size + 1;
          else {
            skip = size + 1 - available;
            pos = buffered.length;
          }
          next++;
          yield { id, size, tooLarge: true };
          continue;
        }
        if (buffered.length < nl + 1 + size + 1) {
          need = nl + 1 + size + 1 - pos; // the object is not all here yet
          break;
        }
        const type = header.split(' ')[1];
        const bytes = buffered.subarray(nl + 1, nl + 1 + size);
        pos = nl + 1 + size + 1;
        next++;
        yield type === 'blob' ? { id, bytes, size } : { id };
      }
      const rest = buffered.subarray(pos);
      pending = rest.length > 0 ? [rest] : [];
      pendingBytes = rest.length;
    }
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await exited;
  if (next < ids.length) {
    const first = stderr.split('\n').find((l) => l.trim() !== '') ?? `git cat-file exited with code ${code}`;
    throw new GitError(`reading the history's file versions failed after ${next} of ${ids.length}: ${first.replace(/^fatal: /, '')}`);
  }
}
