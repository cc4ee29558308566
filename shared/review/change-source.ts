import type { FileChange } from '../diff/parse-unified-diff.js';
import type { SkipReason } from '../files/file-set.js';
import type { PolicySource } from '../policy/resolve-policy.js';
import type { Review } from '../risk/evaluate-approvals.js';

/**
 * A commit of the change, named by its role: `head` (what is reviewed), `merge-base`
 * (what the diff is against) and `base` (the base branch's commit, where the policy
 * and approvers come from, so a change cannot weaken its own gate).
 */
export type Revision = 'head' | 'merge-base' | 'base';

/** One file to read at one revision. */
export interface TextRequest {
  readonly revision: Revision;
  readonly path: string;
}

/**
 * A file's whole text as the source read it (`bytes`: its size in bytes, for the
 * policy's `limits.maxFileBytes`), or why it is not text. `detail` never holds
 * file content.
 */
export type SourceText =
  | { readonly ok: true; readonly text: string; readonly bytes: number }
  | { readonly ok: false; readonly reason: SkipReason; readonly detail?: string; readonly format?: string };

/** What changed, as the source sees it. */
export interface SourceChange {
  readonly headSha: string;
  readonly baseSha: string;
  readonly mergeBase: string;
  /** Every changed file, deleted ones included (their `path` is the old path). */
  readonly changes: readonly FileChange[];
  /**
   * Paths (new names) whose added lines the source does not know: git printed no
   * hunks ("Binary files differ"), or GitHub left the patch out. They are reviewed
   * whole when their text decodes.
   */
  readonly linesUnknown: readonly string[];
  /** Set when the source could list only some changed files (GitHub lists 3,000). */
  readonly notListed?: { readonly listed: number; readonly total: number };
}

/** Who reviewed the change and who wrote it, for the approvals step. */
export interface ReviewContext {
  readonly reviews?: readonly Review[];
  readonly author?: string;
  readonly labels?: readonly string[];
  /** Members by team, when the source knows them up front (a reviews file). */
  readonly teams?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Everything the review pipeline reads, behind one interface (policy-bot's
 * `pull.Context`): GitHub's API (`app/github-change-source.ts`), a local git
 * repository (`node/git-change-source.ts`), or memory
 * (`shared/review/memory-change-source.ts`). The pipeline calls the reads it needs
 * together (`Promise.all` in one tick), so a source may answer them in one batch.
 */
export interface ChangeSource {
  /** The commits and the changed files. */
  readChange(): Promise<SourceChange>;
  /** Many files in one call, in order; `undefined` for a file that does not exist (or is not a file). */
  readTexts(requests: readonly TextRequest[]): Promise<(SourceText | undefined)[]>;
  /** Every file path at `revision` that `wanted` accepts (for the analyzers' context files). */
  listTree(revision: 'head' | 'merge-base', wanted: (path: string) => boolean): Promise<string[]>;
  /**
   * The policy files: the repository's from the **base** commit (the first of
   * `POLICY_PATHS` that exists there, unless the source was told another), and the
   * organisation's defaults. Either may be absent.
   */
  readPolicies(): Promise<{ readonly repository?: PolicySource; readonly org?: PolicySource }>;
  /** Reviews, author and labels; absent when the source has none (every approval pending). */
  readReviewContext?(): Promise<ReviewContext>;
  /** Members of each team (`org/slug`), asked only for the teams a decision needs. */
  readTeamMembers?(teams: readonly string[]): Promise<Record<string, string[]>>;
}
