import { createHash } from 'node:crypto';

/**
 * A stable fingerprint for a finding: survives edits elsewhere in the file and the
 * line moving, changes when the rule, file or the line's (masked) content changes.
 *
 * Input is the rule id, the path, the line's text with the finding's own characters
 * replaced by `*` (so no secret feeds the hash), the analyzer's optional hint, and
 * the occurrence index among identical inputs in the file. Output: 32 hex chars.
 */
export function fingerprint(parts: { ruleId: string; path: string; maskedLine: string; hint?: string; occurrence: number }): string {
  return createHash('sha256')
    .update([parts.ruleId, parts.path, parts.maskedLine.trim().replace(/\s+/g, ' '), parts.hint ?? '', String(parts.occurrence)].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}
