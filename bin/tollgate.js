#!/usr/bin/env node
// Thin launcher: the CLI is compiled to dist/ by `npm ci` (the `prepare` script) or `npm run build`.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1+ keeps compiled code of loaded modules (the TypeScript compiler is ~9 MB of
// JavaScript) in its on-disk compile cache between runs; NODE_DISABLE_COMPILE_CACHE=1
// turns it off. Node 20 has no such cache: nothing happens there.
if (typeof module.enableCompileCache === 'function' && !process.env.NODE_DISABLE_COMPILE_CACHE) module.enableCompileCache();

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('tollgate: not built yet. Run `npm run build` (or `npm ci`) in the repository first.\n');
  process.exit(2);
}
await import(entry.href);
