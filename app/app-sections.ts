import type { MarkdownSection } from '../shared/report/render-markdown.js';
import { markdownCodeSpan } from '../shared/report/markdown-code-span.js';
import { reportSection } from '../shared/report/report-sections.js';
import type { ChangeReview } from '../shared/review/review-change.js';

const MAX_LISTED = 50;

/**
 * Sections only the App adds to the report, because only GitHub's API causes them:
 * files reviewed whole because GitHub left their patch out (every line was
 * checked), and a pull request with more files than GitHub lists. Empty otherwise,
 * so the comment equals `tollgate review --format markdown` for the same change.
 */
export function appSections(change: Pick<ChangeReview, 'wholeFiles' | 'incomplete'>, listedFiles: number): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  if (change.wholeFiles.length > 0) {
    const shown = change.wholeFiles.slice(0, MAX_LISTED).map((p) => `- ${markdownCodeSpan(p, { inTable: false })}`);
    const more = change.wholeFiles.length > MAX_LISTED ? [`- …and ${change.wholeFiles.length - MAX_LISTED} more`] : [];
    sections.push({
      ...placed('reviewed-whole'),
      markdown: `GitHub did not include the diff of ${change.wholeFiles.length === 1 ? 'this file' : `these ${change.wholeFiles.length} files`} (too large to show), so every line of ${change.wholeFiles.length === 1 ? 'it' : 'them'} was checked, not only the changed ones:\n\n${[...shown, ...more].join('\n')}`,
    });
  }
  if (change.incomplete) {
    sections.push({
      ...placed('files-not-listed'),
      markdown: `GitHub lists only the first ${listedFiles.toLocaleString('en-US')} files of a pull request; the others were not reviewed. Run \`tollgate review --base <base>\` locally or in CI to review all of them.`,
    });
  }
  return sections;
}

/** Id, title and position of one of the App's sections, from the report-sections table. */
function placed(id: 'reviewed-whole' | 'files-not-listed'): Pick<MarkdownSection, 'id' | 'title' | 'order'> {
  const section = reportSection(id);
  return {
    id,
    ...(section?.title !== undefined ? { title: section.title } : {}),
    ...(section?.at.markdown !== undefined ? { order: section.at.markdown } : {}),
  };
}
