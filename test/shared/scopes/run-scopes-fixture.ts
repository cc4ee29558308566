import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ChangeSet, FileChange, LineSpan } from '../../../shared/diff/parse-unified-diff.js';
import { runReview, type ReviewResult } from '../../../shared/engine/run-review.js';
import { parsePolicy } from '../../../shared/policy/parse-policy.js';
import { DEFAULT_POLICY, type Policy } from '../../../shared/policy/policy-schema.js';
import { scopesAnalyzer } from '../../../shared/scopes/scopes-analyzer.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Reads a folder into a file set (path -> text), `/` separators. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const full of filesUnder(dir)) out.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
  return out;
}

/** Added lines of `head` against `base`: lines whose text base does not have (a multiset diff, enough for fixtures). */
export function addedLines(base: string | undefined, head: string): LineSpan[] {
  const pool = new Map<string, number>();
  for (const line of (base ?? '').split('\n')) pool.set(line, (pool.get(line) ?? 0) + 1);
  const spans: LineSpan[] = [];
  head.split('\n').forEach((line, i) => {
    const left = pool.get(line) ?? 0;
    if (base !== undefined && left > 0) {
      pool.set(line, left - 1);
      return;
    }
    const n = i + 1;
    const last = spans[spans.length - 1];
    if (last && last.end === n - 1) spans[spans.length - 1] = { start: last.start, end: n };
    else spans.push({ start: n, end: n });
  });
  return spans;
}

/** A change set for reviewing `base` -> `head` (every head file; lines by {@link addedLines}). */
export function changeSetOf(base: ReadonlyMap<string, string>, head: ReadonlyMap<string, string>): ChangeSet {
  const changes = new Map<string, FileChange>();
  for (const [path, text] of head) {
    const old = base.get(path);
    if (old === text) continue;
    changes.set(path, { path, status: old === undefined ? 'added' : 'modified', binary: false, addedLines: addedLines(old, text) });
  }
  return changes;
}

/**
 * Runs the scopes analyzer over a fixture folder: a scan of its files, or — when
 * it holds `base/` and `head/` — a review of the change between them. The case's
 * `.github/tollgate.yml` (at head) is its policy.
 */
export async function runScopesFixture(dir: string): Promise<ReviewResult> {
  const review = existsSync(join(dir, 'base')) && existsSync(join(dir, 'head'));
  const head = readTree(review ? join(dir, 'head') : dir);
  head.delete('expected.json');
  const base = review ? readTree(join(dir, 'base')) : undefined;
  const policyText = head.get('.github/tollgate.yml');
  let policy: Policy = DEFAULT_POLICY;
  if (policyText !== undefined) {
    const parsed = parsePolicy(policyText, '.github/tollgate.yml');
    if (!parsed.ok) throw new Error(`fixture policy invalid: ${JSON.stringify(parsed.errors)}`);
    policy = parsed.policy;
  }
  return runReview({ head, ...(base ? { base, changes: changeSetOf(base, head) } : {}), policy, analyzers: [scopesAnalyzer] });
}
