import { lstat, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { globMatcher } from '../shared/policy/glob-matcher.js';
import { quoteSafely } from '../shared/text/quote-safely.js';
import { git } from './git.js';

/** Why a path the user named gave no file to analyze. */
export type EmptyPathReason =
  | { readonly kind: 'gitignored'; readonly source?: string; readonly line?: number; readonly pattern?: string }
  | { readonly kind: 'policy-ignored'; readonly pattern: string }
  | { readonly kind: 'no-files' };

/** One named path with nothing analyzed below it, and why. */
export interface EmptyPath {
  /** As the user would type it: relative to the working directory, `/`-separated. */
  readonly path: string;
  readonly reason: EmptyPathReason;
}

async function firstFileBelow(dir: string): Promise<string | undefined> {
  const st = await lstat(dir);
  if (st.isFile()) return dir;
  if (!st.isDirectory()) return undefined;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue;
    const found = await firstFileBelow(join(dir, entry.name));
    if (found) return found;
  }
  return undefined;
}

/**
 * For every named path (absolute) with no file left to analyze — none listed below
 * it, or all of them matched by the policy's `ignore` — says why: excluded by a
 * `.gitignore` (with the file, line and pattern `git check-ignore -v` names), by a
 * policy `ignore` glob, or holding no file at all. So "0 files analyzed" is never
 * left unexplained. `files` are the listed root-relative paths.
 */
export async function explainEmptyPaths(
  root: string,
  cwd: string,
  paths: readonly string[],
  files: readonly string[],
  inGit: boolean,
  policyIgnore: readonly string[],
): Promise<EmptyPath[]> {
  const ignored = policyIgnore.length > 0 ? globMatcher(policyIgnore) : undefined;
  const out: EmptyPath[] = [];
  for (const abs of paths) {
    const prefix = relative(root, abs).split(sep).join('/');
    const below = files.filter((f) => prefix === '' || f === prefix || f.startsWith(`${prefix}/`));
    const shown = relative(cwd, abs).split(sep).join('/') || '.';
    if (below.length > 0) {
      if (!ignored || !below.every((f) => ignored(f))) continue;
      const pattern = policyIgnore.find((g) => below.every((f) => globMatcher([g])(f))) ?? policyIgnore.join(', ');
      out.push({ path: shown, reason: { kind: 'policy-ignored', pattern } });
      continue;
    }
    const file = await firstFileBelow(abs).catch(() => undefined);
    if (!file) {
      out.push({ path: shown, reason: { kind: 'no-files' } });
      continue;
    }
    if (!inGit) continue;
    const rel = relative(root, file).split(sep).join('/');
    // Exit 0 and `<source>\0<line>\0<pattern>\0<path>\0` when ignored; exit 1 (an error here) when not.
    const verbose = await git(['check-ignore', '-v', '-z', '--stdin'], root, `${rel}\0`).then(
      (b) => b.toString('utf8').split('\0'),
      () => undefined,
    );
    if (!verbose) continue;
    const [source, line, pattern] = verbose;
    out.push({
      path: shown,
      reason: { kind: 'gitignored', ...(source ? { source } : {}), ...(line ? { line: Number(line) } : {}), ...(pattern ? { pattern } : {}) },
    });
  }
  return out;
}

/** The one-line note the CLI prints for an {@link EmptyPath}. */
export function describeEmptyPath(empty: EmptyPath): string {
  const r = empty.reason;
  switch (r.kind) {
    case 'gitignored':
      return `${empty.path}: nothing analyzed: its files are excluded by ${r.source ? `${r.source}${r.line ? `:${r.line}` : ''}` : 'a .gitignore'}${r.pattern ? ` (pattern ${JSON.stringify(quoteSafely(r.pattern))})` : ''}. Pass --no-ignore to analyze them, or name a file.`;
    case 'policy-ignored':
      return `${empty.path}: nothing analyzed: the policy's ignore ${JSON.stringify(quoteSafely(r.pattern))} matches every file below it. Remove it from ignore in .github/tollgate.yml to analyze them.`;
    case 'no-files':
      return `${empty.path}: nothing analyzed: it holds no file.`;
  }
}
