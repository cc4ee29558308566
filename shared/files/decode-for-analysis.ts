import type { SkipReason } from './file-set.js';

/**
 * A file's bytes turned into what the analyzers read. `text` is what can be analyzed
 * (possibly only the first part, or decoded with replacement characters);
 * `notAnalyzed` says what could not be, and is reported as a
 * `tollgate/file-not-analyzed` finding when the file is part of a change.
 */
export interface DecodedFile {
  readonly text?: string;
  readonly notAnalyzed?: {
    readonly reason: SkipReason;
    readonly detail?: string;
    /** True when `text` holds the file's first part and the rest was not analyzed. */
    readonly partial?: boolean;
    /** A recognised binary format (by its magic number), e.g. `PNG image`. */
    readonly format?: string;
  };
}

/**
 * Recognised binary formats, by magic number. A file is only called one of these when
 * its content starts with the signature, whatever its name says: renaming `.env` to
 * `logo.png` does not make it an image.
 */
const BINARY_FORMATS: readonly { readonly name: string; readonly magic: readonly number[] }[] = [
  { name: 'PNG image', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'RIFF media (WebP, WAV, AVI)', magic: [0x52, 0x49, 0x46, 0x46] },
  { name: 'ICO image', magic: [0x00, 0x00, 0x01, 0x00] },
  { name: 'PDF document', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'WOFF font', magic: [0x77, 0x4f, 0x46, 0x46] },
  { name: 'WOFF2 font', magic: [0x77, 0x4f, 0x46, 0x32] },
  { name: 'TrueType font', magic: [0x00, 0x01, 0x00, 0x00, 0x00] },
  { name: 'OpenType font', magic: [0x4f, 0x54, 0x54, 0x4f] },
];

/** Bytes examined to tell text from binary. */
const SNIFF_BYTES = 8192;

/**
 * Share of printable ASCII characters (in the first 8 KiB) above which a file with NUL
 * bytes is still read as text: one NUL planted at the top of a `.env` must not
 * switch scanning off.
 */
const TEXT_RATIO = 0.85;

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/**
 * Decodes a file for analysis, reading as much as can safely be read:
 *
 * - over `maxBytes`: the first `maxBytes` (cut at the last line break) are analyzed,
 *   and the file is `too-large` with `partial: true`;
 * - a UTF-16 byte-order mark: decoded as UTF-16;
 * - a recognised binary format (PNG, JPEG, PDF, fonts, ...): not analyzed, `binary`
 *   with its `format`;
 * - NUL bytes in the first 8 KiB: text anyway when at least 85 % of those bytes are
 *   printable (NULs kept as characters), else `binary`;
 * - invalid UTF-8: decoded with U+FFFD for each bad sequence (ASCII secrets stay
 *   findable) and analyzed whole; not reported.
 *
 * Pure; never returns file content in `notAnalyzed`.
 */
export function decodeForAnalysis(bytes: Uint8Array, maxBytes: number): DecodedFile {
  const format = binaryFormatOf(bytes);
  if (format) return { notAnalyzed: { reason: 'binary', format, detail: format } };
  if (bytes.length > maxBytes) {
    const cut = lastLineBreak(bytes, maxBytes);
    const text = decodeText(bytes.subarray(0, cut));
    const detail = `${bytes.length} bytes is over the ${maxBytes}-byte limit; the first ${cut} bytes were analyzed`;
    return text === undefined ? { notAnalyzed: { reason: 'binary', detail } } : { text, notAnalyzed: { reason: 'too-large', detail, partial: true } };
  }
  const text = decodeText(bytes);
  return text === undefined ? { notAnalyzed: { reason: 'binary' } } : { text };
}

/** The text of `bytes`, or `undefined` when they are binary (see {@link decodeForAnalysis}). */
function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = bytes.subarray(0, SNIFF_BYTES);
  if (head.includes(0) && printableRatio(head) < TEXT_RATIO) return undefined;
  try {
    return strict.decode(bytes);
  } catch {
    return lenient.decode(bytes);
  }
}

/** The format name when `bytes` start with a recognised binary signature. */
export function binaryFormatOf(bytes: Uint8Array): string | undefined {
  return BINARY_FORMATS.find((f) => f.magic.length <= bytes.length && f.magic.every((b, i) => bytes[i] === b))?.name;
}

function printableRatio(head: Uint8Array): number {
  if (head.length === 0) return 1;
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f)) printable++;
  return printable / head.length;
}

/** End of the last complete line within the first `limit` bytes (or `limit` when there is none). */
function lastLineBreak(bytes: Uint8Array, limit: number): number {
  const at = bytes.subarray(0, limit).lastIndexOf(10);
  return at > 0 ? at + 1 : limit;
}
