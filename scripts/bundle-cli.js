#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and everything it imports, dependencies
// included) into ES modules, dist/bundle/tollgate.js and its chunks, which bin/tollgate.js runs
// when it is up to date, and the review worker thread (node/review-worker.ts, used by
// `scan --history` and the App) into dist/bundle/review-worker.js next to it, where the
// bundled pool looks for it; code both use, and each command's own code, go to chunks
// beside them (loaded when the command runs). A few modules instead of ~150: Node
// resolves, reads and links far fewer at start-up, which halves the CLI's start-up CPU
// (a pre-commit hook and every CI step pay it). The TypeScript compiler (ts-morph) stays outside: it is
// required lazily, only when a TS/JS file needs parsing.
//
// Run by `npm run build`, `npm test`, `prepare` and `prepack`, after `tsc -b`.
// Options: --if-stale (skip when the bundle is newer than the last tsc build).
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { slimTypeScript } from './slim-typescript.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = `${ROOT}dist/cli/main.js`;
const WORKER = `${ROOT}dist/node/review-worker.js`;
const OUT_DIR = `${ROOT}dist/bundle`;
const OUT = `${OUT_DIR}/tollgate.js`;
/** Rewritten by `tsc -b` whenever it emits; bin/tollgate.js compares against it too. */
const BUILD_INFO = `${ROOT}dist/.tsbuildinfo.src`;

if (!existsSync(ENTRY)) {
  process.stderr.write('bundle-cli: dist/cli/main.js is missing; run `npx tsc -b` first.\n');
  process.exit(2);
}
if (process.argv.includes('--if-stale') && existsSync(OUT) && existsSync(BUILD_INFO) && statSync(OUT).mtimeMs >= statSync(BUILD_INFO).mtimeMs) {
  process.exit(0);
}

/**
 * zod re-exports every translation of its messages as `z.locales` (about 300 KB of the
 * bundle, parsed at every start); Tollgate uses its default English messages, which
 * zod imports directly, never `z.locales`. The re-export becomes an empty module.
 */
const noZodLocales = {
  name: 'no-zod-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/zod/`) ? { path: 'zod-locales', namespace: 'no-zod-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'no-zod-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

// Earlier chunks (their names carry a content hash) would pile up: start empty.
rmSync(OUT_DIR, { recursive: true, force: true });
await build({
  entryPoints: { tollgate: ENTRY, 'review-worker': WORKER },
  outdir: OUT_DIR,
  bundle: true,
  // Each command's code (and the worker's) in chunks loaded when it runs: `tollgate
  // scan` does not parse the language server, `--version` parses neither.
  splitting: true,
  plugins: [noZodLocales],
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  // Whitespace and syntax only: names stay, so a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // Loaded on demand with require() (see shared/typescript/parse-typescript.ts).
  external: ['ts-morph', 'typescript'],
  // CommonJS dependencies inside an ES module bundle need a require of their own.
  banner: {
    js: "import { createRequire as __tollgateCreateRequire } from 'node:module';\nconst require = __tollgateCreateRequire(import.meta.url);",
  },
  legalComments: 'linked',
  logLevel: 'warning',
});

// The TypeScript compiler ts-morph ships (9 MB), cut down to the parser the analyzers
// use and minified, beside the bundle as typescript.cjs (about 1 MB; see
// scripts/slim-typescript.js): reading and compiling the whole compiler was most of a
// first TS/JS parse. Made from the installed ts-morph's copy at each build;
// shared/typescript/parse-typescript.ts loads it when present.
const fromTsMorph = createRequire(createRequire(import.meta.url).resolve('ts-morph'));
const { PARSER_API } = await import(pathToFileURL(`${ROOT}dist/shared/typescript/parser-api.js`).href);
const compiler = readFileSync(fromTsMorph.resolve('@ts-morph/common/dist/typescript.js'), 'utf8');
writeFileSync(`${OUT_DIR}/typescript.cjs`, await slimTypeScript(compiler, PARSER_API));
