/**
 * Cuts ts-morph's typescript.js down to `names` and the code they reach, minified, as a
 * CommonJS module (see scripts/slim-typescript.js).
 * @throws Error when typescript.js is not laid out as expected or lacks one of `names`
 */
export function slimTypeScript(source: string, names: readonly string[]): Promise<string>;
