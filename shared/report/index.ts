import type { ReviewResult } from '../engine/run-review.js';
import { renderJson, type RenderJsonOptions } from './render-json.js';
import { renderMarkdown, type MarkdownSection } from './render-markdown.js';
import { renderSarif } from './render-sarif.js';
import { renderText, type TextBlock } from './render-text.js';

/** The output formats of `--format`. */
export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;

/** One of {@link REPORT_FORMATS}. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options for {@link renderReport}: the union of what the four renderers take; each uses its own. */
export interface ReportOptions {
  /** Tollgate's version (JSON `tool.version`, SARIF `driver.version`, Markdown footer). */
  readonly toolVersion: string;
  /** Text: ANSI colours. Default false. */
  readonly color?: boolean;
  /** Text: prefix that makes paths relative to the current directory. Default `''`. */
  readonly cwdPrefix?: string;
  /** Text: blocks contributed by analyzers (the risk tier after the findings). */
  readonly textBlocks?: readonly TextBlock[];
  /** SARIF: POSIX path from the current directory to the scanned root. Default `''`. */
  readonly pathPrefix?: string;
  /** SARIF: `tool.driver.informationUri`. */
  readonly informationUri?: string;
  /** SARIF: the analysis category, `runs[0].automationDetails.id` (a `/` is appended). */
  readonly sarifCategory?: string;
  /** JSON: where the policy came from. */
  readonly policySources?: readonly string[];
  /** JSON: the top-level keys analyzers fill (see `reportContributions`). */
  readonly extensions?: RenderJsonOptions['extensions'];
  /** Markdown: heading name. Default `Tollgate`. */
  readonly title?: string;
  /** Markdown: the reviewed head commit. */
  readonly headSha?: string;
  /** Markdown: maximum length. Default 65,000. */
  readonly maxLength?: number;
  /** Markdown: hidden first line. Default `<!-- tollgate:sticky-comment -->`. */
  readonly marker?: string;
  /** Markdown: sections contributed by other parts of the product. */
  readonly extraSections?: readonly MarkdownSection[];
}

/**
 * Renders a review result in one of the output formats. Pure: returns the text; the
 * adapter writes it. Every format ends with a newline.
 */
export function renderReport(format: ReportFormat, result: ReviewResult, options: ReportOptions): string {
  switch (format) {
    case 'text':
      return renderText(result, {
        color: options.color ?? false,
        ...(options.cwdPrefix !== undefined ? { cwdPrefix: options.cwdPrefix } : {}),
        ...(options.textBlocks ? { blocks: options.textBlocks } : {}),
      });
    case 'json':
      return renderJson(result, {
        toolVersion: options.toolVersion,
        ...(options.policySources ? { policySources: options.policySources } : {}),
        ...(options.extensions ? { extensions: options.extensions } : {}),
      });
    case 'sarif':
      return renderSarif(result, {
        toolVersion: options.toolVersion,
        ...(options.pathPrefix !== undefined ? { pathPrefix: options.pathPrefix } : {}),
        ...(options.informationUri !== undefined ? { informationUri: options.informationUri } : {}),
        ...(options.sarifCategory !== undefined ? { category: options.sarifCategory } : {}),
      });
    case 'markdown':
      return renderMarkdown(result, {
        toolVersion: options.toolVersion,
        ...(options.title !== undefined ? { title: options.title } : {}),
        ...(options.headSha !== undefined ? { headSha: options.headSha } : {}),
        ...(options.maxLength !== undefined ? { maxLength: options.maxLength } : {}),
        ...(options.marker !== undefined ? { marker: options.marker } : {}),
        ...(options.extraSections ? { extraSections: options.extraSections } : {}),
      });
    default: {
      const never: never = format;
      throw new Error(`Unknown report format: ${String(never)}`);
    }
  }
}

export { renderJson, type RenderJsonOptions } from './render-json.js';
export { renderSarif, type RenderSarifOptions } from './render-sarif.js';
export { renderMarkdown, type MarkdownSection, type RenderMarkdownOptions, STICKY_COMMENT_MARKER } from './render-markdown.js';
export { renderText, type RenderTextOptions, type TextBlock } from './render-text.js';
export { jsonReportSchema, type JsonReport, JSON_REPORT_VERSION } from './json-report-schema.js';
export { escapeMarkdown } from './escape-markdown.js';
export { markdownCodeSpan } from './markdown-code-span.js';
