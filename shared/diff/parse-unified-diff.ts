/** A closed range of 1-based line numbers in the new version of a file. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
}

/** What a change did to one file. */
export type FileChangeStatus = 'added' | 'modified' | 'deleted' | 'renamed';

/** One file of a change: its paths, status and the lines it added in the new version. */
export interface FileChange {
  /** Path in the new version (for deletions: the old path). */
  readonly path: string;
  /** Path in the old version, when it differs (renames) or the file is deleted. */
  readonly oldPath?: string;
  readonly status: FileChangeStatus;
  readonly binary: boolean;
  /** Added or modified lines in the new version, merged and sorted. */
  readonly addedLines: readonly LineSpan[];
}

/** The changed files of a review, by new path. */
export type ChangeSet = ReadonlyMap<string, FileChange>;

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Added lines of one file's hunks (the body of a unified diff after its headers,
 * as GitHub's `patch` field holds it). Lines are 1-based in the new version.
 */
export function parsePatchLines(patch: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let newLine = 0;
  let inHunk = false;
  for (const raw of patch.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const hunk = HUNK.exec(line);
    if (hunk) {
      newLine = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    const marker = line[0];
    if (marker === '+') {
      addLine(spans, newLine);
      newLine += 1;
    } else if (marker === ' ' || line === '') {
      newLine += 1;
    } else if (marker === '-' || marker === '\\') {
      // removed line or "\ No newline at end of file": the new version does not advance
    } else {
      inHunk = false;
    }
  }
  return spans;
}

function addLine(spans: LineSpan[], line: number): void {
  const last = spans[spans.length - 1];
  if (last && last.end + 1 === line) spans[spans.length - 1] = { start: last.start, end: line };
  else spans.push({ start: line, end: line });
}

function unquote(path: string): string {
  if (path.startsWith('"') && path.endsWith('"')) {
    // git quotes paths with unusual characters using C-style escapes
    const inner = path.slice(1, -1);
    const bytes: number[] = [];
    for (let i = 0; i < inner.length; i++) {
      const c = inner[i] as string;
      if (c !== '\\') {
        for (const b of new TextEncoder().encode(c)) bytes.push(b);
        continue;
      }
      const n = inner[i + 1] ?? '';
      if (/[0-7]/.test(n)) {
        bytes.push(parseInt(inner.slice(i + 1, i + 4), 8));
        i += 3;
      } else {
        const map: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
        bytes.push(map[n] ?? n.charCodeAt(0));
        i += 1;
      }
    }
    return new TextDecoder().decode(new Uint8Array(bytes));
  }
  return path;
}

/**
 * A path from a `---`/`+++` line: git ends a name that holds a space with one tab,
 * which is removed; other whitespace belongs to the name (`x ` and `x` are two files,
 * and trimming would review the wrong one).
 */
function stripPrefix(path: string): string {
  const p = unquote(path.endsWith('\t') ? path.slice(0, -1) : path);
  return p.startsWith('a/') || p.startsWith('b/') ? p.slice(2) : p;
}

/** `a/<p> b/<p>` with the same path twice (spaces allowed in it), as git writes for a file that kept its name. */
function samePathHeader(header: string): string | undefined {
  if (!header.startsWith('a/') || (header.length - 5) % 2 !== 0) return undefined;
  const length = (header.length - 5) / 2;
  const path = header.slice(2, 2 + length);
  return header === `a/${path} b/${path}` ? path : undefined;
}

/**
 * Parses a multi-file unified diff as `git diff` prints it (with `diff --git`
 * headers; rename detection and `--no-prefix` both understood) into one
 * {@link FileChange} per file.
 */
export function parseUnifiedDiff(diff: string): FileChange[] {
  const changes: FileChange[] = [];
  const sections = diff.split(/^(?=diff --git )/m).filter((s) => s.startsWith('diff --git '));
  for (const section of sections) {
    const lines = section.split('\n');
    let oldPath: string | undefined;
    let newPath: string | undefined;
    let status: FileChangeStatus = 'modified';
    let binary = false;
    let bodyStart = lines.length;
    for (let i = 1; i < lines.length; i++) {
      const line = (lines[i] as string).replace(/\r$/, '');
      if (line.startsWith('@@')) {
        bodyStart = i;
        break;
      }
      if (line.startsWith('new file mode')) status = 'added';
      else if (line.startsWith('deleted file mode')) status = 'deleted';
      else if (line.startsWith('rename from ')) {
        oldPath = unquote(line.slice('rename from '.length));
        status = 'renamed';
      } else if (line.startsWith('rename to ')) newPath = unquote(line.slice('rename to '.length));
      else if (line.startsWith('Binary files ') || line.startsWith('GIT binary patch')) binary = true;
      else if (line.startsWith('--- ')) {
        const p = line.slice(4);
        if (p !== '/dev/null') oldPath ??= stripPrefix(p);
      } else if (line.startsWith('+++ ')) {
        const p = line.slice(4);
        if (p !== '/dev/null') newPath ??= stripPrefix(p);
      }
    }
    if (newPath === undefined || oldPath === undefined) {
      // Fall back to the "diff --git a/x b/x" header (mode-only changes, binaries).
      const header = (lines[0] as string).slice('diff --git '.length).replace(/\r$/, '');
      const m = /^(?:"(?:[^"\\]|\\.)*"|\S+) (?:"(?:[^"\\]|\\.)*"|\S+)$/.exec(header)
        ? header.match(/("(?:[^"\\]|\\.)*"|\S+) ("(?:[^"\\]|\\.)*"|\S+)$/)
        : null;
      const same = samePathHeader(header);
      if (same !== undefined) {
        oldPath ??= same;
        newPath ??= same;
      } else if (m) {
        oldPath ??= stripPrefix(m[1] as string);
        newPath ??= stripPrefix(m[2] as string);
      }
    }
    const path = status === 'deleted' ? (oldPath ?? newPath) : (newPath ?? oldPath);
    if (path === undefined) continue;
    const addedLines = binary || status === 'deleted' ? [] : parsePatchLines(lines.slice(bodyStart).join('\n'));
    changes.push({
      path,
      ...(oldPath !== undefined && oldPath !== path ? { oldPath } : {}),
      ...(status === 'deleted' ? { oldPath: path } : {}),
      status,
      binary,
      addedLines,
    });
  }
  return changes;
}

/** True when 1-based `line` falls in one of `spans` (sorted, as produced above). */
export function lineInSpans(spans: readonly LineSpan[], line: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid] as LineSpan;
    if (line < s.start) hi = mid - 1;
    else if (line > s.end) lo = mid + 1;
    else return true;
  }
  return false;
}
