import type { ChangeSet, FileChange, LineSpan } from '../../../shared/diff/parse-unified-diff.js';
import { ANALYZERS } from '../../../shared/analyzer/registry.js';
import { runReview, type ReviewResult } from '../../../shared/engine/run-review.js';
import { parsePolicy } from '../../../shared/policy/parse-policy.js';
import { DEFAULT_POLICY, type Policy } from '../../../shared/policy/policy-schema.js';
import { decideRisk, type RiskInput } from '../../../shared/risk/decide-risk.js';

/** Added lines of `after` against `before`: a line counts as added when no unmatched copy of it exists in `before` (good enough for tests). */
function addedLines(before: string | undefined, after: string): LineSpan[] {
  const pool = new Map<string, number>();
  for (const l of (before ?? '').split('\n')) pool.set(l, (pool.get(l) ?? 0) + 1);
  const spans: LineSpan[] = [];
  after.split('\n').forEach((line, i) => {
    const left = pool.get(line) ?? 0;
    if (before !== undefined && left > 0) {
      pool.set(line, left - 1);
      return;
    }
    if (line === '' && i === after.split('\n').length - 1) return;
    const n = i + 1;
    const last = spans[spans.length - 1];
    if (last && last.end === n - 1) spans[spans.length - 1] = { start: last.start, end: n };
    else spans.push({ start: n, end: n });
  });
  return spans;
}

/** A change between two file maps, as the adapters build it. */
export function changeOf(base: Record<string, string>, head: Record<string, string>): { changes: ChangeSet; changedPaths: string[] } {
  const changes = new Map<string, FileChange>();
  const changedPaths: string[] = [];
  for (const [path, text] of Object.entries(head)) {
    if (base[path] === text) continue;
    changedPaths.push(path);
    changes.set(path, { path, status: base[path] === undefined ? 'added' : 'modified', binary: false, addedLines: addedLines(base[path], text) });
  }
  for (const path of Object.keys(base)) if (!(path in head)) changedPaths.push(path);
  return { changes, changedPaths };
}

/** Reviews a change with every analyzer and the policy at the base (as the CLI does), then decides its risk. */
export async function reviewChange(
  base: Record<string, string>,
  head: Record<string, string>,
  extra: Partial<Omit<RiskInput, 'head' | 'base' | 'changes' | 'policy'>> & { policy?: Policy } = {},
): Promise<ReviewResult> {
  const { changes, changedPaths } = changeOf(base, head);
  const policyText = base['.github/tollgate.yml'];
  const parsed = policyText === undefined ? undefined : parsePolicy(policyText, '.github/tollgate.yml');
  const policy = extra.policy ?? (parsed?.ok ? parsed.policy : DEFAULT_POLICY);
  const headFiles = new Map(Object.entries(head));
  const baseFiles = new Map(Object.entries(base).filter(([p]) => p in head || true));
  const result = await runReview({ head: headFiles, base: baseFiles, changes, policy, analyzers: ANALYZERS });
  return decideRisk(result, {
    ...extra,
    policy,
    head: headFiles,
    base: baseFiles,
    changes,
    changedPaths,
    ...(parsed && !parsed.ok ? { policyInvalid: true } : {}),
  });
}
