import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ts as TsNamespace } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { PARSER_API } from '../../../shared/typescript/parser-api.js';
import { slimTypeScript } from '../../../scripts/slim-typescript.js';

// The CLI bundle parses TS/JS with a cut-down copy of the compiler (dist/bundle/
// typescript.cjs, made by scripts/slim-typescript.js at each build). It must parse
// exactly as the full compiler does: same nodes, positions, flags, children as the
// language service's node classes report them, and parse errors, on real files and
// on broken ones (error recovery).

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SLIM = join(ROOT, 'dist/bundle/typescript.cjs');
const require = createRequire(import.meta.url);
type Ts = typeof TsNamespace;

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) yield* files(path);
    else if (/\.(m|c)?[jt]sx?$/.test(name) && stat.size < 512 * 1024) yield path;
  }
}

function scriptKind(ts: Ts, path: string): TsNamespace.ScriptKind {
  if (/\.(m|c)?ts$/.test(path)) return ts.ScriptKind.TS;
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  return path.endsWith('.jsx') ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
}

/** Every node as `depth:kind:pos:end:flags:start:children:text`, then the parse errors. */
function describeTree(ts: Ts, path: string, text: string): string {
  const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(ts, path));
  const lines: string[] = [];
  const walk = (node: TsNamespace.Node, depth: number): void => {
    const own = (node as { text?: string }).text ?? '';
    lines.push(`${depth}:${node.kind}:${node.pos}:${node.end}:${node.flags}:${node.getStart(sf)}:${node.getChildren(sf).length}:${own}`);
    ts.forEachChild(node, (child) => walk(child, depth + 1));
  };
  walk(sf, 0);
  const diagnostics = (sf as unknown as { parseDiagnostics: TsNamespace.Diagnostic[] }).parseDiagnostics;
  lines.push(`errors:${diagnostics.map((d) => `${d.code}@${d.start}+${d.length}`).join(',')}`);
  return lines.join('\n');
}

describe('the CLI bundle’s TypeScript compiler', () => {
  it('is built, and exports exactly the parser API', () => {
    expect(existsSync(SLIM), 'dist/bundle/typescript.cjs is missing: run `npm run build`').toBe(true);
    const slim = require(SLIM) as Record<string, unknown>;
    expect(Object.keys(slim).sort()).toEqual([...PARSER_API].sort());
    for (const name of PARSER_API) expect(slim[name], name).toBeDefined();
  });

  it('parses real files and broken ones exactly as the full compiler does', () => {
    const full = require(require.resolve('@ts-morph/common/dist/typescript.js', { paths: [require.resolve('ts-morph')] })) as Ts;
    const slim = require(SLIM) as Ts;
    const paths = [
      ...files(join(ROOT, 'test/corpus/real-world/scopes')),
      ...files(join(ROOT, 'test/corpus/agents/files')),
      ...files(join(ROOT, 'examples')),
      ...files(join(ROOT, 'shared/flows')),
      ...files(join(ROOT, 'node_modules/commander/lib')),
      ...files(join(ROOT, 'node_modules/commander/typings')),
    ];
    expect(paths.length).toBeGreaterThan(100);
    let broken = 0;
    for (const path of paths) {
      const text = readFileSync(path, 'utf8');
      expect(describeTree(slim, path, text), path).toBe(describeTree(full, path, text));
      // The same file cut and joined mid-token: the parser's error recovery.
      const cut = `${text.slice(0, Math.floor(text.length * 0.37))}){ ]${text.slice(Math.floor(text.length * 0.6))}`;
      const brokenTree = describeTree(full, path, cut);
      if (!brokenTree.endsWith('errors:')) broken += 1;
      expect(describeTree(slim, path, cut), `${path} (cut)`).toBe(brokenTree);
    }
    expect(broken).toBeGreaterThan(paths.length / 2);
  });

  it('refuses a typescript.js laid out differently, with a message', async () => {
    await expect(slimTypeScript('module.exports = {};\n', PARSER_API)).rejects.toThrow(/wrapper of typescript\.js was not found/);
    const full = readFileSync(require.resolve('@ts-morph/common/dist/typescript.js', { paths: [require.resolve('ts-morph')] }), 'utf8');
    await expect(slimTypeScript(full, ['createSourceFile', 'noSuchExport'])).rejects.toThrow(/does not export noSuchExport/);
  });
});
