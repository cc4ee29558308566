// Types for generate-corpus.js (plain Node ESM, used by the tests).

/** Where a planted value sits. `line`/`endLine` are 1-based; `probe` is a string on `line`. */
export interface CorpusLabel {
  path: string;
  line: number;
  endLine?: number;
  secret: boolean;
  category: string;
  probe: string;
}

export interface Corpus {
  seed: number;
  files: { path: string; text: string }[];
  labels: CorpusLabel[];
}

export const DEFAULT_SEED: number;
export const DEFAULT_FILES: number;
export function generateCorpus(options?: { seed?: number; files?: number }): Corpus;
export function replicateCorpus(corpus: Corpus, times: number): Corpus;
export function writeCorpus(dir: string, corpus: Pick<Corpus, 'files'>): void;
