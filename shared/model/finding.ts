/**
 * The finding model every analyzer, renderer and adapter shares.
 *
 * Analyzers report {@link RawFinding}s located by character offsets (UTF-16 code
 * units, as JavaScript strings index them). The engine turns them into
 * {@link Finding}s: positioned (1-based lines and columns, see
 * `shared/text/line-index.ts`), fingerprinted, filtered by policy and suppressions.
 *
 * Invariant: neither type ever holds a found secret unmasked. Analyzers mask at the
 * source (`shared/secrets/mask-secret.ts`); `data` holds only masked values.
 */

/** How bad a finding is. `error` fails the gate (CLI exit 1, check-run failure). */
export type Severity = 'error' | 'warning' | 'note';

/** All severities, most severe first. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note'];

/** A half-open character range `[start, end)` in a file's text, in UTF-16 code units. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A resolved position range. Lines and columns are **1-based**; `endColumn` is
 * exclusive (points just past the last character), as in SARIF.
 */
export interface LineRange {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** What an analyzer reports: a rule, a message, and where (by offsets). */
export interface RawFinding {
  /** Rule id, e.g. `secrets/stripe-key`. Must be declared by the analyzer. */
  readonly ruleId: string;
  /** Message id within the rule's `messages`; tests assert on this, not wording. */
  readonly messageId: string;
  /** Repository-relative path with `/` separators. */
  readonly path: string;
  /** Where the finding is. For a whole-file finding use `{start: 0, end: 0}`. */
  readonly range: OffsetRange;
  /** Values for the message template. Never a raw secret. */
  readonly data?: Readonly<Record<string, string | number | boolean>>;
  /** Overrides the rule's default severity (policy overrides still win). */
  readonly severity?: Severity;
  /**
   * A stable, non-secret discriminator for the fingerprint when several findings
   * of one rule sit on one line (e.g. a hash of the masked value). Optional.
   */
  readonly fingerprintHint?: string;
}

/** Whether a value read back from a cache has the shape of a `RawFinding` (rule, message, path, integer range). */
export function isRawFinding(value: unknown): value is RawFinding {
  if (typeof value !== 'object' || value === null) return false;
  const f = value as RawFinding;
  return (
    typeof f.ruleId === 'string' &&
    typeof f.messageId === 'string' &&
    typeof f.path === 'string' &&
    typeof f.range === 'object' &&
    f.range !== null &&
    Number.isInteger(f.range.start) &&
    Number.isInteger(f.range.end)
  );
}

/** How a finding was suppressed, when it was. */
export interface Suppression {
  readonly kind: 'inline' | 'baseline' | 'legacy-marker';
  /** The reason the author gave (inline) or the baseline entry's note. */
  readonly reason?: string;
  /** Where the suppression itself is written (path and 1-based line), if in a file. */
  readonly path?: string;
  readonly line?: number;
}

/** A finding as the engine publishes it: positioned, fingerprinted and rendered. */
export interface Finding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly path: string;
  readonly range: OffsetRange;
  readonly location: LineRange;
  /** The rendered message: the rule's template filled with `data`. Masked. */
  readonly message: string;
  /** Stable across unrelated edits and line moves; see `shared/engine/fingerprint.ts`. */
  readonly fingerprint: string;
  readonly data: Readonly<Record<string, string | number | boolean>>;
  /** Link to the rule's documentation. */
  readonly docsUrl: string;
  /**
   * GitHub code scanning's `primaryLocationLineHash` of the start line (`<hex>:<n>`),
   * computed over the file with every found secret masked; see
   * `shared/engine/primary-location-line-hashes.ts`. Absent when the line is not in the text.
   */
  readonly lineHash?: string;
  /** Present when a suppression matched and the policy reports suppressions. */
  readonly suppression?: Suppression;
  /**
   * History scans (`tollgate scan --history`) only: the commit that introduced the
   * file version the finding is in (full SHA) and its committer date (ISO 8601).
   * `path` and `location` are in that commit's version of the file.
   */
  readonly commit?: { readonly sha: string; readonly date: string };
}
