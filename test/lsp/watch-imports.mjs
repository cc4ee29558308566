// Loaded with `node --import` by the LSP tests and benchmark: reports on standard
// error when ts-morph (and with it the TypeScript compiler) is first imported, so a
// test can tell whether the server loaded the compiler.
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`export async function resolve(specifier, context, next) {
  if (specifier === 'ts-morph') process.stderr.write('tollgate-import: ts-morph\\n');
  return next(specifier, context);
}`),
);
