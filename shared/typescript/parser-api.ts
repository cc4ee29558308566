/**
 * The parts of the TypeScript compiler API Tollgate's analyzers use: `createSourceFile`,
 * the enums it takes and returns, the child walk and the node tests. The analyzers see
 * the compiler through `Ts` (parse-typescript.ts), typed as just these names, so using
 * another one means adding it here first. The CLI bundle's copy of the compiler
 * (scripts/bundle-cli.js) exports exactly these and keeps only the code they reach:
 * the parser, the scanner and the node factory, without the type checker, the emitter
 * or the language service (a quarter of the code to load).
 */
export const PARSER_API = [
  'ScriptKind',
  'ScriptTarget',
  'SyntaxKind',
  'createSourceFile',
  'factory',
  'forEachChild',
  'isArrayLiteralExpression',
  'isArrowFunction',
  'isAsExpression',
  'isAwaitExpression',
  'isBinaryExpression',
  'isBindingElement',
  'isBlock',
  'isCallExpression',
  'isClassDeclaration',
  'isConditionalExpression',
  'isElementAccessExpression',
  'isExternalModuleReference',
  'isFunctionExpression',
  'isIdentifier',
  'isImportDeclaration',
  'isImportEqualsDeclaration',
  'isMethodDeclaration',
  'isNamedImports',
  'isNamespaceImport',
  'isNewExpression',
  'isNoSubstitutionTemplateLiteral',
  'isNonNullExpression',
  'isNumericLiteral',
  'isObjectLiteralExpression',
  'isOmittedExpression',
  'isParenthesizedExpression',
  'isPrefixUnaryExpression',
  'isPrivateIdentifier',
  'isPropertyAccessExpression',
  'isPropertyAssignment',
  'isPropertyDeclaration',
  'isSatisfiesExpression',
  'isShorthandPropertyAssignment',
  'isSourceFile',
  'isSpreadElement',
  'isStringLiteral',
  'isTemplateExpression',
  'isTemplateHead',
  'isTemplateTail',
  'isTypeAssertionExpression',
  'isTypeOfExpression',
  'isVariableDeclaration',
] as const;

/** One name of `PARSER_API`. */
export type ParserApiName = (typeof PARSER_API)[number];
