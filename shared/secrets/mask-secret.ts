/**
 * Masks a secret for display. Shows at most the first 4 characters, and only when
 * the value is at least 16 characters long (so the shown part is a quarter or less,
 * typically a vendor prefix such as `sk_l` or `AKIA`); the rest becomes `*`, capped
 * at 12 so the length is not revealed exactly.
 *
 * Every finding, message, log line and report shows secrets only through this.
 */
export function maskSecret(value: string): string {
  const shown = value.length >= 16 ? value.slice(0, 4) : '';
  return `${shown}${'*'.repeat(Math.min(12, Math.max(4, value.length - shown.length)))}`;
}
