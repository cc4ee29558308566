#!/usr/bin/env node
// Bundles the compiled CLI (dist/cli/main.js and everything it imports, dependencies
// included) into one ES module, dist/bundle/tollgate.js, which bin/tollgate.js runs
// when it is up to date, and the review worker thread (node/review-worker.ts, used by
// `scan --history` and the App) into dist/bundle/review-worker.js next to it, where the
// bundled pool looks for it. One file instead of ~150 modules: Node resolves, reads and
// links one module at start-up, which halves the CLI's start-up CPU (a pre-commit hook
// and every CI step pay it). The TypeScript compiler (ts-morph) stays outside: it is
// required lazily, only when a TS/JS file needs parsing.
//
// Run by `npm run build`, `npm test`, `prepare` and `prepack`, after `tsc -b`.
// Options: --if-stale (skip when the bundle is newer than the last tsc build).
import { build } from 'esbuild';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

await build({
  entryPoints: { tollgate: ENTRY, 'review-worker': WORKER },
  outdir: OUT_DIR,
  bundle: true,
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
