import type { FileSet } from '../../files/file-set.js';
import type { OffsetRange } from '../../model/finding.js';
import { primaryLocationLineHashes } from '../primary-location-line-hashes.js';
import type { LocatedFinding } from './locate-findings.js';
import type { PipelineFinding } from './pipeline-finding.js';
import { secretRangesByPath } from './secret-ranges-by-path.js';

/** A located finding with GitHub's `primaryLocationLineHash` of its first line, when there is one. */
export type LineHashedFinding = LocatedFinding & { readonly lineHash?: string };

/**
 * Adds GitHub code scanning's `primaryLocationLineHash` (see
 * `primaryLocationLineHashes`) to each finding: the hash of its start line in the text
 * it points into, computed here because the renderers never see file text. If Tollgate
 * left it out, `upload-sarif` would compute it from the file on disk, secrets and all.
 *
 * Every secret found in the file (`found`, before the policy or the change drops any)
 * is masked first, each character but line ends replaced by `*`, since the hash covers
 * up to 100 characters after the line start. A file with a whole-file secret finding
 * (an empty range at 0, such as a committed `.env`), and a pinned text (another
 * version of the file) of a path with a secret, are masked entirely: nothing of them
 * is hashed but their line structure. One hash pass per text, up to the last line a
 * finding starts on.
 */
export function hashPrimaryLines(findings: readonly LocatedFinding[], head: FileSet, found: readonly PipelineFinding[]): LineHashedFinding[] {
  const secrets = secretRangesByPath(found);
  const wholeFile = new Set(
    found.filter(({ raw }) => raw.ruleId.startsWith('secrets/') && raw.range.start === 0 && raw.range.end === 0).map(({ raw }) => raw.path),
  );
  // The lines wanted of each text (by path, then the pinned text or undefined for the
  // head's), then each text hashed once, up to its last wanted line.
  const texts = new Map<string, Map<string | undefined, { lines: Set<number>; hashes?: string[] }>>();
  const entryOf = (f: LocatedFinding) => {
    let byText = texts.get(f.raw.path);
    if (!byText) texts.set(f.raw.path, (byText = new Map()));
    let entry = byText.get(f.pinnedText);
    if (!entry) byText.set(f.pinnedText, (entry = { lines: new Set() }));
    return entry;
  };
  for (const f of findings) entryOf(f).lines.add(f.location.startLine);
  for (const [path, byText] of texts) {
    for (const [pinnedText, entry] of byText) {
      const text = pinnedText ?? head.get(path) ?? '';
      const maskAll = wholeFile.has(path) || (pinnedText !== undefined && (secrets.has(path) || wholeFile.has(path)));
      entry.hashes = primaryLocationLineHashes(maskText(text, secrets.get(path) ?? [], maskAll), entry.lines);
    }
  }
  return findings.map((f) => {
    const lineHash = entryOf(f).hashes?.[f.location.startLine - 1];
    return lineHash === undefined ? f : { ...f, lineHash };
  });
}

/** `text` with each character in `ranges` (or every character, with `all`) but `\r` and `\n` replaced by `*`. */
function maskText(text: string, ranges: readonly OffsetRange[], all: boolean): string {
  if (all) return text.replace(/[^\r\n]/g, '*');
  if (ranges.length === 0) return text;
  // Which code units a range covers, then the text rebuilt run by run (no array of one-character strings).
  const covered = new Uint8Array(text.length);
  for (const r of ranges) covered.fill(1, Math.max(0, r.start), Math.max(0, Math.min(text.length, r.end)));
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0) continue;
    const code = text.charCodeAt(i);
    if (code === 13 || code === 10) continue;
    if (from < i) parts.push(text.slice(from, i));
    parts.push('*');
    from = i + 1;
  }
  parts.push(text.slice(from));
  return parts.join('');
}
