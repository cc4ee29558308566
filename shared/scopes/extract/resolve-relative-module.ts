import type { FileSet } from '../../files/file-set.js';

const EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.jsx', '.mjs', '.cjs', '/index.ts', '/index.js'];

/**
 * The file a relative import names, looked up in the file set: `./common/scopes`
 * from `a/b.ts` is `a/common/scopes` plus the first of `.ts`, `.tsx`, `.js`, ...,
 * `/index.ts` that exists (`./x.js` also finds `x.ts`, as TypeScript's resolution
 * does). Bare specifiers (packages) and paths leaving the repository are not followed.
 *
 * @returns the path and text, or undefined
 */
export function resolveRelativeModule(files: FileSet, fromPath: string, specifier: string): { path: string; text: string } | undefined {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return undefined;
  const parts = fromPath.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '.' || segment === '') continue;
    if (segment === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(segment);
  }
  const base = parts.join('/');
  const candidates = [...EXTENSIONS.map((e) => base + e), ...(/\.[cm]?js$/.test(base) ? [base.replace(/\.([cm]?)js$/, '.$1ts')] : [])];
  for (const candidate of candidates) {
    const text = files.get(candidate);
    if (text !== undefined) return { path: candidate, text };
  }
  return undefined;
}
