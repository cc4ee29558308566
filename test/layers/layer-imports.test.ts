import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The folders each layer may import from (besides packages). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  shared: ['shared'],
  node: ['shared', 'node'],
  app: ['shared', 'app'],
  lsp: ['shared', 'node', 'lsp'],
  cli: ['shared', 'node', 'cli', 'app', 'lsp'],
};

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Relative module specifiers of static and dynamic imports and re-exports. */
function importsOf(text: string): string[] {
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1] as string);
}

describe('layers', () => {
  it('a layer imports only the layers below it: shared/ nothing, node/ shared/, app/ never cli/ or node/, lsp/ never cli/', () => {
    const violations: string[] = [];
    for (const [layer, allowed] of Object.entries(ALLOWED)) {
      for (const file of sources(layer)) {
        for (const spec of importsOf(readFileSync(join(ROOT, file), 'utf8'))) {
          const target = relative(ROOT, resolve(ROOT, file, '..', spec)).split(sep)[0] as string;
          if (!allowed.includes(target)) violations.push(`${file} -> ${spec}`);
        }
      }
    }
    expect(violations).toEqual([]);
    // The check reads real imports (a broken pattern would pass vacuously).
    expect(importsOf(readFileSync(join(ROOT, 'lsp/review-branch.ts'), 'utf8'))).toContain('../node/git-change-source.js');
  });
});
