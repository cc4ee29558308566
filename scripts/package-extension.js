// Builds the VS Code extension (npm run package:extension): bundles the client
// (CommonJS, as VS Code loads extensions) and the language server (ESM, split so
// that ts-morph and the TypeScript compiler sit in chunks loaded only when first
// needed) with esbuild, copies mermaid's browser build for the diagram webview,
// then packs extension/tollgate-vscode-<version>.vsix with @vscode/vsce.
//   node scripts/package-extension.js [--no-vsix] [--outdir DIR]
// (--outdir bundles into DIR instead of extension/out and implies --no-vsix; tests use it.)
// vsce's secret scan is switched off for the package: a secret scanner's bundle holds
// vendors' public documentation example tokens and placeholder shapes on purpose
// (shared/secrets/rules/support/plain-value-reason.ts, secretlint's rules).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const extension = `${root}extension/`;
const outIndex = process.argv.indexOf('--outdir');
const out = outIndex === -1 ? `${extension}out/` : `${process.argv[outIndex + 1].replace(/\/$/, '')}/`;
const packVsix = outIndex === -1 && !process.argv.includes('--no-vsix');
const require = createRequire(import.meta.url);
const started = Date.now();

rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}media`, { recursive: true });

// lsp/protocol.ts declares the custom messages with vscode-languageserver-protocol's
// RequestType; in the client bundle it must be the copy vscode-languageclient uses
// (jsonrpc compares parameter structures by identity, and npm may nest a newer copy).
const clientRequire = createRequire(require.resolve('vscode-languageclient/node'));
const clientProtocol = {
  name: 'client-protocol',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^vscode-languageserver-protocol$/ }, () => ({ path: clientRequire.resolve('vscode-languageserver-protocol') }));
  },
};

await build({
  entryPoints: [`${extension}src/extension.ts`],
  outfile: `${out}extension.js`,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  plugins: [clientProtocol],
  sourcemap: false,
  minify: true,
  logLevel: 'warning',
});

// `import('ts-morph')` of a CommonJS package in a split ESM bundle yields only a
// default export; the analyzers destructure named ones (`{ Project, ts }`). This shim
// gives the chunk every export by name, and keeps ts-morph in its own lazily loaded chunk.
const tsMorphNamedExports = {
  name: 'ts-morph-named-exports',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^ts-morph$/ }, (args) =>
      args.namespace === 'ts-morph-shim' ? undefined : { path: 'ts-morph', namespace: 'ts-morph-shim' },
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'ts-morph-shim' }, () => {
      const main = require.resolve('ts-morph');
      const names = Object.keys(require(main)).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
      return {
        contents: `import m from ${JSON.stringify(main)};\nexport const { ${names.join(', ')} } = m;\nexport default m;\n`,
        loader: 'js',
        resolveDir: root,
      };
    });
  },
};

await build({
  plugins: [tsMorphNamedExports],
  entryPoints: { server: `${extension}src/server.ts` },
  outdir: `${out}server`,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  minify: true,
  logLevel: 'warning',
  // CommonJS dependencies (typescript, secretlint) use require, __filename and __dirname; give every chunk them.
  banner: {
    js: [
      "import { createRequire as __tollgateCreateRequire } from 'node:module';",
      "import { fileURLToPath as __tollgateFileURLToPath } from 'node:url';",
      'const require = __tollgateCreateRequire(import.meta.url);',
      'var __filename = __tollgateFileURLToPath(import.meta.url);',
      "var __dirname = __tollgateFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
});

copyFileSync(require.resolve('mermaid/dist/mermaid.min.js'), `${out}media/mermaid.min.js`);
copyFileSync(`${extension}media/diagram-view.js`, `${out}media/diagram-view.js`);

const { version } = JSON.parse(readFileSync(`${extension}package.json`, 'utf8'));
const vsix = `${extension}tollgate-vscode-${version}.vsix`;
if (packVsix) {
  const vsce = require.resolve('@vscode/vsce/vsce');
  execFileSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--allow-package-all-secrets', '--out', vsix],
    { cwd: extension, stdio: 'inherit' },
  );
  console.log(`wrote ${vsix} (${Math.round(statSync(vsix).size / 1024)} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} else console.log(`bundled into ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
