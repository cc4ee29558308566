/**
 * Makes arbitrary text (a message, a path, a reason) safe to interpolate into
 * GitHub-flavoured Markdown as inline text, including inside a table cell:
 *
 * - line breaks, tabs and other control characters become spaces (a cell is one line;
 *   bidirectional-override characters are dropped so text cannot render reordered);
 * - the characters that start inline syntax (`\` `` ` `` `*` `_` `[` `]` `|` `~` `$`)
 *   are backslash-escaped (`$` because GitHub renders `$…$` as math; `|` because it
 *   splits table cells);
 * - `&`, `<`, `>` become entities, so no HTML tag, comment or autolink can form;
 * - `@` is followed by a zero-width space, so `@user` and `@org/team` never notify anyone.
 *
 * The result renders as the original text (apart from the invisible space after `@`).
 */
export function escapeMarkdown(text: string): string {
  return String(text)
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/[\\`*_[\]|~$]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, '@&#8203;');
}
