import { createRequire } from 'node:module';
import type { ts as TsNamespace } from 'ts-morph';
import { checkParseLimits, FileTooComplexError, parseLimitOf } from './parse-limits.js';
import { PARSER_API, type ParserApiName } from './parser-api.js';

type TsMorph = typeof import('ts-morph');

/**
 * The TypeScript compiler ts-morph ships, as the analyzers see it: only the names in
 * `PARSER_API` (the CLI bundle's copy of the compiler has no others).
 */
export type Ts = Pick<typeof TsNamespace, ParserApiName>;

let loading: Promise<Ts> | undefined;
let loads = 0;

/**
 * Loads the TypeScript compiler ts-morph ships (`@ts-morph/common/dist/typescript.js`),
 * without ts-morph itself: only `createSourceFile` and the node tests are used, and
 * ts-morph's own modules (its Project, the file-system host, minimatch, ...) cost
 * ~100-150 ms more to load. Resolved from ts-morph's own folder, so it is the copy
 * ts-morph would load (one module instance if ts-morph is loaded too). In Node,
 * with require(): it is CommonJS, and importing it from ESM makes Node lex the whole
 * module for named exports first (~60 ms of start-up). In a bundle (the VS Code
 * extension's server) there is no node_modules to require from; there the
 * bundler's import() chunk of ts-morph is used.
 */
async function loadCompiler(): Promise<Ts> {
  let ts: Ts | undefined;
  // The CLI's bundle carries that compiler cut down to its parser beside it (made from
  // it by scripts/bundle-cli.js and scripts/slim-typescript.js): about a ninth of the bytes.
  try {
    ts = createRequire(import.meta.url)('./typescript.cjs') as Ts;
  } catch {
    ts = undefined;
  }
  if (ts?.createSourceFile) return ts;
  try {
    const fromTsMorph = createRequire(createRequire(import.meta.url).resolve('ts-morph'));
    ts = fromTsMorph('@ts-morph/common/dist/typescript.js') as Ts;
  } catch {
    ts = undefined;
  }
  if (ts?.createSourceFile) return ts;
  try {
    return (createRequire(import.meta.url)('ts-morph') as TsMorph).ts;
  } catch {
    return (await import('ts-morph')).ts;
  }
}

/**
 * The compiler's exports as plain properties. Every copy of it (typescript.js, the CLI
 * bundle's slim one) exports through getters (esbuild's live bindings, two deep in the
 * slim copy), and the analyzers make millions of `ts.isX(node)` calls: through getters
 * that is two extra function calls each, ~45 ms of a one-shot 400-file scan while the
 * code is still interpreted. The values never change after load (functions, enums, the
 * node factory).
 */
function plainCopy(ts: Ts): Ts {
  const plain: Partial<Record<ParserApiName, unknown>> = {};
  for (const name of PARSER_API) plain[name] = ts[name];
  return Object.freeze(plain) as Ts;
}

/**
 * The TypeScript compiler (ts-morph's copy), imported on the first call only, so
 * runs that see no TS/JS file never load it.
 */
export function typeScriptCompiler(): Promise<Ts> {
  loading ??= loadCompiler().then((ts) => {
    loads += 1;
    return plainCopy(ts);
  });
  return loading;
}

/** How many times this process loaded the compiler (1 after the first TS/JS file; the benchmark shows it). */
export function typeScriptCompilerLoads(): number {
  return loads;
}

interface Parsed {
  readonly path: string;
  readonly text: string;
  readonly sourceFile: TsNamespace.SourceFile;
}

/** Parsed files kept for the next analyzer, by path; each path may hold several texts (base and head). */
const byPath = new Map<string, Parsed[]>();
/** The same entries, oldest first, for eviction. */
const order = new Set<Parsed>();
let parsedChars = 0;

/**
 * Upper bound on the source text kept parsed (UTF-16 code units, default 32 Mi):
 * analyzers run one after another over the same files, so the second one reuses
 * the first one's syntax tree instead of parsing again; beyond the bound the
 * oldest trees are dropped (to the garbage collector: nothing else holds them).
 */
export const PARSE_CACHE_CHARS = 32 * 1024 * 1024;

const SCRIPT_KINDS: Readonly<Record<string, 'TS' | 'TSX' | 'JS' | 'JSX'>> = {
  '.ts': 'TS',
  '.mts': 'TS',
  '.cts': 'TS',
  '.tsx': 'TSX',
  '.js': 'JS',
  '.mjs': 'JS',
  '.cjs': 'JS',
  '.jsx': 'JSX',
};

/**
 * Parses one TS/JS file (syntax only: no type checking, no module resolution) with
 * the compiler's `createSourceFile`, and returns its syntax tree. Each call is
 * linear in the text: there is no Project, and no tree is ever replaced in place
 * (ts-morph's Project forgets a replaced file's wrapped nodes by scanning to line
 * starts and ends for every statement, which is quadratic on one long line). The
 * same path with the same text returns the tree already parsed, so the scopes and
 * data-flow analyzers parse each file once between them; a base and a head at
 * one path are two entries.
 *
 * @param path repository-relative path; its extension selects TS, TSX, JS or JSX
 * @param text the file's content
 * @throws FileTooComplexError when the text is above the parse limits (see
 *   `checkParseLimits`) or the parser runs out of stack; callers report the file as
 *   not analyzed.
 */
export async function parseTypeScript(path: string, text: string): Promise<{ ts: Ts; sourceFile: TsNamespace.SourceFile }> {
  const ts = await typeScriptCompiler();
  const cached = byPath.get(path)?.find((p) => p.text === text);
  if (cached) {
    order.delete(cached);
    order.add(cached);
    return { ts, sourceFile: cached.sourceFile };
  }
  const limit = checkParseLimits(text);
  if (limit) throw new FileTooComplexError(path, limit);
  const dot = path.lastIndexOf('.');
  const kind = ts.ScriptKind[SCRIPT_KINDS[dot >= 0 ? path.slice(dot).toLowerCase() : ''] ?? 'TS'];
  let sourceFile: TsNamespace.SourceFile;
  try {
    sourceFile = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
  } catch (error) {
    const broken = parseLimitOf(error);
    throw broken ? new FileTooComplexError(path, broken) : error;
  }
  const entry: Parsed = { path, text, sourceFile };
  byPath.set(path, [...(byPath.get(path) ?? []), entry]);
  order.add(entry);
  parsedChars += text.length;
  for (const old of order) {
    if (parsedChars <= PARSE_CACHE_CHARS || old === entry) break;
    order.delete(old);
    parsedChars -= old.text.length;
    const rest = (byPath.get(old.path) ?? []).filter((p) => p !== old);
    if (rest.length > 0) byPath.set(old.path, rest);
    else byPath.delete(old.path);
  }
  return { ts, sourceFile };
}
