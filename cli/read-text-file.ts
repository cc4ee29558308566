import { readFile, stat } from 'node:fs/promises';
import type { SkipReason } from '../shared/files/file-set.js';

/** A file read for analysis: its text, or why it was skipped. */
export type ReadResult = { ok: true; text: string } | { ok: false; reason: SkipReason; detail?: string };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a file as UTF-8 text for analysis. Binary files (a NUL byte in the first
 * 8 KiB), files over `maxBytes`, and invalid UTF-8 are skipped with a reason; the
 * content of a skipped file is never returned or logged.
 */
export async function readTextFile(path: string, maxBytes: number): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'unreadable', detail: 'not a regular file' };
    if (info.size > maxBytes) {
      return { ok: false, reason: 'too-large', detail: `${info.size} bytes is over the ${maxBytes}-byte limit` };
    }
    const bytes = await readFile(path);
    // A file that grew past the limit between the two calls is still refused.
    if (bytes.length > maxBytes) return { ok: false, reason: 'too-large', detail: `${bytes.length} bytes is over the ${maxBytes}-byte limit` };
    return decodeText(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'not-found', detail: 'no such file' };
    return { ok: false, reason: 'unreadable', detail: code ?? 'read failed' };
  }
}

/** Decodes bytes as UTF-8 text, or says why they are not text. */
export function decodeText(bytes: Uint8Array): ReadResult {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary' };
  try {
    return { ok: true, text: decoder.decode(bytes) };
  } catch {
    return { ok: false, reason: 'invalid-utf8' };
  }
}
