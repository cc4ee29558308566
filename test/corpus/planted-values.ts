import type { FileSet } from '../../shared/files/file-set.js';
import { createLineIndex } from '../../shared/text/line-index.js';
import type { CorpusLabel } from './score-corpus.js';

/** A planted secret's label and its raw value, read from the corpus file. */
export interface PlantedValue {
  readonly label: CorpusLabel;
  readonly value: string;
}

/**
 * Reads the raw value of every planted secret that has a located value
 * (`column`, `endLine`, `endColumn`) from the corpus files. Whole-file labels
 * (a committed `.env`) have no value and are left out. Test use only: the values
 * are secrets-shaped and must never be printed.
 */
export function plantedValues(head: FileSet, labels: readonly CorpusLabel[]): PlantedValue[] {
  const out: PlantedValue[] = [];
  for (const label of labels) {
    if (!label.secret || label.column === undefined || label.endLine === undefined || label.endColumn === undefined) continue;
    const text = head.get(label.path);
    if (text === undefined) throw new Error(`label for a missing file: ${label.path}:${label.line}`);
    const index = createLineIndex(text);
    const start = index.offsetAt({ line: label.line, column: label.column });
    const end = index.offsetAt({ line: label.endLine, column: label.endColumn });
    out.push({ label, value: text.slice(start, end) });
  }
  return out;
}
