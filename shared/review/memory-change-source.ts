import type { FileChange, LineSpan } from '../diff/parse-unified-diff.js';
import { POLICY_PATHS } from '../policy/policy-path.js';
import type { ChangeSource, ReviewContext, Revision, SourceChange, SourceText, TextRequest } from './change-source.js';

/** Files of a commit: path -> text. */
export type MemoryTree = Readonly<Record<string, string>>;

/** A change held in memory: the trees at base (also the merge base) and head. */
export interface MemoryChange {
  readonly base: MemoryTree;
  readonly head: MemoryTree;
  /** The organisation's policy text, if any. */
  readonly orgPolicy?: string;
  readonly context?: ReviewContext;
  /** Members by team, answered when the pipeline asks. */
  readonly teams?: Readonly<Record<string, string[]>>;
  /** Paths to report as binary (never read as text). */
  readonly binary?: readonly string[];
}

/** Counts of what the pipeline asked, for tests that a batch stays one batch. */
export interface MemoryCalls {
  readTexts: number;
  listTree: number;
  readTeamMembers: number;
}

/**
 * A {@link ChangeSource} over two in-memory trees, for tests of the pipeline: the
 * change is computed by comparing them (a file's added lines are those a longest
 * common subsequence of lines does not keep). Commits are named `base` and `head`.
 */
export function memoryChangeSource(change: MemoryChange): ChangeSource & { readonly calls: MemoryCalls } {
  const calls: MemoryCalls = { readTexts: 0, listTree: 0, readTeamMembers: 0 };
  const tree = (revision: Revision): MemoryTree => (revision === 'head' ? change.head : change.base);
  const binary = new Set(change.binary ?? []);
  const read = ({ revision, path }: TextRequest): SourceText | undefined => {
    const text = tree(revision)[path];
    if (text === undefined) return undefined;
    if (binary.has(path)) return { ok: false, reason: 'binary' };
    return { ok: true, text, bytes: new TextEncoder().encode(text).length };
  };
  return {
    calls,
    readChange: async (): Promise<SourceChange> => ({
      headSha: 'head',
      baseSha: 'base',
      mergeBase: 'base',
      changes: diffTrees(change.base, change.head),
      linesUnknown: [],
    }),
    readTexts: async (requests) => {
      calls.readTexts += 1;
      return requests.map(read);
    },
    listTree: async (revision, wanted) => {
      calls.listTree += 1;
      return Object.keys(tree(revision)).filter(wanted).sort();
    },
    readPolicies: async () => {
      const file = POLICY_PATHS.find((p) => change.base[p] !== undefined);
      return {
        ...(file ? { repository: { file, text: change.base[file] as string } } : {}),
        ...(change.orgPolicy !== undefined ? { org: { file: `org/.github:${POLICY_PATHS[0]}`, text: change.orgPolicy } } : {}),
      };
    },
    readReviewContext: async () => change.context ?? {},
    readTeamMembers: async (teams) => {
      calls.readTeamMembers += 1;
      return Object.fromEntries(teams.map((t) => [t, change.teams?.[t] ?? []]));
    },
  };
}

/** The files that differ between two trees, with the head's added lines. */
function diffTrees(base: MemoryTree, head: MemoryTree): FileChange[] {
  const changes: FileChange[] = [];
  for (const path of [...new Set([...Object.keys(base), ...Object.keys(head)])].sort()) {
    const before = base[path];
    const after = head[path];
    if (before === after) continue;
    if (after === undefined) changes.push({ path, oldPath: path, status: 'deleted', binary: false, addedLines: [] });
    else changes.push({ path, status: before === undefined ? 'added' : 'modified', binary: false, addedLines: addedLines(before ?? '', after) });
  }
  return changes;
}

/** 1-based lines of `after` that a longest common subsequence with `before` does not keep. */
function addedLines(before: string, after: string): LineSpan[] {
  const a = before === '' ? [] : before.replace(/\n$/, '').split('\n');
  const b = after === '' ? [] : after.replace(/\n$/, '').split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = a[i] === b[j] ? (lcs[i + 1] as number[])[j + 1]! + 1 : Math.max((lcs[i + 1] as number[])[j]!, row[j + 1]!);
    }
  }
  const added: number[] = [];
  let i = 0;
  let j = 0;
  while (j < b.length) {
    if (i < a.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (i < a.length && (lcs[i + 1] as number[])[j]! >= (lcs[i] as number[])[j + 1]!) i++;
    else added.push(++j);
  }
  const spans: LineSpan[] = [];
  for (const line of added) {
    const last = spans[spans.length - 1];
    if (last && last.end === line - 1) spans[spans.length - 1] = { start: last.start, end: line };
    else spans.push({ start: line, end: line });
  }
  return spans;
}
