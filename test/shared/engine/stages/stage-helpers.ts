import type { RawFinding } from '../../../../shared/model/finding.js';
import { createRule } from '../../../../shared/model/rule.js';
import { policySchema, type PolicyInput } from '../../../../shared/policy/policy-schema.js';

/** A `word/hit` rule (error) and a `secrets/key` rule (error), for stage tests. */
export const hitRule = createRule({ id: 'word/hit', description: 'HIT', defaultSeverity: 'error', messages: { hit: 'found {{what}}' } });
export const secretRule = createRule({ id: 'secrets/key', description: 'a key', defaultSeverity: 'error', messages: { key: 'key {{masked}}' } });

/** A raw finding of `word/hit` on `path` over `[start, end)`, with any field overridden. */
export function raw(path: string, start: number, end: number, extra: Partial<RawFinding> = {}): RawFinding {
  return { ruleId: hitRule.id, messageId: 'hit', path, range: { start, end }, data: { what: 'HIT' }, ...extra };
}

/** A validated policy from its input (defaults for the rest). */
export const policy = (input: PolicyInput = {}) => policySchema.parse(input);
