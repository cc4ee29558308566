// The compiler is shared with the data-flow analyzer and the language server.
export { typeScriptCompiler, typeScriptCompilerLoads } from '../../typescript/parse-typescript.js';
