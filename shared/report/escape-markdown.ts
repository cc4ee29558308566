/** U+200B ZERO WIDTH SPACE: invisible, and not a word character for GitHub's reference filters. Written as an entity at the end. */
const ZWSP = '\u200b';

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
 * - nothing GitHub turns into a link or a cross-reference survives: a zero-width
 *   space follows every `@` (`@user`, `@org/team`, `owner/repo@sha`, e-mail addresses)
 *   and every `#` (`#123`, `owner/repo#123`), and breaks `GH-123`, `://` (bare URLs),
 *   `www.` and every run of 7 or more hex digits (commit SHAs) into pieces of at most 6.
 *
 * An entity does not help against GitHub's reference filters, which run on the text
 * of the rendered HTML (entities already decoded); the zero-width space is a real
 * character there, so the patterns no longer match. See
 * https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/autolinked-references-and-urls
 *
 * The result renders as the original text (apart from the invisible spaces).
 */
export function escapeMarkdown(text: string): string {
  return (
    String(text)
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/[\\`*_[\]|~$]/g, '\\$&')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[0-9a-f]{7,}/gi, (run) => (run.match(/.{1,6}/g) ?? [run]).join(ZWSP))
      .replace(/[@#]/g, `$&${ZWSP}`)
      .replace(/(g)(h-)/gi, `$1${ZWSP}$2`)
      .replace(/:\/\//g, `:${ZWSP}//`)
      .replace(/(www)(\.)/gi, `$1${ZWSP}$2`)
      // An entity in the Markdown source: visible in a diff of the comment, and no editor normalises it away.
      .replace(/\u200b/g, '&#8203;')
  );
}
