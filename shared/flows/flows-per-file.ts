import { globMatcher } from '../policy/glob-matcher.js';
import type { PerFileInput } from '../analyzer/per-file-phase.js';
import type { Policy } from '../policy/policy-schema.js';
import type { ParseLimit } from '../typescript/parse-limits.js';
import type { CodeFact } from './code-fact.js';
import { scanCode, type CodeScan } from './scan-code.js';

/**
 * The flows analyzer's result for one file: what the code scanners found in it
 * (`scanCode` reads each file alone), or the parse bound it broke. Manifests and
 * the graph span files and are built from these every run.
 */
export interface FlowsFileResult {
  readonly path: string;
  readonly facts?: readonly CodeFact[];
  readonly notAnalyzed?: ParseLimit;
}

/** Scans one file as `scanCode` would among all of them; a manifest (by `flows.manifests`) is left to the cross-file phase. */
export async function scanFlowsFile({ path, text }: PerFileInput, policy: Policy): Promise<FlowsFileResult> {
  if (globMatcher(policy.flows.manifests)(path)) return { path };
  const scan = await scanCode(new Map([[path, text]]), [path]);
  const facts = scan.facts.get(path);
  const limit = scan.notAnalyzed[0]?.limit;
  return { path, ...(facts ? { facts } : {}), ...(limit ? { notAnalyzed: limit } : {}) };
}

/** The code scan of all files, from their per-file results in path order (what `scanCode` returns for them together). */
export function codeScanOf(files: readonly FlowsFileResult[]): CodeScan {
  const facts = new Map<string, CodeFact[]>();
  const notAnalyzed: { path: string; limit: ParseLimit }[] = [];
  for (const f of files) {
    if (f.facts) facts.set(f.path, [...f.facts]);
    if (f.notAnalyzed) notAnalyzed.push({ path: f.path, limit: f.notAnalyzed });
  }
  return { facts, notAnalyzed };
}

/** Whether a value read back from a cache is a {@link FlowsFileResult}. */
export function isFlowsFileResult(value: unknown): value is FlowsFileResult {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as FlowsFileResult;
  if (typeof f.path !== 'string') return false;
  if (f.facts !== undefined && !(Array.isArray(f.facts) && f.facts.every(isCodeFact))) return false;
  const n = f.notAnalyzed;
  return (
    n === undefined ||
    (typeof n === 'object' && n !== null && typeof n.reason === 'string' && typeof n.value === 'number' && typeof n.max === 'number')
  );
}

function isCodeFact(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as CodeFact;
  if (typeof f.type !== 'string' || typeof f.detail !== 'string' || !Number.isInteger(f.start) || !Number.isInteger(f.end)) return false;
  return f.type !== 'system' || (typeof f.entryId === 'string' && typeof f.evidence === 'string');
}
