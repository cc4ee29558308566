import { git } from '../node/git.js';
import type { ReviewBranchResponse } from './protocol.js';
import { runCliCaptured } from './run-cli-captured.js';

/** The default branch to compare with: the remote's HEAD, else `main`, else `master`. */
async function defaultBase(root: string): Promise<string | undefined> {
  const remoteHead = await git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], root).then((b) => b.toString('utf8').trim()).catch(() => '');
  if (remoteHead !== '') return remoteHead;
  for (const candidate of ['main', 'master', 'origin/main', 'origin/master']) {
    const ok = await git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], root).then(() => true).catch(() => false);
    if (ok) return candidate;
  }
  return undefined;
}

interface ReviewJson {
  summary?: { error?: number; warning?: number; note?: number };
  findings?: { ruleId: string; path: string; severity: string; message: string; location: { startLine: number } }[];
  risk?: { tier?: string; reasons?: unknown[] };
  approvers?: { kind?: string; name?: string; reason?: string }[];
}

/** A reason as risk reports write it: a string, or an object with a description. */
function reasonText(reason: unknown): string {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object') {
    // shared/risk's RiskReason: {rule, fact?, detail}.
    const r = reason as Record<string, unknown>;
    const text = typeof r.detail === 'string' ? r.detail : typeof r.fact === 'string' ? r.fact : undefined;
    if (text !== undefined) return typeof r.rule === 'string' ? `${text} (tier rule ${r.rule})` : text;
  }
  return JSON.stringify(reason);
}

/**
 * Reviews the current branch against the default branch exactly as
 * `tollgate review --base <default> --format json` does (the CLI runs in-process),
 * and returns the risk tier with its reasons and the required approvers when the
 * review computes them (`risk`, `approvers` in the JSON), and the findings.
 */
export async function reviewBranch(root: string, base: string | undefined, env: Readonly<Record<string, string | undefined>>): Promise<ReviewBranchResponse> {
  const empty = { reasons: [], approvers: [], summary: { error: 0, warning: 0, note: 0 }, findings: [] };
  const chosen = base ?? (await defaultBase(root));
  if (!chosen) return { base: '', ...empty, error: 'No default branch found (tried origin/HEAD, main, master). Pass a base.' };
  const run = await runCliCaptured(['review', '--base', chosen, '--format', 'json', '--quiet', '--no-color'], root, env);
  let json: ReviewJson;
  try {
    json = JSON.parse(run.stdout) as ReviewJson;
  } catch {
    return { base: chosen, ...empty, error: run.stderr.trim() || `tollgate review exited with ${run.code}` };
  }
  return {
    base: chosen,
    ...(json.risk?.tier ? { tier: json.risk.tier } : {}),
    reasons: (json.risk?.reasons ?? []).map(reasonText),
    approvers: (json.approvers ?? []).map((a) => ({ kind: a.kind ?? '', name: a.name ?? '', reason: a.reason ?? '' })),
    summary: { error: json.summary?.error ?? 0, warning: json.summary?.warning ?? 0, note: json.summary?.note ?? 0 },
    findings: (json.findings ?? []).map((f) => ({ ruleId: f.ruleId, path: f.path, line: f.location.startLine, severity: f.severity, message: f.message })),
  };
}
