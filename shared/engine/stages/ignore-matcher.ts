import { globMatcher } from '../../policy/glob-matcher.js';
import type { Policy } from '../../policy/policy-schema.js';

/** A test for the policy's `ignore` globs (picomatch, dotfiles included); matches nothing when there are none. */
export function ignoreMatcher(policy: Policy): (path: string) => boolean {
  return globMatcher(policy.ignore);
}
