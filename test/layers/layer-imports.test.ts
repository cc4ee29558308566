import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The folders (or single modules) each layer may import from (besides packages). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  shared: ['shared'],
  node: ['shared', 'node'],
  // Of node/, the App uses the worker-thread pool only: it reads repositories through the API.
  app: ['shared', 'app', 'node/review-pool.js'],
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
  it('a layer imports only the layers below it: shared/ nothing, node/ shared/, app/ never cli/ (of node/ the pool only), lsp/ never cli/', () => {
    const violations: string[] = [];
    for (const [layer, allowed] of Object.entries(ALLOWED)) {
      for (const file of sources(layer)) {
        for (const spec of importsOf(readFileSync(join(ROOT, file), 'utf8'))) {
          const path = relative(ROOT, resolve(ROOT, file, '..', spec))
            .split(sep)
            .join('/');
          const target = path.split('/')[0] as string;
          if (!allowed.includes(target) && !allowed.includes(path)) violations.push(`${file} -> ${spec}`);
        }
      }
    }
    expect(violations).toEqual([]);
    // The check reads real imports (a broken pattern would pass vacuously).
    expect(importsOf(readFileSync(join(ROOT, 'lsp/review-branch.ts'), 'utf8'))).toContain('../node/git-change-source.js');
  });
});
