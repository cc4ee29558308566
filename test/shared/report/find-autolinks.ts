/** Everything GitHub autolinks, one token each: references, mentions, SHAs, URLs. */
export const AUTOLINK_SAMPLES = [
  '#4242',
  'GH-4242',
  'gh-4242',
  'acme/widgets#77',
  'acme/widgets@deadbee1',
  'octocat@deadbee1',
  'deadbeefcafe1234deadbeefcafe1234deadbeef',
  'DEADBEE',
  '1234567',
  'https://evil.example/x',
  'http://evil.example',
  'ftp://evil.example',
  'www.evil.example',
  'WWW.evil.example',
  'ops@evil.example',
  '@octocat',
  '@acme/security',
  '<https://evil.example>',
];

/**
 * The tokens in GitHub-flavoured Markdown that GitHub would turn into a link or a
 * cross-reference, mirroring its rules:
 * https://docs.github.com/en/get-started/writing-on-github/working-with-advanced-formatting/autolinked-references-and-urls
 * and the GFM autolink extension (https://github.github.com/gfm/#autolinks-extension-).
 *
 * Like GitHub, it looks only at rendered text: fenced code blocks and code spans
 * (never autolinked), HTML tags, the destinations of explicit links `[text](url)`
 * (written by Tollgate, not taken from the repository) are removed first; entities
 * are decoded and backslash escapes dropped, since GitHub's reference filters run on
 * the text of the rendered HTML. Deliberately stricter than GitHub where that is
 * simpler (e.g. any `#` before a digit, any 7+ hex run, not only existing commits).
 */
export function findAutolinks(markdown: string): string[] {
  const source = markdown
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm, ' ')
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, ' ')
    .replace(/\]\([^)\s]*\)/g, '] ');
  // <scheme:…> autolinks are Markdown syntax: only a literal `<` forms one, never `&lt;`.
  const angle = [...source.matchAll(/<[a-z][a-z0-9+.-]*:[^\s<>]*>/gi)].map((m) => m[0]);
  const text = source
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
  const patterns: readonly RegExp[] = [
    // #123, owner/repo#123 (issues and pull requests)
    /#\d+/g,
    // GH-123
    /\bGH-\d+/gi,
    // @user, @org/team, owner/repo@sha, user@sha, e-mail addresses
    /@[A-Za-z0-9]/g,
    // commit SHAs as a word
    /(?<![A-Za-z0-9_])[0-9a-f]{7,40}(?![A-Za-z0-9_])/gi,
    // bare URLs and www. links
    /\b[a-z][a-z0-9+.-]*:\/\/\S*/gi,
    /\bwww\.\S*/gi,
  ];
  return [...angle, ...patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[0]))];
}
