import type { SkippedFile } from '../files/file-set.js';

const REASONS: Readonly<Record<SkippedFile['reason'], string>> = {
  binary: 'binary file',
  'too-large': 'too large',
  'invalid-utf8': 'not valid UTF-8 text',
  unreadable: 'could not be read',
  'not-found': 'not found',
  ignored: "matches the policy's `ignore` list",
  'not-listed': 'not listed by GitHub (over its file limit)',
};

/**
 * Why a file was not analyzed, as a short plain-text phrase for reports
 * (`too large (2.3 MB > 1 MiB limit)`). Holds the adapter's `detail`, never file content.
 * Unknown reasons (from a newer adapter) are shown as written.
 */
export function describeSkippedFile(file: SkippedFile): string {
  const reason = `${REASONS[file.reason] ?? String(file.reason)}${file.partial ? ', analyzed in part' : ''}`;
  return file.detail ? `${reason} (${file.detail})` : reason;
}
