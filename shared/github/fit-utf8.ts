/** GitHub's limit for a check run's `output.summary` and `output.text`, in bytes. */
export const CHECK_OUTPUT_MAX_BYTES = 65_535;

/** UTF-8 length of `text` in bytes, without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * Renders text that must fit in `maxBytes` UTF-8 bytes (GitHub counts bytes, our
 * renderers count UTF-16 code units): calls `render(maxLength)` with a shrinking
 * length budget until the result fits. `render` must honour its budget (as
 * `renderMarkdown`'s `maxLength` does). Default limit {@link CHECK_OUTPUT_MAX_BYTES}.
 */
export function fitUtf8(render: (maxLength: number) => string, maxBytes: number = CHECK_OUTPUT_MAX_BYTES): string {
  let budget = maxBytes;
  for (let attempt = 0; attempt < 12; attempt++) {
    const text = render(budget);
    const bytes = utf8Length(text);
    if (bytes <= maxBytes) return text;
    // Shrink in proportion to the overshoot, and at least by 1 %.
    budget = Math.max(0, Math.min(Math.floor(budget * (maxBytes / bytes)), Math.floor(budget * 0.99)));
  }
  return truncateUtf8(render(budget), maxBytes);
}

/** Cuts `text` to at most `maxBytes` UTF-8 bytes, never inside a surrogate pair. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8Length(text) <= maxBytes) return text;
  let bytes = 0;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
    const size = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (bytes + size > maxBytes) break;
    bytes += size;
    if (pair) i += 1;
  }
  return text.slice(0, i);
}
