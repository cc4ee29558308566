import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createFileSet, type FileSet } from '../../shared/files/file-set.js';
import type { CorpusLabel } from './score-corpus.js';

/** The held-out corpus written by `test/corpus/holdout/generate.mjs`. */
export const HOLDOUT_DIR = fileURLToPath(new URL('./holdout/', import.meta.url));

const labelSchema = z
  .object({
    path: z.string().min(1),
    line: z.number().int().positive(),
    column: z.number().int().positive().optional(),
    endLine: z.number().int().positive().optional(),
    endColumn: z.number().int().positive().optional(),
    category: z.string().min(1),
    secret: z.boolean(),
    note: z.string(),
  })
  .strict();

/** A labelled corpus: its files (paths relative to `files/`) and labels. */
export interface LabelledCorpus {
  readonly head: FileSet;
  readonly labels: readonly CorpusLabel[];
}

/**
 * Reads a labelled corpus from `dir`: every file under `dir/files/` (as UTF-8
 * text, paths relative to `files/` with `/` separators) and `dir/labels.json`,
 * validated. Default `dir`: the held-out corpus, {@link HOLDOUT_DIR}.
 */
export function loadCorpus(dir: string = HOLDOUT_DIR): LabelledCorpus {
  const root = join(dir, 'files');
  const entries: [string, string][] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) entries.push([relative(root, full).split(sep).join('/'), readFileSync(full, 'utf8')]);
    }
  };
  walk(root);
  entries.sort((a, b) => a[0].localeCompare(b[0]));
  const labels = z.array(labelSchema).parse(JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')));
  return { head: createFileSet(entries), labels };
}
