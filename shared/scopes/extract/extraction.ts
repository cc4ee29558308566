import type { Breadth, ScopeProvider } from '../scope-model.js';

/** Where a scope was read from. */
export type ScopeSource = 'typescript' | 'python' | 'manifest' | 'workflow' | 'github-app' | 'iam-policy' | 'kubernetes' | 'terraform' | 'config';

/** One scope as written in a file, located by offsets into that file's text. */
export interface ExtractedScope {
  readonly path: string;
  /** `[start, end)` offsets of the scope as written (UTF-16 code units). */
  readonly start: number;
  readonly end: number;
  /** The scope as written (`contents: write` for key/level permissions). */
  readonly scope: string;
  readonly provider: ScopeProvider | 'unknown';
  readonly source: ScopeSource;
  /** Breadth set by the grant's context (an IAM statement's `Resource: "*"`, a ClusterRole); overrides the catalog's. */
  readonly breadth?: Breadth;
  /** An IAM `NotAction` in an `Allow`: grants everything but the action. */
  readonly inverted?: boolean;
}

/** Why a scope could not be read. */
export type DynamicReason = 'template' | 'variable' | 'expression' | 'app-registration';

/** A scope built at run time (template, variable, call): reported, never dropped. */
export interface DynamicScope {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly reason: DynamicReason;
  readonly provider?: ScopeProvider;
  /** The expression as written, shortened to 80 characters. Scope code holds no secrets. */
  readonly expression: string;
}

/** What kind of file a problem is in. */
export type ProblemKind = 'iam-policy' | 'manifest' | 'workflow' | 'github-app' | 'kubernetes';

/** A malformed file or value: where, what is wrong, what to do. */
export interface ScopeProblem {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly kind: ProblemKind;
  readonly message: string;
  readonly hint: string;
}

/** What the extractors return for one file. */
export interface Extraction {
  readonly scopes: ExtractedScope[];
  readonly dynamic: DynamicScope[];
  readonly problems: ScopeProblem[];
}

/** An empty extraction to fill. */
export function emptyExtraction(): Extraction {
  return { scopes: [], dynamic: [], problems: [] };
}

/**
 * Whether a value looks like a credential rather than a scope (a long run of
 * letters and digits, or a known token prefix). Such values are never reported
 * as scopes or echoed in messages; the secrets analyzer reports them, masked.
 */
export function looksLikeSecret(value: string): boolean {
  if (/^(xox[abposr]-|gh[pousr]_|github_pat_|sk-|sk_(live|test)_|rk_(live|test)_|AKIA|ASIA|AIza|ya29\.|eyJ)/.test(value)) return true;
  return /[A-Za-z0-9+/_=-]{24,}/.test(value) && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value) && !/[:.]/.test(value);
}

/** Shortens an expression for messages: one line, at most 80 characters, credential-like runs masked. */
export function shortExpression(text: string): string {
  const one = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[A-Za-z0-9+/_=-]{20,}/g, (run) => (looksLikeSecret(run) ? `${run.slice(0, 4)}${'*'.repeat(8)}` : run));
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}
