import type { ts as TsNamespace } from 'ts-morph';
import { createKeywordMatcher } from '../text/keyword-matcher.js';
import { checkParseLimits } from '../typescript/parse-limits.js';
import { parseTypeScript, type Ts } from '../typescript/parse-typescript.js';
import { entryForAwsService, entryForHost, entryForPackage } from './catalog/find-catalog-entry.js';
import { SYSTEM_CATALOG, type CatalogEntry } from './catalog/system-catalog.js';
import { isCredentialName, isIdentifierHost, isLocalHost, isPromptName, SANITIZER, urlHost } from './classify-name.js';
import type { CodeFact } from './code-fact.js';

const LOG_METHODS = new Set(['log', 'info', 'warn', 'warning', 'error', 'debug', 'trace', 'fatal', 'verbose', 'silly', 'dir', 'critical', 'notice']);
const LOGGER_OBJECT = /^(?:console|logger|log|_?logger|\w*logger|\w*Logger|winston|pino|bunyan|signale)$/;
const WEAK_TLS_VERSIONS = new Set(['TLSv1', 'TLSv1.1', 'SSLv3']);
const WEAK_PROTOCOLS = /^(?:TLSv1_method|TLSv1_1_method|TLSv1_client_method|TLSv1_1_client_method|SSLv3_method|SSLv2_method|SSLv3_client_method)$/;

/**
 * Scans one TypeScript/JavaScript file with ts-morph's compiler: imports,
 * `require`, dynamic `import()`, client constructors of catalog SDKs, URL literals,
 * TLS settings and logging calls. Syntax only (no type checking, no module
 * resolution): a client passed through other modules is seen where it is imported.
 * The compiler is loaded on first use; the parse is shared with the scopes
 * analyzer (`shared/typescript/parse-typescript.ts`).
 */
export async function scanTypeScript(path: string, text: string): Promise<CodeFact[]> {
  // A text with none of the triggers cannot yield a fact: no parse (and no compiler to
  // load). Over the parse bounds it still goes to the parser, which reports the bound.
  if (!mayHaveFlowFacts(text) && checkParseLimits(text) === undefined) return [];
  return collectFlowFacts(path, text);
}

/** {@link scanTypeScript} without the pre-check: always parses (tests compare the two). */
export async function collectFlowFacts(path: string, text: string): Promise<CodeFact[]> {
  const { ts, sourceFile } = await parseTypeScript(path, text);
  return collect(ts, sourceFile);
}

/**
 * Raw text that every fact `collect` reports needs one of: a quote followed by a
 * catalog package name or `@aws-sdk/client-` (the specifier of an import, `require`
 * or `import()`; client constructors and factories need such an import bound
 * first), `://` (URL literals), the logger objects
 * of `LOGGER_OBJECT` (`log` covers `logger`, `_logger`, `appLogger`...), and the
 * TLS setting names `checkTlsSetting` reads (`Version` covers min/maxVersion,
 * `VERSION` the DEFAULT_* constants).
 */
const FLOW_TRIGGERS = createKeywordMatcher([
  // A module specifier is a string literal: its raw text is the quote, then the package
  // name, then the closing quote or a `/` (a subpath); a name ending in `/` is a prefix.
  ...[...SYSTEM_CATALOG.flatMap((entry) => entry.npm ?? []), '@aws-sdk/client-'].flatMap((name) =>
    ["'", '"', '`'].flatMap((quote) =>
      name.endsWith('/') || name.endsWith('-') ? [`${quote}${name}`] : [`${quote}${name}${quote}`, `${quote}${name}/`],
    ),
  ),
  '://',
  'console',
  'logger',
  'Logger',
  'winston',
  'pino',
  'bunyan',
  'signale',
  'Version',
  'VERSION',
  'secureProtocol',
  'rejectUnauthorized',
  'NODE_TLS_REJECT_UNAUTHORIZED',
]);

/**
 * `log` as the object of a member access (`log.info(`, `log?.[`, `this.log.warn(`,
 * with a comment before the dot): the one logger object name no keyword covers. A
 * logging call is a property access, so a `log` followed by anything else (a word in a
 * comment, `login`, `catalog`) cannot be one.
 */
