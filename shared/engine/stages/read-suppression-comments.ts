import type { FileSet } from '../../files/file-set.js';
import type { Policy } from '../../policy/policy-schema.js';
import { findInlineSuppressions, type InlineSuppression } from '../../suppressions/find-inline-suppressions.js';
import { engineRules } from '../engine-rules.js';
import { nameSafely } from '../../text/quote-safely.js';
import { pipelineFinding, type PipelineFinding } from './pipeline-finding.js';

/** The suppression comments of the analyzed files, and findings for the malformed ones. */
export interface SuppressionComments {
  /** Every comment found, by path (paths without one are absent). */
  readonly byPath: Map<string, InlineSuppression[]>;
  readonly findings: PipelineFinding[];
}

/**
 * Finds the suppression comments in `paths`. While the policy honours inline
 * suppressions, each rule a `tollgate-ignore` comment names that no rule of the run
 * matches (`knownRules`; patterns with `*` are not checked) is a
 * `suppressions/unknown-rule` finding, and each rule of a comment without a reason a
 * `suppressions/missing-reason` finding, on the comment's marker.
 */
export function readSuppressionComments(
  head: FileSet,
  paths: readonly string[],
  policy: Policy,
  knownRules: ReadonlyMap<string, unknown>,
): SuppressionComments {
  const byPath = new Map<string, InlineSuppression[]>();
  const findings: PipelineFinding[] = [];
  for (const path of paths) {
    const found = findInlineSuppressions(head.get(path) ?? '');
    if (found.length === 0) continue;
    byPath.set(path, found);
    for (const s of found) {
      if (s.kind !== 'inline' || !policy.suppressions.inline) continue;
      const range = { start: s.start, end: s.end };
      for (const rule of s.rules) {
        if (!rule.includes('*') && !knownRules.has(rule)) {
          findings.push(
            pipelineFinding(
              { ruleId: engineRules.suppressionUnknownRule.id, messageId: 'unknownRule', path, range, data: { rule: ruleIdForMessage(rule) } },
              engineRules.suppressionUnknownRule,
            ),
          );
        } else if (s.reason === '') {
          findings.push(
            pipelineFinding(
              { ruleId: engineRules.suppressionWithoutReason.id, messageId: 'missingReason', path, range, data: { rule: ruleIdForMessage(rule) } },
              engineRules.suppressionWithoutReason,
            ),
          );
        }
      }
    }
  }
  return { byPath, findings };
}

/** What a rule id looks like: `secrets/stripe-key`, `secrets/*`, `*`. */
const RULE_ID_SHAPE = /^(?:[a-z0-9-]+\/(?:[a-z0-9-]+|\*)|\*)$/;

/**
 * A rule id written in a file (a suppression comment), as a message may show it:
 * itself when it has a rule id's shape and nothing in it looks like a secret, else a
 * placeholder (a token pasted after `tollgate-ignore` must not be echoed).
 */
function ruleIdForMessage(ruleId: string): string {
  return RULE_ID_SHAPE.test(ruleId) && nameSafely(ruleId) !== undefined ? ruleId : '(a rule id that is not shown)';
}
