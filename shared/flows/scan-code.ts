import type { FileSet } from '../files/file-set.js';
import { MAX_PARSE_CHARS, parseLimitOf, type ParseLimit } from '../typescript/parse-limits.js';
import { codeLanguageOf, isTestPath, type CodeFact } from './code-fact.js';
import { scanPython } from './scan-python.js';
import { scanTypeScript } from './scan-typescript.js';

/** Files other than code where `NODE_TLS_REJECT_UNAUTHORIZED=0` is looked for (env files, Dockerfiles, CI, scripts). */
const CONFIG_FILE = /(?:^|\/)(?:\.env[^/]*|Dockerfile[^/]*|[^/]*\.(?:ya?ml|json|sh|bash|env|toml|ini|conf|cfg)|Makefile|Procfile)$/i;
const NODE_TLS_OFF = /\bNODE_TLS_REJECT_UNAUTHORIZED\b["'\]]*(?:\s*[:=]\s*|[ \t]+)["']?0(?![\w.])/g;

/** What the code scanners found: facts by file, and the code files they would not parse. */
export interface CodeScan {
  readonly facts: Map<string, CodeFact[]>;
  /** TS/JS and Python files above the parse bounds (see `parse-limits.ts`), with the bound broken. */
  readonly notAnalyzed: { readonly path: string; readonly limit: ParseLimit }[];
}

/**
 * Runs the code scanners over `paths`: TS/JS with ts-morph (loaded only when a
 * TS/JS file is present), Python with the token scanner, and a line check for
 * `NODE_TLS_REJECT_UNAUTHORIZED=0` in configuration files. Test files are skipped
 * (see `isTestPath`). Returns the facts of each file that has any, and the code
 * files not scanned because they break a parse bound (never silently skipped).
 */
export async function scanCode(files: FileSet, paths: readonly string[]): Promise<CodeScan> {
  const out = new Map<string, CodeFact[]>();
  const notAnalyzed: { path: string; limit: ParseLimit }[] = [];
  for (const path of paths) {
    if (isTestPath(path)) continue;
    const text = files.get(path);
    if (text === undefined) continue;
    const language = codeLanguageOf(path);
    let facts: CodeFact[] = [];
    if (language === 'ts') {
      try {
        facts = await scanTypeScript(path, text);
      } catch (error) {
        const limit = parseLimitOf(error);
        if (!limit) throw error;
        notAnalyzed.push({ path, limit });
        continue;
      }
    } else if (language === 'python') {
      // The token scanner is linear; the same size bound as TS/JS keeps one rule for both.
      if (text.length > MAX_PARSE_CHARS) {
        notAnalyzed.push({ path, limit: { reason: 'size', value: text.length, max: MAX_PARSE_CHARS } });
        continue;
      }
      facts = scanPython(text);
    } else if (CONFIG_FILE.test(path) && text.includes('NODE_TLS_REJECT_UNAUTHORIZED')) {
      NODE_TLS_OFF.lastIndex = 0;
      for (let m = NODE_TLS_OFF.exec(text); m; m = NODE_TLS_OFF.exec(text)) {
        facts.push({ type: 'tls-verification-off', detail: 'NODE_TLS_REJECT_UNAUTHORIZED=0', start: m.index, end: m.index + m[0].length });
      }
    }
    if (facts.length > 0) out.set(path, facts);
  }
  return { facts: out, notAnalyzed };
}
