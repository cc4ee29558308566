/**
 * An in-memory set of files: repository-relative path (with `/` separators) to text.
 * The analyzers read only this; adapters fill it from disk, git or the GitHub API.
 */
export type FileSet = ReadonlyMap<string, string>;

/** Why a file was left out of the analysis; every report lists these. */
export type SkipReason = 'binary' | 'too-large' | 'invalid-utf8' | 'unreadable' | 'not-found' | 'ignored' | 'not-listed';

/** A file the analysis did not read, and why. */
export interface SkippedFile {
  readonly path: string;
  readonly reason: SkipReason;
  /** Extra context, e.g. the size in bytes for `too-large`. Never file content. */
  readonly detail?: string;
  /**
   * The file's first part was analyzed (it is in the file set) and the rest was not:
   * a `too-large` file is scanned up to `limits.maxFileBytes`.
   */
  readonly partial?: boolean;
  /** A recognised binary format (by magic number), e.g. `PNG image`. */
  readonly format?: string;
}

/**
 * Normalises a path to the form the core uses: forward slashes, no leading `./`,
 * no duplicate separators.
 */
export function normalizePath(path: string): string {
  let p = path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  return p;
}

/** Creates a {@link FileSet} from entries or a plain record, normalising paths. */
export function createFileSet(entries: Iterable<readonly [string, string]> | Readonly<Record<string, string>>): FileSet {
  const iterable: Iterable<readonly [string, string]> =
    Symbol.iterator in entries ? (entries as Iterable<readonly [string, string]>) : Object.entries(entries as Record<string, string>);
  const map = new Map<string, string>();
  for (const [path, text] of iterable) map.set(normalizePath(path), text);
  return map;
}
