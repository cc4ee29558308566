import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createFileSet, type FileSet } from '../../../shared/files/file-set.js';

/** The real-world secrets corpus written by `test/corpus/real-world/secrets/generate.mjs`. */
export const REAL_WORLD_SECRETS_DIR = fileURLToPath(new URL('./secrets/', import.meta.url));

const caseSchema = z
  .object({
    file: z.string().startsWith('files/'),
    family: z.string().min(1),
    line: z.number().int().positive(),
    secret: z.boolean(),
    source: z.object({ repo: z.string(), path: z.string(), commit: z.string(), license: z.string() }).strict(),
    note: z.string(),
  })
  .strict();

/** One labelled case: `path` is relative to `files/`; `line` is 1-based. */
export interface RealWorldCase {
  readonly path: string;
  readonly family: string;
  readonly line: number;
  readonly secret: boolean;
  readonly note: string;
}

/** The corpus: every file under `files/` and one label per file. */
export interface RealWorldSecretsCorpus {
  readonly head: FileSet;
  readonly cases: readonly RealWorldCase[];
}

/**
 * Reads the real-world secrets corpus from `dir` (default {@link REAL_WORLD_SECRETS_DIR}):
 * the files under `dir/files/` as UTF-8 text, paths relative to `files/` with `/`
 * separators, and `dir/labels.json`, validated.
 */
export function loadRealWorldSecrets(dir: string = REAL_WORLD_SECRETS_DIR): RealWorldSecretsCorpus {
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
  const raw = z.object({ cases: z.array(caseSchema) }).parse(JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')));
  const cases = raw.cases.map((c) => ({ path: c.file.slice('files/'.length), family: c.family, line: c.line, secret: c.secret, note: c.note }));
  return { head: createFileSet(entries), cases };
}