const LOG_IDENTIFIER = /(?<![\w$])log(?=\s*[.[?/])/;

/**
 * An escape that can spell any character in a string literal or identifier (`\u`,
 * `\x`, octal, a line continuation): the parsed text may then hold a trigger the
 * raw text does not.
 */
const HIDING_ESCAPE = /\\[uUxX0-9\r\n\u2028\u2029]/;

/**
 * Whether `collect` could report anything on `text`: false only when the raw text
 * holds none of {@link FLOW_TRIGGERS} and no escape that could spell one.
 */
export function mayHaveFlowFacts(text: string): boolean {
  if (HIDING_ESCAPE.test(text)) return true;
  return FLOW_TRIGGERS.any(text) || LOG_IDENTIFIER.test(text);
}

function collect(ts: Ts, sf: TsNamespace.SourceFile): CodeFact[] {
  const facts: CodeFact[] = [];
  /** Local names bound to a catalog SDK: `OpenAI` (default import), `pg` (namespace), `{ Pool }`. */
  const bindings = new Map<string, CatalogEntry>();
  const startOf = (node: TsNamespace.Node): number => node.getStart(sf);
  const push = (type: Exclude<CodeFact['type'], 'system'>, node: TsNamespace.Node, detail: string): void => {
    facts.push({ type, detail, start: startOf(node), end: node.getEnd() });
  };
  const system = (entry: CatalogEntry, evidence: 'import' | 'constructor' | 'host' | 'client', node: TsNamespace.Node, detail: string): void => {
    facts.push({ type: 'system', entryId: entry.id, evidence, detail, start: startOf(node), end: node.getEnd() });
  };

  const bindName = (name: TsNamespace.BindingName | undefined, entry: CatalogEntry): void => {
    if (!name) return;
    if (ts.isIdentifier(name)) bindings.set(name.text, entry);
    else for (const element of name.elements) if (ts.isBindingElement(element)) bindName(element.name, entry);
  };

  const stringValue = (node: TsNamespace.Node): string | undefined =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;

  const lastName = (node: TsNamespace.Node): string | undefined => {
    if (ts.isIdentifier(node)) return node.text;
    if (ts.isPropertyAccessExpression(node)) return node.name.text;
    if (ts.isElementAccessExpression(node)) return stringValue(node.argumentExpression) ?? lastName(node.expression);
    if (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node))
      return ts.isIdentifier(node.name) || ts.isStringLiteral(node.name) ? node.name.text : undefined;
    return undefined;
  };

  const rootName = (node: TsNamespace.Node): string | undefined => {
    let n = node;
    while (ts.isPropertyAccessExpression(n) || ts.isElementAccessExpression(n)) n = n.expression;
    return ts.isIdentifier(n) ? n.text : undefined;
  };

  /** The first argument value that carries a credential or prompt, walking into expressions. */
  const leaked = (node: TsNamespace.Node, test: (name: string) => boolean): TsNamespace.Node | undefined => {
    if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return undefined;
    if (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = lastName(node);
      if (name !== undefined && test(name)) return node;
      if (ts.isElementAccessExpression(node)) return leaked(node.expression, test);
      return undefined;
    }
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.ExclamationToken) return undefined;
    if (ts.isTypeOfExpression(node) || (ts.isBinaryExpression(node) && isComparison(ts, node.operatorToken.kind))) return undefined;
    if (ts.isCallExpression(node)) {
      const callee = lastName(node.expression);
      if (callee !== undefined && SANITIZER.test(callee)) return undefined;
      for (const arg of node.arguments) {
        const hit = leaked(arg, test);
        if (hit) return hit;
      }
      return undefined;
    }
    if (ts.isShorthandPropertyAssignment(node)) return test(node.name.text) ? node : undefined;
    if (ts.isPropertyAssignment(node)) return leaked(node.initializer, test);
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) return undefined;
    let hit: TsNamespace.Node | undefined;
    ts.forEachChild(node, (child) => {
      hit ??= leaked(child, test);
      return hit !== undefined;
    });
    return hit;
  };

  const checkTlsSetting = (name: string, value: TsNamespace.Node, at: TsNamespace.Node): void => {
    const v = stringValue(value);
    if (
      (name === 'minVersion' || name === 'maxVersion' || name === 'DEFAULT_MIN_VERSION' || name === 'DEFAULT_MAX_VERSION') &&
      v !== undefined &&
      WEAK_TLS_VERSIONS.has(v)
    )
      push('weak-tls', at, `${name}: ${v}`);
    else if (name === 'secureProtocol' && v !== undefined && WEAK_PROTOCOLS.test(v)) push('weak-tls', at, `secureProtocol: ${v}`);
    else if (name === 'rejectUnauthorized' && value.kind === ts.SyntaxKind.FalseKeyword)
      push('tls-verification-off', at, 'rejectUnauthorized: false');
    else if (name === 'NODE_TLS_REJECT_UNAUTHORIZED' && (v === '0' || (ts.isNumericLiteral(value) && value.text === '0')))
      push('tls-verification-off', at, 'NODE_TLS_REJECT_UNAUTHORIZED=0');
  };

  const visit = (node: TsNamespace.Node): void => {
    if (ts.isImportDeclaration(node)) {
      const spec = stringValue(node.moduleSpecifier);
      const entry = spec !== undefined ? entryForPackage(spec) : undefined;
      if (entry && spec !== undefined) {
        system(entry, 'import', node, spec);
        const clause = node.importClause;
        if (clause?.name) bindings.set(clause.name.text, entry);
        const named = clause?.namedBindings;
        if (named && ts.isNamespaceImport(named)) bindings.set(named.name.text, entry);
        else if (named) for (const el of named.elements) bindings.set(el.name.text, entry);
      }
      return;
    }
    if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const spec = stringValue(node.moduleReference.expression);
      const entry = spec !== undefined ? entryForPackage(spec) : undefined;
      if (entry && spec !== undefined) {
        system(entry, 'import', node, spec);
        bindings.set(node.name.text, entry);
      }
      return;
    }
    if (ts.isCallExpression(node)) {
      const first = node.arguments[0];
      const spec = first ? stringValue(first) : undefined;
      const isRequire = ts.isIdentifier(node.expression) && node.expression.text === 'require';
      const isDynamicImport = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      if ((isRequire || isDynamicImport) && spec !== undefined) {
        const entry = entryForPackage(spec);
        if (entry) {
          system(entry, 'import', node, spec);
          const parent = node.parent;
          if (parent && ts.isVariableDeclaration(parent)) bindName(parent.name, entry);
          else if (parent && ts.isPropertyAccessExpression(parent) && parent.parent && ts.isVariableDeclaration(parent.parent))
            bindName(parent.parent.name, entry);
        }
      }
      // Logging calls: console.log(token), logger.info({ prompt }), this.logger.debug(req.headers)
      const callee = node.expression;
      if (ts.isPropertyAccessExpression(callee) && LOG_METHODS.has(callee.name.text)) {
        const object = lastName(callee.expression) ?? (callee.expression.kind === ts.SyntaxKind.ThisKeyword ? 'this' : undefined);
        if (object !== undefined && LOGGER_OBJECT.test(object)) {
          for (const arg of node.arguments) {
            const credential = leaked(arg, isCredentialName);
            if (credential) {
              push('credentials-in-logs', credential, lastName(credential) ?? 'value');
              break;
            }
            const prompt = leaked(arg, isPromptName);
            if (prompt) {
              push('prompt-in-logs', prompt, lastName(prompt) ?? 'value');
              break;
            }
          }
        }
      }
      // Client factories of catalog SDKs called without `new` (createOpenAI(), boto-style clients).
      const calleeName = lastName(callee);
      const root = rootName(callee);
      const bound = root !== undefined ? bindings.get(root) : undefined;
      if (bound && calleeName !== undefined && bound.constructors?.includes(calleeName)) system(bound, 'constructor', node, calleeName);
    }
    if (ts.isNewExpression(node)) {
      const className = lastName(node.expression);
      const root = rootName(node.expression);
      const bound = root !== undefined ? bindings.get(root) : undefined;
      if (bound && className !== undefined) {
        // `new S3Client()` from the AWS SDK maps to its service entry.
        const aws = /^(\w+?)Client$/.exec(className);
        const entry = bound.id === 'aws' && aws ? (entryForAwsService((aws[1] as string).toLowerCase()) ?? bound) : bound;
        system(entry, 'constructor', node, className);
      }
    }
    if (ts.isPropertyAssignment(node)) {
      const name = lastName(node);
      if (name !== undefined) checkTlsSetting(name, node.initializer, node);
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const name = lastName(node.left);
      if (name !== undefined) checkTlsSetting(name, node.right, node);
    }
    const literal =
      ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : ts.isTemplateHead(node) ? node.text : undefined;
    if (literal !== undefined && literal.includes('://')) checkUrl(literal, node);
    ts.forEachChild(node, visit);
  };

  const checkUrl = (literal: string, node: TsNamespace.Node): void => {
    const url = urlHost(literal.trim());
    if (!url) return;
    if (url.scheme === 'http' && !isLocalHost(url.host) && !isIdentifierHost(url.host)) push('plaintext-http', node, url.host);
    const entry = entryForHost(url.host);
    if (entry) system(entry, 'host', node, url.host);
  };

  visit(sf);
  return facts;
}

function isComparison(ts: Ts, kind: TsNamespace.SyntaxKind): boolean {
  return (
    kind === ts.SyntaxKind.EqualsEqualsEqualsToken ||
    kind === ts.SyntaxKind.EqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
    kind === ts.SyntaxKind.ExclamationEqualsToken
  );
}
