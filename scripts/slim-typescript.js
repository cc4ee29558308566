// Makes the CLI bundle's copy of the TypeScript compiler: ts-morph's typescript.js (9 MB,
// the whole compiler and language service) cut down to the names the analyzers use
// (shared/typescript/parser-api.ts) and the code those reach, then minified (about
// 1 MB). Loading it costs about a third of the full minified copy (77 vs 230 ms on the
// benchmark machine), and every `tollgate scan` over a TS/JS file pays that load.
//
// How: typescript.js is one esbuild bundle of ES modules wrapped in a CommonJS
// function. Unwrapped, with its export list replaced by ours, esbuild's tree shaking can
// drop every top-level declaration nothing we export reaches, except that a few kinds
// of top-level statement look like side effects to it and keep half the compiler alive:
//   - `var ts_X_exports = {}; __export(ts_X_exports, {...})` (namespace objects):
//     rewritten into one side-effect-free expression, kept only when referenced;
//   - `var N; ((N2) => {...})(N || (N = {}))` (TypeScript namespaces): rewritten to
//     `var N = /* @__PURE__ */ ((N2) => {...; return N2; })({})`, the same value;
//   - `registerRefactor(...)` / `registerCodeFix(...)` (language-service
//     registrations) and `_Class.member = ...` (static members): dropped, and the
//     build fails if a class whose statics were dropped is still in the output;
//   - `setObjectAllocator(getServicesObjectAllocator())`: the language service's node
//     classes (getText, getStart, getChildren, ...) are kept, its symbol, type and
//     signature classes (documentation comments, the checker) are not;
//   - the start-up check of NODE_ENV/debug mode through `sys` (assertion level).
// Every rewrite asserts that it found what it expects, so a TypeScript release laid out
// differently fails the build with a message instead of producing a broken compiler;
// test/shared/typescript/slim-compiler.test.ts compares the syntax trees of this copy
// and the full one, node by node, over real TS/JS files.
import { build, transform } from 'esbuild';

/** A rewrite that must apply `min` times or more, else the build stops. */
function rewrite(text, pattern, replacement, what, min = 1) {
  let count = 0;
  const out = text.replace(pattern, (...args) => {
    count += 1;
    return typeof replacement === 'function' ? replacement(...args) : replacement;
  });
  if (count < min) throw new Error(`slim-typescript: ${what}: expected ${min}+ occurrences, found ${count}; has typescript.js changed its layout?`);
  return out;
}

/**
 * @param {string} source the text of ts-morph's @ts-morph/common/dist/typescript.js
 * @param {readonly string[]} names the exports to keep (PARSER_API)
 * @returns {Promise<string>} a minified CommonJS module exporting `names`
 */
