import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file below `dir`, as full paths. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Reads a folder into a file set (path relative to `dir`, `/` separators -> UTF-8 text). */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const full of filesUnder(dir)) out.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
  return out;
}
