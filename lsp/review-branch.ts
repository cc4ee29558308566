import { gitChangeSource } from '../node/git-change-source.js';
import { git, gitTopLevel } from '../node/git.js';
import { UsageError } from '../node/usage-error.js';
import { ANALYZERS } from '../shared/analyzer/registry.js';
import { summarizeResult } from '../shared/report/summarize-result.js';
import { reviewChange } from '../shared/review/review-change.js';
import type { ApproversData, RiskDecision, RiskReason } from '../shared/risk/decide-risk.js';
import type { ReviewBranchResponse } from './protocol.js';

/** The default branch to compare with: the remote's HEAD, else `main`, else `master`. */
async function defaultBase(root: string): Promise<string | undefined> {
  const remoteHead = await git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], root)
    .then((b) => b.toString('utf8').trim())
    .catch(() => '');
  if (remoteHead !== '') return remoteHead;
  for (const candidate of ['main', 'master', 'origin/main', 'origin/master']) {
    const ok = await git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], root)
      .then(() => true)
      .catch(() => false);
    if (ok) return candidate;
  }
  return undefined;
}

/** A reason as one line: what held, and the tier rule it set. */
function reasonText(reason: RiskReason): string {
  return `${reason.detail} (tier rule ${reason.rule})`;
}

const EMPTY = { reasons: [], approvers: [], summary: { error: 0, warning: 0, note: 0 }, findings: [] } as const;

/**
 * Reviews the current branch (HEAD) against `base` (default: the default branch)
 * through the one review pipeline, as `tollgate review --base <base>` does: the same
 * findings, risk tier with its reasons, and required approvers. A problem the user
 * can fix (not a repository, an unknown base), or a failure, is the answer's `error`.
 *
 * @param root the workspace folder (absolute)
 */
export async function reviewBranch(root: string, base: string | undefined): Promise<ReviewBranchResponse> {
  const chosen = base ?? (await defaultBase(root));
  if (!chosen) return { base: '', ...EMPTY, error: 'No default branch found (tried origin/HEAD, main, master). Pass a base.' };
  const top = await gitTopLevel(root);
  if (!top) return { base: chosen, ...EMPTY, error: 'The workspace folder is not inside a git repository.' };
  try {
    const { result } = await reviewChange(gitChangeSource({ root: top, base: chosen, head: 'HEAD' }), { analyzers: ANALYZERS, lineHashes: false });
    const risk = result.data.risk as RiskDecision | undefined;
    const approvers = result.data.approvers as ApproversData | undefined;
    const summary = summarizeResult(result);
    return {
      base: chosen,
      ...(risk ? { tier: risk.tier } : {}),
      reasons: (risk?.reasons ?? []).map(reasonText),
      approvers: (approvers?.required ?? []).map((a) => ({ kind: a.kind, name: a.name, reason: a.reason })),
      summary: { error: summary.error, warning: summary.warning, note: summary.note },
      findings: result.findings.map((f) => ({
        ruleId: f.ruleId,
        path: f.path,
        line: f.location.startLine,
        severity: f.severity,
        message: f.message,
      })),
    };
  } catch (error) {
    // A usage problem says what to do; anything else is reported by its first line (never a stack).
    if (error instanceof UsageError) return { base: chosen, ...EMPTY, error: error.message };
    return { base: chosen, ...EMPTY, error: `The review failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}
