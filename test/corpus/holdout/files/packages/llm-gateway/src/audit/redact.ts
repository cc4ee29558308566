/** Masks credentials before prompts and responses reach the audit log. */
const PATTERNS: RegExp[] = [/sk-[A-Za-z0-9_-]{20,}/g, /xox[bpa]-[0-9A-Za-z-]+/g, /AKIA[0-9A-Z]{16}/g];

export function redact(text: string): string {
  return PATTERNS.reduce((acc, re) => acc.replace(re, '[REDACTED]'), text);
}

// What the audit log shows instead of a key.
export const REDACTED_EXAMPLE = { apiKey: '[REDACTED]', token: '********' };
