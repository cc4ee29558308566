import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { decodeForAnalysis } from '../shared/files/decode-for-analysis.js';
import type { SkipReason } from '../shared/files/file-set.js';

/**
 * A file read for analysis: its text (`partial` when only its first part could be
 * read), or why it was skipped. `detail` never holds file content.
 */
export type ReadResult =
  { ok: true; text: string; partial?: { reason: SkipReason; detail?: string } } | { ok: false; reason: SkipReason; detail?: string; format?: string };

/**
 * Reads a file for analysis with {@link decodeText}: a file over `maxBytes` is read up
 * to the limit only (and is `partial`), binary files are skipped with a reason; the
 * content of a skipped file is never returned or logged.
 */
export async function readTextFile(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return NOT_A_FILE;
    // Read one byte past the limit: enough to know the file is too large, never the whole of a huge file.
    const handle = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(info.size, maxBytes + 1));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
      return resultOf(buffer.subarray(0, bytesRead), info.size, maxBytes);
    } finally {
      await handle.close();
    }
  } catch (error) {
    return failureOf(error);
  }
}

const NOT_A_FILE: ReadResult = { ok: false, reason: 'unreadable', detail: 'not a regular file' };

/** The bytes read of a file of `size` bytes (at most `maxBytes + 1` of them), decoded, with the size in the detail when it was over the limit. */
function resultOf(bytes: Uint8Array, size: number, maxBytes: number): ReadResult {
  const result = decodeText(bytes, maxBytes);
  if (result.ok && result.partial && bytes.length > maxBytes) {
    return { ...result, partial: { ...result.partial, detail: `${size} bytes is over the ${maxBytes}-byte limit; the first part was analyzed` } };
  }
  return result;
}

/** Why a file could not be read: its error code, never its content. */
function failureOf(error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return { ok: false, reason: 'not-found', detail: 'no such file' };
  return { ok: false, reason: 'unreadable', detail: code ?? 'read failed' };
}

/**
 * `readTextFile` without the thread pool: the same result, read synchronously. Four
 * asynchronous calls per file (stat, open, read, close), each a round trip through
 * libuv's thread pool, cost more than reading a small file; a scan reads hundreds of
 * them (`readWorkspaceFiles` reads in batches, with an event-loop turn between them).
 * The file is opened non-blocking and checked on the open descriptor, so a FIFO or
 * device put in a file's place is skipped, never waited on.
 */
export function readTextFileSync(path: string, maxBytes: number): ReadResult {
  try {
    const read = readRegularFileSync(path, maxBytes + 1);
    return read ? resultOf(read.bytes, read.size, maxBytes) : NOT_A_FILE;
  } catch (error) {
    return failureOf(error);
  }
}

/**
 * Up to `maxBytes` of a regular file, read synchronously, and its size; undefined when
 * `path` is not a regular file (a directory, FIFO, device). Opened non-blocking and
 * checked with `fstat` on the open descriptor, so nothing put in a file's place is ever
 * waited on, and there is no window between the check and the read.
 *
 * @throws the file system's error (ENOENT, EACCES, ...)
 */
export function readRegularFileSync(path: string, maxBytes = Number.POSITIVE_INFINITY): { bytes: Buffer; size: number } | undefined {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return undefined;
    const buffer = Buffer.allocUnsafe(Math.min(info.size, maxBytes));
    let bytesRead = 0;
    while (bytesRead < buffer.length) {
      const n = readSync(fd, buffer, bytesRead, buffer.length - bytesRead, bytesRead);
      if (n === 0) break;
      bytesRead += n;
    }
    return { bytes: buffer.subarray(0, bytesRead), size: info.size };
  } finally {
    closeSync(fd);
  }
}

/**
 * Decodes bytes for analysis (see `decodeForAnalysis`): text, text of which only the
 * first part was read (`partial`), or why they are not text. Default `maxBytes`:
 * no limit.
 */
export function decodeText(bytes: Uint8Array, maxBytes = Number.POSITIVE_INFINITY): ReadResult {
  const decoded = decodeForAnalysis(bytes, maxBytes);
  const skip = decoded.notAnalyzed;
  if (decoded.text !== undefined) {
    return skip
      ? { ok: true, text: decoded.text, partial: { reason: skip.reason, ...(skip.detail ? { detail: skip.detail } : {}) } }
      : { ok: true, text: decoded.text };
  }
  return {
    ok: false,
    reason: skip?.reason ?? 'binary',
    ...(skip?.detail ? { detail: skip.detail } : {}),
    ...(skip?.format ? { format: skip.format } : {}),
  };
}
