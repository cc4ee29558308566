import type { FactId } from './fact-ids.js';

/** Where a fact comes from: a file, a 1-based line when known, and what is there. */
export interface FactEvidence {
  readonly path: string;
  readonly line?: number;
  readonly detail: string;
}

/** One fact about a change, with the files and lines that establish it. */
export interface ChangeFact {
  readonly id: FactId;
  readonly evidence: readonly FactEvidence[];
}
