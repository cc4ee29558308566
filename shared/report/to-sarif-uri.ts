/**
 * Turns a repository-relative path (`/` separators) into the relative URI SARIF's
 * `artifactLocation.uri` holds: `prefix` (the POSIX path from the current directory
 * to the scanned root, `''` when they are the same) joined with the path, each
 * segment percent-encoded per RFC 3986 (UTF-8; spaces, `%`, `#`, `?`, `:`, `[`, `]`,
 * non-ASCII and controls are encoded; `@`, `$`, `&`, `+`, `,`, `;`, `=` and
 * unreserved characters stay). `:` is always encoded so the first segment can never
 * read as a URI scheme. Backslashes count as separators; a leading `./` and empty
 * segments are dropped. The path `.` (the scanned root itself) maps to the prefix, or
 * `.` when there is none.
 */
export function toSarifUri(path: string, prefix = ''): string {
  const segments = [...splitPath(prefix), ...splitPath(path)];
  if (segments.length === 0) return '.';
  return segments.map(encodeSegment).join('/');
}

function splitPath(path: string): string[] {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((s) => s !== '' && s !== '.');
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function encodeSegment(segment: string): string {
  // encodeURIComponent leaves A-Z a-z 0-9 - _ . ! ~ * ' ( ); restore the other
  // sub-delims and `@`, which RFC 3986 allows in a path segment. Lone surrogates
  // (not valid UTF-16) are replaced first, since they cannot be encoded.
  return encodeURIComponent(segment.replace(LONE_SURROGATE, '\uFFFD')).replace(/%(24|26|2B|2C|3B|3D|40)/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
