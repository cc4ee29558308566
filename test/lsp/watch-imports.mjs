// Loaded with `node --import` by the LSP tests and benchmark: reports on standard
// error when ts-morph (and with it the TypeScript compiler) is first loaded, whether
// by import (ESM hook) or by require (CommonJS loader), so a test can tell whether
// the server loaded the compiler.
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
  if (request === 'ts-morph' && !reported) {
    reported = true;
    process.stderr.write('tollgate-import: ts-morph\n');
  }
  return load.call(this, request, ...rest);
};
