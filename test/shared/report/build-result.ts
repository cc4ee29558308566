import type { Analyzer } from '../../../shared/analyzer/analyzer.js';
import type { ChangeSet } from '../../../shared/diff/parse-unified-diff.js';
import { runReview, type ReviewResult } from '../../../shared/engine/run-review.js';
import { createFileSet, type SkippedFile } from '../../../shared/files/file-set.js';
import type { RawFinding } from '../../../shared/model/finding.js';
import { createRule } from '../../../shared/model/rule.js';
import { DEFAULT_POLICY, policySchema, type PolicyInput } from '../../../shared/policy/policy-schema.js';
import type { Baseline } from '../../../shared/suppressions/parse-baseline.js';

/**
 * A small analyzer for renderer tests. It reports, by markers in the text:
 *
 * - `SECRET_<alnum>`  -> `demo/hardcoded-token` (error), message holds the token masked;
 * - `TODO_WEAK`       -> `demo/weak-config` (warning);
 * - `BEGIN_BLOCK ... END_BLOCK` -> `demo/weak-config` spanning lines;
 * - `FYI:<rest of line>` -> `demo/info` (note), message is the rest of the line (lets
 *   tests feed arbitrary message text through the real engine);
 * - `EMPTY_RANGE`     -> `demo/info` with a zero-width range.
 */
export const demoAnalyzer: Analyzer = {
  id: 'demo',
  description: 'renderer test analyzer',
  rules: [
    createRule({
      id: 'demo/hardcoded-token',
      description: 'A hard-coded token. Move it to a secret store.',
      defaultSeverity: 'error',
      messages: { found: 'Hard-coded token {{masked}}.' },
    }),
    createRule({
      id: 'demo/weak-config',
      description: 'A weak setting.',
      defaultSeverity: 'warning',
      messages: { weak: 'Weak setting.', block: 'Weak block.' },
    }),
    createRule({ id: 'demo/info', description: 'Something worth knowing.', defaultSeverity: 'note', messages: { fyi: '{{detail}}' } }),
  ],
  analyze({ head, paths }) {
    const findings: RawFinding[] = [];
    for (const path of paths) {
      const text = head.get(path) ?? '';
      for (const m of text.matchAll(/SECRET_[A-Za-z0-9]+/g)) {
        findings.push({
          ruleId: 'demo/hardcoded-token',
          messageId: 'found',
          path,
          range: { start: m.index, end: m.index + m[0].length },
          data: { masked: `${m[0].slice(0, 9)}****` },
        });
      }
      for (const m of text.matchAll(/TODO_WEAK/g)) {
        findings.push({ ruleId: 'demo/weak-config', messageId: 'weak', path, range: { start: m.index, end: m.index + m[0].length } });
      }
      for (const m of text.matchAll(/BEGIN_BLOCK[\s\S]*?END_BLOCK/g)) {
        findings.push({ ruleId: 'demo/weak-config', messageId: 'block', path, range: { start: m.index, end: m.index + m[0].length } });
      }
      for (const m of text.matchAll(/FYI:([^\n]*)/g)) {
        findings.push({
          ruleId: 'demo/info',
          messageId: 'fyi',
          path,
          range: { start: m.index, end: m.index + m[0].length },
          data: { detail: m[1] ?? '' },
        });
      }
      for (const m of text.matchAll(/EMPTY_RANGE/g)) {
        findings.push({ ruleId: 'demo/info', messageId: 'fyi', path, range: { start: m.index, end: m.index }, data: { detail: 'zero-width' } });
      }
    }
    return { findings, data: { zeta: 1, alpha: { b: 2, a: 1 }, files: paths.length } };
  },
};

/** An analyzer that always throws, to produce `tollgate/analyzer-failed`. */
export const failingAnalyzer: Analyzer = {
  id: 'broken',
  description: 'always fails',
  rules: [],
  analyze() {
    throw new Error('parser exploded');
  },
};

export interface BuildOptions {
  readonly policy?: PolicyInput;
  readonly baseline?: Baseline;
  readonly skipped?: readonly SkippedFile[];
  readonly analyzers?: readonly Analyzer[];
  readonly changes?: ChangeSet;
}

/** Runs the real engine over `files` with the demo analyzer (and the default policy unless given). */
export async function buildResult(
  files: Readonly<Record<string, string>> | Iterable<readonly [string, string]>,
  options: BuildOptions = {},
): Promise<ReviewResult> {
  return runReview({
    head: createFileSet(files),
    policy: options.policy ? policySchema.parse(options.policy) : DEFAULT_POLICY,
    analyzers: options.analyzers ?? [demoAnalyzer],
    ...(options.baseline ? { baseline: options.baseline } : {}),
    ...(options.skipped ? { skipped: options.skipped } : {}),
    ...(options.changes ? { changes: options.changes } : {}),
  });
}

/** 1-based line and column of `offset` in `text`, computed independently of the engine. */
export function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}