export async function slimTypeScript(source, names) {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l.startsWith('var ts = {}; ((module) => {'));
  const end = lines.findLastIndex((l) => l.startsWith('})({ get exports()'));
  if (start < 0 || end < start) throw new Error('slim-typescript: the CommonJS wrapper of typescript.js was not found; has its layout changed?');
  const license = lines.slice(0, start).join('\n').trim();
  let text = lines.slice(start + 1, end).join('\n');

  // The public export list and the CommonJS export (ours replace them).
  const exported = /^__export\(typescript_exports, \{\n([\s\S]*?)\n\}\);$/m.exec(text);
  if (!exported) throw new Error('slim-typescript: the export list of typescript.js was not found');
  const available = new Set([...exported[1].matchAll(/^ {2}([A-Za-z0-9_$]+):/gm)].map((m) => m[1]));
  const missing = names.filter((n) => !available.has(n));
  if (missing.length > 0) throw new Error(`slim-typescript: typescript.js does not export ${missing.join(', ')}`);
  text = text.replace(exported[0], '');
  text = rewrite(text, /^var typescript_exports = \{\};$/m, '', 'the export object');
  text = rewrite(text, /^module\.exports = __toCommonJS\(typescript_exports\);$/m, '', 'the CommonJS export');
  text = text.replace(/^0 && \(module\.exports = \{[\s\S]*?\n\}\);$/m, '');

  text = rewrite(
    text,
    /^var (ts_[A-Za-z0-9_]*exports[0-9]*) = \{\};\n__export\(\1, \{/gm,
    (_m, name) => `var ${name} = /* @__PURE__ */ __tollgateNamespace({`,
    'namespace objects',
  );
  const params = new Map();
  text = rewrite(
    text,
    /^var ([A-Za-z0-9_$]+);\n\(\(([A-Za-z0-9_$]+)\) => \{$/gm,
    (_m, name, param) => {
      params.set(name, param);
      return `var ${name} = /* @__PURE__ */ ((${param}) => {`;
    },
    'namespace functions',
  );
  text = rewrite(
    text,
    /^\}\)\(([A-Za-z0-9_$]+) \|\| \(\1 = \{\}\)\);$/gm,
    (m, name) => (params.has(name) ? `return ${params.get(name)};\n})({});` : m),
    'namespace function ends',
  );
  const unclosed = [...params.keys()].filter((n) => !text.includes(`return ${params.get(n)};\n})({});`));
  if (unclosed.length > 0) throw new Error(`slim-typescript: namespaces without their end: ${unclosed.join(', ')}`);
  text = rewrite(text, /^(?:registerRefactor|registerCodeFix)\([\s\S]*?\n\}\);$/gm, '', 'language-service registrations');
  text = rewrite(
    text,
    'if (sys && sys.getEnvironmentVariable) {\n  setCustomPollingValues(sys);\n  Debug.setAssertionLevel(\n    /^development$/i.test(sys.getEnvironmentVariable("NODE_ENV")) ? 1 /* Normal */ : 0 /* None */\n  );\n}\nif (sys && sys.debugMode) {\n  Debug.isDebugging = true;\n}\n',
    '',
    'the start-up environment check',
  );
  text = rewrite(
    text,
    'setObjectAllocator(getServicesObjectAllocator());',
    'setObjectAllocator({ getNodeConstructor: () => NodeObject, getTokenConstructor: () => TokenObject, getIdentifierConstructor: () => IdentifierObject, getPrivateIdentifierConstructor: () => PrivateIdentifierObject, getSourceFileConstructor: () => SourceFileObject });',
    "the language service's node classes",
  );
  // Static members, dropped unless their class is still there after tree shaking.
  const statics = /^(_[A-Za-z0-9_$]+)\.[A-Za-z0-9_$]+ = (?:[^\n]*;|\{\n[\s\S]*?\n\};)$/gm;
  const staticOwners = new Set([...text.matchAll(statics)].map((m) => m[1]));
  if (staticOwners.size === 0) throw new Error('slim-typescript: static members: none found; has typescript.js changed its layout?');
  text =
    'var __tollgateNamespace = (all) => { var target = {}; for (var name in all) Object.defineProperty(target, name, { get: all[name], enumerable: true }); return target; };\n' +
    text +
    `\nexport { ${names.join(', ')} };\n`;

  const shake = async (keepStaticsOf) => {
    const contents = text.replace(statics, (m, owner) => (keepStaticsOf.has(owner) ? m : ''));
    const out = await build({
      stdin: { contents, loader: 'js', sourcefile: 'typescript.js' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node20.19',
      treeShaking: true,
      logLevel: 'warning',
    });
    return out.outputFiles[0].text;
  };
  // The class's own name or esbuild's renaming of it (a digit suffix).
  const survives = (code, owner) => new RegExp(`(?<![\\w$])${owner.replace(/\$/g, '\\$')}\\d*(?![\\w$])`).test(code);
  // First without any static members; then again with those of the classes still used.
  const first = await shake(new Set());
  const used = new Set([...staticOwners].filter((owner) => survives(first, owner)));
  const kept = used.size > 0 ? await shake(used) : first;
  const orphaned = [...staticOwners].filter((owner) => !used.has(owner) && survives(kept, owner));
  if (orphaned.length > 0) throw new Error(`slim-typescript: classes kept without their static members: ${orphaned.join(', ')}`);
  const minified = await transform(kept, { format: 'cjs', minify: true, target: 'node20.19', loader: 'js', legalComments: 'none' });
  return `${license}\n${minified.code}`;
}
