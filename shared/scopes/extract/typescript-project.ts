import type { Project } from 'ts-morph';

type TsMorph = typeof import('ts-morph');

let loading: Promise<{ project: Project; tsMorph: TsMorph }> | undefined;
let creations = 0;

/**
 * The one ts-morph Project every TypeScript/JavaScript extraction shares, in an
 * in-memory file system. ts-morph (and with it the TypeScript compiler) is loaded
 * on the first call only, so runs that see no TS/JS file never load it, and later
 * files and runs reuse the same Project (files are replaced, not accumulated).
 */
export function typeScriptProject(): Promise<{ project: Project; tsMorph: TsMorph }> {
  loading ??= import('ts-morph').then((tsMorph) => {
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
