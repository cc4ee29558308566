// The Project is shared with the data-flow analyzer and the language server.
export { typeScriptProject, typeScriptProjectCreations } from '../../typescript/parse-typescript.js';
