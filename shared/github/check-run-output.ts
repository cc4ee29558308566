import type { ReviewResult } from '../engine/run-review.js';
import { renderMarkdown, type MarkdownSection } from '../report/render-markdown.js';
import { summarizeResult } from '../report/summarize-result.js';
import { CHECK_OUTPUT_MAX_BYTES, fitUtf8, truncateUtf8 } from './fit-utf8.js';
import type { PullRequestGovernance } from './pull-request-governance.js';

/** A completed check run's conclusion, as Tollgate uses them. */
export type CheckConclusion = 'success' | 'failure' | 'action_required' | 'neutral' | 'cancelled';

/** Which findings fail the check: error-level (default), warnings too, or none. */
export type FailOn = 'error' | 'warning' | 'never';

/**
 * The conclusion for a finished review: `failure` when a finding at or above
 * `failOn` is active (default `error`), else `action_required` while required
 * approvals are pending, else `success`.
 */
export function checkConclusion(result: ReviewResult, governance: PullRequestGovernance, failOn: FailOn = 'error'): CheckConclusion {
  const s = summarizeResult(result);
  if (failOn !== 'never' && (s.error > 0 || (failOn === 'warning' && s.warning > 0))) return 'failure';
  if (governance.approvalsPending) return 'action_required';
  return 'success';
}

/** The `output` of a check run. */
export interface CheckOutput {
  readonly title: string;
  readonly summary: string;
}

/** Marker for the check's summary (not the sticky comment's, so a search never confuses them). */
const CHECK_MARKER = '<!-- tollgate:check-run -->';

/**
 * The check run's title and summary: short notes first (annotations left out by the
 * cap, files reviewed whole because GitHub truncated their patch), then the same
 * Markdown report as the sticky comment, sized to GitHub's 65,535-byte limit.
 */
export function checkRunOutput(
  result: ReviewResult,
  options: {
    readonly headSha: string;
    readonly toolVersion: string;
    readonly extraSections?: readonly MarkdownSection[];
    readonly notes?: readonly string[];
    readonly maxBytes?: number;
  },
): CheckOutput {
  const maxBytes = options.maxBytes ?? CHECK_OUTPUT_MAX_BYTES;
  const notes = (options.notes ?? []).map((n) => `> ${n}`).join('\n');
  const prefix = truncateUtf8(notes === '' ? '' : `${notes}\n\n`, Math.floor(maxBytes / 4));
  const summary = fitUtf8(
    (maxLength) =>
      prefix +
      renderMarkdown(result, {
        headSha: options.headSha,
        toolVersion: options.toolVersion,
        marker: CHECK_MARKER,
        maxLength: Math.max(0, maxLength - prefix.length),
        ...(options.extraSections ? { extraSections: options.extraSections } : {}),
      }),
    maxBytes,
  );
  return { title: checkTitle(result), summary };
}

function checkTitle(result: ReviewResult): string {
  const s = summarizeResult(result);
  const parts: string[] = [];
  if (s.error > 0) parts.push(`${s.error} error${s.error === 1 ? '' : 's'}`);
  if (s.warning > 0) parts.push(`${s.warning} warning${s.warning === 1 ? '' : 's'}`);
  if (s.note > 0) parts.push(`${s.note} note${s.note === 1 ? '' : 's'}`);
  const skipped = s.filesSkipped > 0 ? ` · ${s.filesSkipped} file${s.filesSkipped === 1 ? '' : 's'} not analyzed` : '';
  return `${parts.length === 0 ? 'No findings' : parts.join(', ')}${skipped}`;
}
