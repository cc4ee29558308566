import type { FileSet } from '../files/file-set.js';
import { codeLanguageOf, isTestPath, type CodeFact } from './code-fact.js';
import { scanPython } from './scan-python.js';
import { scanTypeScript } from './scan-typescript.js';

/** Files other than code where `NODE_TLS_REJECT_UNAUTHORIZED=0` is looked for (env files, Dockerfiles, CI, scripts). */
const CONFIG_FILE = /(?:^|\/)(?:\.env[^/]*|Dockerfile[^/]*|[^/]*\.(?:ya?ml|json|sh|bash|env|toml|ini|conf|cfg)|Makefile|Procfile)$/i;
const NODE_TLS_OFF = /\bNODE_TLS_REJECT_UNAUTHORIZED\b["'\]]*(?:\s*[:=]\s*|[ \t]+)["']?0(?![\w.])/g;

/** Largest file the code scanners parse (characters); larger files are generated or bundled. */
const MAX_CODE_CHARS = 512 * 1024;

/**
 * Runs the code scanners over `paths`: TS/JS with ts-morph (loaded only when a
 * TS/JS file is present), Python with the token scanner, and a line check for
 * `NODE_TLS_REJECT_UNAUTHORIZED=0` in configuration files. Test files are skipped
 * (see `isTestPath`). Returns the facts of each file that has any.
 */
export async function scanCode(files: FileSet, paths: readonly string[]): Promise<Map<string, CodeFact[]>> {
  const out = new Map<string, CodeFact[]>();
  for (const path of paths) {
    if (isTestPath(path)) continue;
    const text = files.get(path);
    if (text === undefined || text.length > MAX_CODE_CHARS) continue;
    const language = codeLanguageOf(path);
    let facts: CodeFact[] = [];
    if (language === 'ts') facts = await scanTypeScript(path, text);
    else if (language === 'python') facts = scanPython(text);
    else if (CONFIG_FILE.test(path) && text.includes('NODE_TLS_REJECT_UNAUTHORIZED')) {
      NODE_TLS_OFF.lastIndex = 0;
      for (let m = NODE_TLS_OFF.exec(text); m; m = NODE_TLS_OFF.exec(text)) {
        facts.push({ type: 'tls-verification-off', detail: 'NODE_TLS_REJECT_UNAUTHORIZED=0', start: m.index, end: m.index + m[0].length });
      }
    }
    if (facts.length > 0) out.set(path, facts);
  }
  return out;
}
