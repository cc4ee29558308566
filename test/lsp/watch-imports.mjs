// Loaded with `node --import` by the LSP tests and benchmark: reports on standard
// error when the TypeScript compiler is first loaded (ts-morph, the compiler ts-morph
// ships, which is what the analyzers require, or the CLI bundle's minified copy of it,
// typescript.cjs), whether by import (ESM hook) or by require (CommonJS loader), so a
// test can tell whether the server loaded the compiler. The line says `ts-morph` either way.
import Module, { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
  if (specifier === 'ts-morph') process.stderr.write('tollgate-import: ts-morph\\n');
  return next(specifier, context);
}`),
);

const load = Module._load;
let reported = false;
Module._load = function (request, ...rest) {
  const compiler = request === 'ts-morph' || request === '@ts-morph/common/dist/typescript.js' || request === './typescript.cjs';
  if (compiler && !reported) {
    reported = true;
    process.stderr.write('tollgate-import: ts-morph\n');
  }
  return load.call(this, request, ...rest);
};
