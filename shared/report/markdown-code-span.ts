/**
 * Wraps text in a Markdown code span, which shows it literally (no formatting, no
 * HTML, no `@mention`). The fence is one backtick longer than the longest backtick
 * run inside, and padded with spaces when the text starts or ends with a backtick or
 * a space (CommonMark strips one space from each side).
 *
 * Line breaks and control characters become spaces. With `inTable` (the default),
 * `|` is written `\|`: GitHub splits table cells on `|` even inside code spans and
 * shows `\|` there as `|`. Pass `inTable: false` for code spans outside a table.
 * Empty text gives an empty string.
 */
export function markdownCodeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let body = String(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
  if (body === '') return '';
  if (options.inTable !== false) body = body.replace(/\|/g, '\\|');
  let longest = 0;
  for (const run of body.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = /^[` ]|[` ]$/.test(body) ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}
