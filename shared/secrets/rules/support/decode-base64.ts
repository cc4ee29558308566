const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes standard or URL-safe base64 (padding optional) to text.
 * Returns `undefined` when the input is not base64, and `{binary: true}` when the
 * bytes are not UTF-8 text (a keystore, a DER key). Inputs are capped at 64 KB.
 */
export function decodeBase64(input: string): { text: string; binary: false } | { binary: true } | undefined {
  const clean = input.trim().replace(/-/g, '+').replace(/_/g, '/');
  if (clean.length === 0 || clean.length > 65_536 || !/^[A-Za-z0-9+/]+={0,2}$/.test(clean) || clean.length % 4 === 1) return undefined;
  let bytes: Uint8Array;
  try {
    const padded = clean.replace(/=+$/, '').padEnd(Math.ceil(clean.replace(/=+$/, '').length / 4) * 4, '=');
    const raw = atob(padded);
    bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  } catch {
    return undefined;
  }
  try {
    const text = decoder.decode(bytes);
    // Control characters other than whitespace mean binary data.
    if (/[\u0000-\u0008\u000e-\u001f]/.test(text)) return { binary: true };
    return { text, binary: false };
  } catch {
    return { binary: true };
  }
}
