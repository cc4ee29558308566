import type { SecretCandidate } from '../../secret-detector.js';

/**
 * A rule's `found` candidate for a value at `start..end`, with the `kind` its message
 * names and the name it is assigned to when known (`key`). `priority` as in
 * `SecretCandidate`: vendor rules use 10 (the default here).
 */
export function foundCandidate(
  ruleId: string,
  at: { readonly start: number; readonly end: number; readonly value: string; readonly key?: string },
  kind: string,
  priority = 10,
): SecretCandidate {
  return {
    ruleId,
    messageId: 'found',
    start: at.start,
    end: at.end,
    value: at.value,
    ...(at.key !== undefined ? { keyName: at.key } : {}),
    data: { kind },
    priority,
  };
}
