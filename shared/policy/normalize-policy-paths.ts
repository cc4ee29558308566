import { normalizePath } from '../files/file-set.js';
import type { Policy } from './policy-schema.js';

/**
 * Spells every path and glob of a validated policy one way (`/` separators, no
 * leading `./`, no doubled `/`), once, where the policy is read: the risk step
 * compares changed paths with `suppressions.baseline` as strings, so
 * `./.tollgate-baseline.json` must not hide a change to `.tollgate-baseline.json`.
 * Paths that would leave the repository were refused by the schema already.
 */
export function normalizePolicyPaths(policy: Policy): Policy {
  const globs = (list: readonly string[]): string[] => list.map(normalizePath);
  return {
    ...policy,
    ignore: globs(policy.ignore),
    allow: policy.allow.map((a) => (a.path === undefined ? a : { ...a, path: normalizePath(a.path) })),
    suppressions: { ...policy.suppressions, baseline: normalizePath(policy.suppressions.baseline) },
    limits: { ...policy.limits, notAnalyzed: policy.limits.notAnalyzed.map((e) => ({ ...e, path: normalizePath(e.path) })) },
    flows: { ...policy.flows, manifests: globs(policy.flows.manifests) },
    risk: { ...policy.risk, docsAndTests: globs(policy.risk.docsAndTests) },
  };
}
