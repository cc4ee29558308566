import { decodeForAnalysis } from '../shared/files/decode-for-analysis.js';
import { POLICY_PATHS } from '../shared/policy/policy-path.js';
import type { PolicySource } from '../shared/policy/resolve-policy.js';
import type { ChangeSource, Revision, SourceChange, SourceText } from '../shared/review/change-source.js';
import type { ReviewsFile } from '../shared/risk/reviews-file-schema.js';
import { git, readBlobs } from './git.js';
import { readGitChange } from './read-git-change.js';

/** A local git change to review: the refs, and what the user named instead of the repository's files. */
export interface GitChangeSourceOptions {
  /** The repository's top-level directory. */
  readonly root: string;
  readonly base: string;
  readonly head: string;
  /** A policy the user named (`--config`), used instead of the base commit's. */
  readonly repositoryPolicy?: PolicySource;
  /** The organisation's defaults (`--org-config`). */
  readonly orgPolicy?: PolicySource;
  /** Reviews, teams, author and labels (`--reviews FILE`). */
  readonly reviews?: ReviewsFile;
}

/**
 * The {@link ChangeSource} of `tollgate review`, `policy explain`, `diagram --base` and
 * the editor's branch review: the change from the merge base of `base` and `head` to
 * `head` (what a pull request shows), files read many at a time through one
 * `git cat-file --batch` process per call (never one process per file).
 */
export function gitChangeSource(options: GitChangeSourceOptions): ChangeSource {
  const { root } = options;
  let change: Promise<SourceChange> | undefined;
  const readChange = (): Promise<SourceChange> =>
    (change ??= readGitChange(root, options.base, options.head).then((c) => ({
      ...c,
      // git printed no hunks for these ("Binary files differ", or a name the patch could not carry).
      linesUnknown: c.changes.filter((f) => f.binary && f.status !== 'deleted').map((f) => f.path),
    })));
  const shaOf = async (revision: Revision): Promise<string> => {
    const c = await readChange();
    return revision === 'head' ? c.headSha : revision === 'base' ? c.baseSha : c.mergeBase;
  };
  const readTexts: ChangeSource['readTexts'] = async (requests) => {
    const shas = { head: await shaOf('head'), base: await shaOf('base'), 'merge-base': await shaOf('merge-base') };
    const blobs = await readBlobs(
      requests.map((r) => `${shas[r.revision]}:${r.path}`),
      root,
    );
    return requests.map((_, i) => toSourceText(blobs[i]?.bytes));
  };
  return {
    readChange,
    readTexts,
    listTree: async (revision, wanted) => {
      const listing = (await git(['ls-tree', '-r', '-z', '--name-only', await shaOf(revision)], root)).toString('utf8').split('\0');
      return listing.filter((p) => p !== '' && wanted(p));
    },
    readPolicies: async () => {
      let repository = options.repositoryPolicy;
      if (!repository) {
        // The policy comes from the base commit, so a change cannot weaken its own gate.
        const texts = await readTexts(POLICY_PATHS.map((path) => ({ revision: 'base', path })));
        const at = texts.findIndex((t) => t?.ok);
        const text = texts[at];
        if (text?.ok) repository = { file: POLICY_PATHS[at] as string, text: text.text };
      }
      return { ...(repository ? { repository } : {}), ...(options.orgPolicy ? { org: options.orgPolicy } : {}) };
    },
    ...(options.reviews
      ? {
          readReviewContext: async () => {
            const file = options.reviews as ReviewsFile;
            const headSha = await shaOf('head');
            return {
              reviews: file.reviews.map((r) => ({ ...r, ...(r.commit === 'HEAD' ? { commit: headSha } : {}) })),
              teams: file.teams,
              ...(file.author ? { author: file.author } : {}),
              ...(file.labels ? { labels: file.labels } : {}),
            };
          },
        }
      : {}),
  };
}

/** A blob's bytes as the pipeline reads them: decoded whole (the pipeline applies the size limit). */
function toSourceText(bytes: Buffer | undefined): SourceText | undefined {
  if (!bytes) return undefined;
  const decoded = decodeForAnalysis(bytes, Number.POSITIVE_INFINITY);
  if (decoded.text === undefined) {
    const skip = decoded.notAnalyzed;
    return {
      ok: false,
      reason: skip?.reason ?? 'binary',
      ...(skip?.detail ? { detail: skip.detail } : {}),
      ...(skip?.format ? { format: skip.format } : {}),
    };
  }
  return { ok: true, text: decoded.text, bytes: bytes.length };
}
