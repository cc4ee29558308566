#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the `prepare` script) or `npm run build`.
import { existsSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1+ keeps compiled code of loaded modules (the TypeScript compiler is ~9 MB of
// JavaScript) in its on-disk compile cache between runs; NODE_DISABLE_COMPILE_CACHE=1
// turns it off. Node 20 has no such cache: nothing happens there.
if (typeof module.enableCompileCache === 'function' && !process.env.NODE_DISABLE_COMPILE_CACHE) module.enableCompileCache();

const entry = new URL('../dist/cli/main.js', import.meta.url);
// The CLI bundled (scripts/bundle-cli.js: an entry and chunks), half the start-up of ~150 modules. It
// is used only when at least as new as the last `tsc -b` (which rewrites the build
// info whenever it emits), so a rebuilt dist/ is never shadowed by a stale bundle.
// TOLLGATE_NO_BUNDLE=1 runs dist/ as compiled.
const bundle = new URL('../dist/bundle/tollgate.js', import.meta.url);
const buildInfo = new URL('../dist/.tsbuildinfo.src', import.meta.url);
const mtime = (url) => {
  try {
    return statSync(fileURLToPath(url)).mtimeMs;
  } catch {
    return undefined;
  }
};
const bundled = mtime(bundle);
const built = mtime(buildInfo);
if (!process.env.TOLLGATE_NO_BUNDLE && bundled !== undefined && (built === undefined || bundled >= built)) {
  await import(bundle.href);
} else if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('tollgate: not built yet. Run `npm run build` (or `npm ci`) in the repository first.\n');
  process.exit(2);
} else {
  await import(entry.href);
}
