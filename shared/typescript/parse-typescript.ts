import { createRequire } from 'node:module';
import type { Project, SourceFile, ts as TsNamespace } from 'ts-morph';

type TsMorph = typeof import('ts-morph');

/** The TypeScript compiler namespace ts-morph ships. */
export type Ts = typeof TsNamespace;

let loading: Promise<{ project: Project; tsMorph: TsMorph }> | undefined;
let creations = 0;

/**
 * Loads ts-morph. In Node, with require(): it is CommonJS, and importing it from ESM
 * makes Node lex the whole module for named exports first (~60 ms of start-up). In
 * a bundle (the VS Code extension's server) there is no node_modules to require
 * from; there the bundler's import() chunk is used.
 */
async function loadTsMorph(): Promise<TsMorph> {
  try {
    return createRequire(import.meta.url)('ts-morph') as TsMorph;
  } catch {
    return import('ts-morph');
  }
}

/**
 * The one ts-morph Project every TypeScript/JavaScript analysis in the process
 * shares (scopes, data flow, the language server), in an in-memory file system.
 * ts-morph, and with it the TypeScript compiler, is imported on the first call
 * only, so runs that see no TS/JS file never load it.
 */
export function typeScriptProject(): Promise<{ project: Project; tsMorph: TsMorph }> {
  loading ??= loadTsMorph().then((tsMorph) => {
    creations += 1;
    const project = new tsMorph.Project({
      useInMemoryFileSystem: true,
      skipAddingFilesFromTsConfig: true,
      skipFileDependencyResolution: true,
      skipLoadingLibFiles: true,
      compilerOptions: { allowJs: true, noLib: true, noResolve: true },
    });
    return { project, tsMorph };
  });
  return loading;
}

/** How many Projects this process has created (1 after the first TS/JS file; the benchmark shows it). */
export function typeScriptProjectCreations(): number {
  return creations;
}

/** Parsed files kept for the next analyzer, by path, oldest first. */
const parsed = new Map<string, { text: string; sourceFile: SourceFile }>();
let parsedChars = 0;

/**
 * Upper bound on the source text kept parsed (UTF-16 code units, default 32 Mi):
 * analyzers run one after another over the same files, so the second one reuses
 * the first one's syntax tree instead of parsing again; beyond the bound the
 * oldest files are dropped from the Project.
 */
export const PARSE_CACHE_CHARS = 32 * 1024 * 1024;

/**
 * Parses one TS/JS file (syntax only: no type checking, no module resolution) in
 * the shared Project and returns the compiler's syntax tree. The same path with the
 * same text returns the tree already parsed, so the scopes and data-flow analyzers
 * parse each file once between them.
 *
 * @param path repository-relative path; its extension selects TS, TSX, JS or JSX
 * @param text the file's content
 */
export async function parseTypeScript(path: string, text: string): Promise<{ ts: Ts; sourceFile: TsNamespace.SourceFile }> {
  const { project, tsMorph } = await typeScriptProject();
  const cached = parsed.get(path);
  if (cached && cached.text === text) return { ts: tsMorph.ts, sourceFile: cached.sourceFile.compilerNode };
  if (cached) {
    parsed.delete(path);
    parsedChars -= cached.text.length;
  }
  const sourceFile = project.createSourceFile(`/src/${path.replace(/^\/+/, '')}`, text, { overwrite: true });
  parsed.set(path, { text, sourceFile });
  parsedChars += text.length;
  for (const [oldPath, entry] of parsed) {
    if (parsedChars <= PARSE_CACHE_CHARS || oldPath === path) break;
    parsed.delete(oldPath);
    parsedChars -= entry.text.length;
    project.removeSourceFile(entry.sourceFile);
  }
  return { ts: tsMorph.ts, sourceFile: sourceFile.compilerNode };
}
