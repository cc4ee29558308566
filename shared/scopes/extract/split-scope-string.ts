/** A piece of a scope string with its offsets in the file. */
export interface ScopePiece {
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a scope string as written (`"api refresh_token"`, `"chat:write,users:read"`)
 * into its scopes, with file offsets. Separators: whitespace and commas (Slack and
 * Shopify join with commas, OAuth with spaces).
 *
 * @param raw    the string's source text between its quotes
 * @param offset the file offset of `raw[0]`
 */
export function splitScopeString(raw: string, offset: number): ScopePiece[] {
  const out: ScopePiece[] = [];
  const re = /[^\s,]+/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.push({ value: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return out;
}
