import type { Finding, Severity } from '../model/finding.js';

/** One check-run annotation as GitHub's Checks API takes it (https://docs.github.com/en/rest/checks/runs#update-a-check-run). */
export interface CheckAnnotation {
  readonly path: string;
  /** 1-based. */
  readonly start_line: number;
  /** 1-based, inclusive. */
  readonly end_line: number;
  /** 1-based; only on single-line annotations (GitHub rejects columns across lines). */
  readonly start_column?: number;
  /** 1-based, inclusive; only on single-line annotations. */
  readonly end_column?: number;
  readonly annotation_level: 'notice' | 'warning' | 'failure';
  readonly message: string;
  readonly title: string;
}

/** The annotations to send, in request-sized batches, and what did not fit. */
export interface AnnotationPlan {
  /** Batches of at most `batchSize` annotations; one update request each. */
  readonly batches: readonly (readonly CheckAnnotation[])[];
  /** How many findings could be annotated. */
  readonly total: number;
  /** How many of them were left out by the cap (listed in the summary instead). */
  readonly omitted: number;
}

/** GitHub accepts at most 50 annotations per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

const LEVEL: Readonly<Record<Severity, CheckAnnotation['annotation_level']>> = { error: 'failure', warning: 'warning', note: 'notice' };
const RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 };
/** GitHub's limit for an annotation message, in bytes (kept well under). */
const MAX_MESSAGE_CHARS = 4_000;

/**
 * Turns findings into check-run annotations: 1-based lines, columns only when the
 * finding is on one line (GitHub's end column is inclusive, ours exclusive), the
 * most severe first, at most `max` in all (default 250: five requests) in batches of
 * {@link ANNOTATIONS_PER_REQUEST}. Findings that are not on a file of the change
 * (`annotatable` false, e.g. a policy in the organisation's repository, or `.`) are
 * left to the summary. Messages are the engine's, already masked.
 */
export function planAnnotations(
  findings: readonly Finding[],
  options: { readonly max?: number; readonly batchSize?: number; readonly annotatable?: (path: string) => boolean } = {},
): AnnotationPlan {
  const max = Math.max(0, Math.floor(options.max ?? 250));
  const batchSize = Math.min(ANNOTATIONS_PER_REQUEST, Math.max(1, Math.floor(options.batchSize ?? ANNOTATIONS_PER_REQUEST)));
  const annotatable = options.annotatable ?? (() => true);
  const eligible = findings
    .filter((f) => f.path !== '.' && annotatable(f.path))
    .map((f, i) => ({ f, i }))
    .sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
  const chosen = eligible.slice(0, max).map(toAnnotation);
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < chosen.length; i += batchSize) batches.push(chosen.slice(i, i + batchSize));
  return { batches, total: eligible.length, omitted: eligible.length - chosen.length };
}

function toAnnotation(f: Finding): CheckAnnotation {
  const { startLine, endLine, startColumn, endColumn } = f.location;
  const start_line = Math.max(1, startLine);
  const end_line = Math.max(start_line, endLine);
  const singleLine = start_line === end_line;
  const message = f.message.length > MAX_MESSAGE_CHARS ? `${f.message.slice(0, MAX_MESSAGE_CHARS - 1)}…` : f.message;
  return {
    path: f.path,
    start_line,
    end_line,
    ...(singleLine ? { start_column: Math.max(1, startColumn), end_column: Math.max(Math.max(1, startColumn), endColumn - 1) } : {}),
    annotation_level: LEVEL[f.severity],
    message,
    title: f.ruleId,
  };
}
