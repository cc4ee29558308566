import { globMatcher } from '../../policy/glob-matcher.js';
import type { Policy } from '../../policy/policy-schema.js';
import { ruleMatches } from '../../suppressions/find-inline-suppressions.js';
import type { PipelineFinding } from './pipeline-finding.js';

/** The findings the policy keeps, with its severities, and how many its `allow` list dropped. */
export interface PolicyOutcome {
  readonly kept: PipelineFinding[];
  /** Findings dropped by `allow` entries with a path or rule but no `match`. */
  readonly allowed: number;
}

/**
 * Applies the policy, in this order: `rules.<id>.severity` (`off` drops the finding,
 * pinned ones too); then, for findings that are not pinned, the `ignore` globs (a
 * finding on the whole change, path `.`, is never ignored) and the `allow` entries
 * without a `match` (those with one are applied by the analyzers). Order is kept.
 */
export function applyPolicy(findings: readonly PipelineFinding[], policy: Policy, isIgnored: (path: string) => boolean): PolicyOutcome {
  const allows = policy.allow.filter((a) => a.match === undefined).map((a) => ({ rule: a.rule, path: a.path ? globMatcher([a.path]) : undefined }));
  const kept: PipelineFinding[] = [];
  let allowed = 0;
  for (const finding of findings) {
    const { raw } = finding;
    const override = policy.rules[raw.ruleId]?.severity;
    if (override === 'off') continue;
    const isPinned = finding.pinnedText !== undefined;
    if (!isPinned && raw.path !== '.' && isIgnored(raw.path)) continue;
    if (!isPinned && allows.some((a) => (a.rule === undefined || ruleMatches(a.rule, raw.ruleId)) && (a.path === undefined || a.path(raw.path)))) {
      allowed += 1;
      continue;
    }
    kept.push(override ? { ...finding, severity: override } : finding);
  }
  return { kept, allowed };
}
