import type { Suppression } from '../model/finding.js';

/**
 * How a finding was suppressed, for the text and Markdown reports: `baseline`,
 * `comment on line N` (an inline `tollgate-ignore`) or `marker on line N` (a legacy
 * marker); empty when there is no suppression.
 */
export function describeSuppression(s: Suppression | undefined): string {
  if (s === undefined) return '';
  if (s.kind === 'baseline') return 'baseline';
  return `${s.kind === 'inline' ? 'comment' : 'marker'}${s.line !== undefined ? ` on line ${s.line}` : ''}`;
}
