import type { ts as TsNamespace } from 'ts-morph';
import { detectProvider } from '../catalog/detect-provider.js';
import type { ScopeProvider } from '../scope-model.js';
import { emptyExtraction, looksLikeSecret, shortExpression, type DynamicReason, type Extraction } from './extraction.js';
import { looksLikeScope } from './looks-like-scope.js';
import { isScopeConstantName, providerOfCall, providerOfModule, SCOPE_KEYS } from './provider-hints.js';
import { scanAuthUrls } from './scan-auth-urls.js';
import { splitScopeString } from './split-scope-string.js';
import { parseTypeScript, type Ts } from '../../typescript/parse-typescript.js';

type Node = TsNamespace.Node;
type Expression = TsNamespace.Expression;

/** A value a scope expression evaluates to: a literal piece, or something only known at run time. */
type Item =
  | { readonly kind: 'literal'; readonly value: string; readonly start: number; readonly end: number; readonly path?: string }
  | { readonly kind: 'dynamic'; readonly reason: DynamicReason; readonly start: number; readonly end: number };

/** Text worth parsing: cheap checks before the compiler is involved. */
const INTERESTING = /scope|permissions|googleapis\.com\/auth|\.default|InstallProvider|createInstallationAccessToken|getAuthorizationUrl|getToken/i;

/** Positional scope arguments of SDK calls: callee name -> argument index. */
const POSITIONAL: Readonly<Record<string, number>> = { JWT: 3, getToken: 0, getAuthorizationUrl: 2 };

const FILE_NAMES: Readonly<Record<string, string>> = {
  '.ts': 'a.ts',
  '.tsx': 'a.tsx',
  '.mts': 'a.mts',
  '.cts': 'a.cts',
  '.js': 'a.js',
  '.jsx': 'a.jsx',
  '.mjs': 'a.mjs',
  '.cjs': 'a.cjs',
};

/** Whether a path is TypeScript or JavaScript source this extractor reads. */
export function isTypeScriptLike(path: string): boolean {
  const dot = path.lastIndexOf('.');
  return dot >= 0 && FILE_NAMES[path.slice(dot).toLowerCase()] !== undefined && !path.endsWith('.d.ts') && !/\.min\.js$/.test(path);
}

/**
 * Extracts OAuth scopes and app permissions from TypeScript/JavaScript with
 * positions, using the TypeScript compiler's parser (loaded on the first file that
 * needs it). Reads: scope options of the well-known SDK calls (`scope`, `scopes`,
 * `userScopes`, ... in object literals; positional scope arguments of `new JWT`,
 * `getToken`, HubSpot `getAuthorizationUrl`), GitHub App `permissions` objects,
 * Google scope URLs anywhere, and `scope=` in authorization URLs. Identifiers are
 * followed to `const`/`let` initializers and class properties in the same file
 * (arrays, `.join`, `.concat`, spreads, `as const`, conditionals); anything built
 * at run time is returned as a dynamic scope, never dropped.
 *
 * @param path repository-relative path (for results)
 * @param text the file's content
 */
export async function extractTypeScriptScopes(path: string, text: string, resolveModule?: ModuleResolver): Promise<Extraction> {
  const out = emptyExtraction();
  if (!INTERESTING.test(text)) return out;
  const { ts, sourceFile } = await parseTypeScript(path, text);
  const imported = resolveModule ? await importedConstants(ts, sourceFile, path, resolveModule) : new Map<string, Item[]>();
  walkFile(ts, sourceFile, path, text, out, imported);
  return out;
}

/** Finds the file a relative import names (see `resolveRelativeModule`). */
export type ModuleResolver = (fromPath: string, specifier: string) => { path: string; text: string } | undefined;

/**
 * The values of constants imported by name from relative modules the file set holds
 * (`import { atlassianScopes } from './common/atlassian-scopes'`), evaluated in their
 * own file, one level deep; literal items keep their own file's path and offsets.
 * A constant that is not a literal there is left out (it stays unresolved here).
 */
async function importedConstants(ts: Ts, sf: TsNamespace.SourceFile, path: string, resolveModule: ModuleResolver): Promise<Map<string, Item[]>> {
  const out = new Map<string, Item[]>();
  for (const statement of sf.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    const target = resolveModule(path, statement.moduleSpecifier.text);
    if (!target || !isTypeScriptLike(target.path)) continue;
    const parsed = await parseTypeScript(target.path, target.text);
    const evaluated = walkFile(ts, parsed.sourceFile, target.path, target.text, emptyExtraction(), new Map());
    for (const element of bindings.elements) {
      const exported = (element.propertyName ?? element.name).text;
      const expr = evaluated.consts.get(exported);
      if (!expr) continue;
      const items = evaluated.evaluate(expr, 0);
      if (items.length > 0 && items.every((i) => i.kind === 'literal'))
        out.set(
          element.name.text,
          items.map((i) => ({ ...i, path: target.path })),
        );
    }
  }
  return out;
}

function walkFile(
  ts: Ts,
  sf: TsNamespace.SourceFile,
  path: string,
  text: string,
  out: Extraction,
  imported: ReadonlyMap<string, Item[]>,
): { consts: ReadonlyMap<string, Expression>; evaluate: (expr: Expression, depth: number) => Item[] } {
  const consts = new Map<string, Expression>();
  const fileHints: ScopeProvider[] = [];
  const visitAll = (visit: (n: Node) => void): void => {
    const rec = (n: Node): void => {
      visit(n);
      ts.forEachChild(n, rec);
    };
    rec(sf);
  };

  // Pass 1: declarations to follow, and imports that hint at the provider.
  visitAll((n) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer) consts.set(n.name.text, n.initializer);
    else if (ts.isPropertyDeclaration(n) && n.initializer && (ts.isIdentifier(n.name) || ts.isStringLiteral(n.name)))
      consts.set(n.name.text, n.initializer);
    else if (ts.isImportDeclaration(n) && ts.isStringLiteral(n.moduleSpecifier)) addHint(fileHints, providerOfModule(n.moduleSpecifier.text));
    else if (ts.isCallExpression(n) && n.arguments.length === 1 && ts.isStringLiteral(n.arguments[0] as Node)) {
      const callee = n.expression;
      if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword)
        addHint(fileHints, providerOfModule((n.arguments[0] as TsNamespace.StringLiteral).text));
    }
  });

  const taken = new Set<number | string>();
  const emitItems = (items: readonly Item[], hints: readonly ScopeProvider[], strict: boolean, whole: Node): void => {
    for (const item of items) {
      if (item.kind === 'dynamic') {
        if (!strict || hints.length > 0) {
          const provider = hints[0];
          out.dynamic.push({
            path,
            start: item.start,
            end: item.end,
            reason: item.reason,
            ...(provider ? { provider } : {}),
            expression: shortExpression(text.slice(item.start, item.end)),
          });
        }
        continue;
      }
      const itemPath = item.path ?? path;
      const key = item.path === undefined ? item.start : `${item.path}\u0000${item.start}`;
      if (taken.has(key)) continue;
      if ((strict && !looksLikeScope(item.value)) || looksLikeSecret(item.value)) continue;
      const provider = detectProvider(item.value, hints);
      if (!provider) continue;
      taken.add(key);
      out.scopes.push({ path: itemPath, start: item.start, end: item.end, scope: item.value, provider, source: 'typescript' });
    }
    void whole;
  };

  const evaluate = (expr: Expression, depth: number): Item[] => {
    const start = expr.getStart(sf);
    const end = expr.getEnd();
    const dynamic = (reason: DynamicReason): Item[] => [{ kind: 'dynamic', reason, start, end }];
    if (depth > 8) return dynamic('expression');
    if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) {
      return splitScopeString(text.slice(start + 1, end - 1), start + 1).map((p) => ({ kind: 'literal' as const, ...p }));
    }
    if (ts.isArrayLiteralExpression(expr))
      return expr.elements.flatMap((e) =>
        ts.isSpreadElement(e) ? evaluate(e.expression, depth + 1) : ts.isOmittedExpression(e) ? [] : evaluate(e, depth + 1),
      );
    if (
      ts.isParenthesizedExpression(expr) ||
      ts.isAsExpression(expr) ||
      ts.isNonNullExpression(expr) ||
      ts.isSatisfiesExpression(expr) ||
      ts.isTypeAssertionExpression(expr)
    )
      return evaluate(expr.expression, depth + 1);
    if (ts.isConditionalExpression(expr)) return [...evaluate(expr.whenTrue, depth + 1), ...evaluate(expr.whenFalse, depth + 1)];
    if (ts.isIdentifier(expr)) {
      if (expr.text === 'undefined') return [];
      const target = consts.get(expr.text);
      if (target) return evaluate(target, depth + 1);
      return imported.get(expr.text) ?? dynamic('variable');
    }
    if (ts.isPropertyAccessExpression(expr)) {
      const owner = ts.isIdentifier(expr.expression) ? consts.get(expr.expression.text) : undefined;
      const prop =
        owner && ts.isObjectLiteralExpression(unwrap(ts, owner))
          ? findProperty(ts, unwrap(ts, owner) as TsNamespace.ObjectLiteralExpression, expr.name.text)
          : undefined;
      if (prop) return evaluate(prop, depth + 1);
      const member = consts.get(expr.name.text);
      if (member && (expr.expression.kind === ts.SyntaxKind.ThisKeyword || ts.isIdentifier(expr.expression))) return evaluate(member, depth + 1);
      return dynamic('variable');
    }
    if (
      ts.isCallExpression(expr) &&
      ts.isIdentifier(expr.expression) &&
      /^(encodeURIComponent|encodeURI|String)$/.test(expr.expression.text) &&
      expr.arguments[0]
    ) {
      return evaluate(expr.arguments[0], depth + 1);
    }
    if (ts.isCallExpression(expr) && ts.isPropertyAccessExpression(expr.expression)) {
      const method = expr.expression.name.text;
      const receiver = expr.expression.expression;
      if (method === 'join' || method === 'split' || method === 'trim' || method === 'slice' || method === 'filter')
        return evaluate(receiver, depth + 1);
      if (method === 'concat') return [...evaluate(receiver, depth + 1), ...expr.arguments.flatMap((a) => evaluate(a, depth + 1))];
      if (method === 'values' && ts.isIdentifier(receiver) && receiver.text === 'Object' && expr.arguments[0]) {
        const arg = expr.arguments[0];
        const obj = ts.isIdentifier(arg) ? consts.get(arg.text) : arg;
        if (obj && ts.isObjectLiteralExpression(unwrap(ts, obj))) {
          return (unwrap(ts, obj) as TsNamespace.ObjectLiteralExpression).properties.flatMap((p) =>
            ts.isPropertyAssignment(p) ? evaluate(p.initializer, depth + 1) : [],
          );
        }
      }
      return dynamic('expression');
    }
    if (ts.isTemplateExpression(expr)) {
      // `${a} ${b}` or `user_scope=${list.join(' ')}`: readable when every substitution is.
      const items: Item[] = templatePieces(expr.head, start + 1);
      for (const span of expr.templateSpans) {
        const inner = evaluate(span.expression, depth + 1);
        if (inner.some((i) => i.kind === 'dynamic')) return dynamic('template');
        items.push(...inner, ...templatePieces(span.literal, span.literal.getStart(sf) + 1));
      }
      return items;
    }
    if (ts.isBinaryExpression(expr) && expr.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = evaluate(expr.left, depth + 1);
      const right = evaluate(expr.right, depth + 1);
      if ([...left, ...right].some((i) => i.kind === 'dynamic')) return dynamic('expression');
      // "a " + "b": the pieces keep their own positions.
      return [...left, ...right];
    }
    if (
      ts.isBinaryExpression(expr) &&
      (expr.operatorToken.kind === ts.SyntaxKind.BarBarToken || expr.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)
    ) {
      return [...evaluate(expr.left, depth + 1), ...evaluate(expr.right, depth + 1)];
    }
    if (ts.isObjectLiteralExpression(expr)) return [];
    return dynamic('expression');
  };

  /** The scopes of a template's literal part (a `name=` query-parameter prefix is not one). */
  function templatePieces(part: TsNamespace.TemplateLiteralLikeNode & Node, from: number): Item[] {
    const raw = text.slice(from, part.getEnd() - (ts.isTemplateTail(part) || ts.isNoSubstitutionTemplateLiteral(part) ? 1 : 2));
    return splitScopeString(raw, from)
      .map((p) => {
        const eq = p.value.lastIndexOf('=');
        return eq < 0 ? p : { value: p.value.slice(eq + 1), start: p.start + eq + 1, end: p.end };
      })
      .filter((p) => p.value !== '' && !p.value.includes('&'))
      .map((p) => ({ kind: 'literal' as const, ...p }));
  }

  // Pass 2: the scope sinks, and literals anywhere (Google scope URLs, `scope=` in
  // authorization URLs). A sink is visited before the literals below it, so a
  // literal it consumed is not read twice.
  visitAll((n) => {
    sink(n);
    literal(n);
  });

  function sink(n: Node): void {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && isScopeConstantName(n.name.text)) {
      // `const SCOPES = [...]` / `export const slackScopes = '...'`: a constant named for scopes holds them,
      // whether it is used here or imported elsewhere. Only literal values that read as scopes count.
      emitItems(
        evaluate(n.initializer, 0).filter((i) => i.kind === 'literal'),
        fileHints,
        true,
        n,
      );
      return;
    }
    if (ts.isPropertyAssignment(n) && propertyName(ts, n.name) === 'default' && ts.isObjectLiteralExpression(n.parent)) {
      // A credential/option descriptor: `{ name: 'scope', default: 'a b c' }` (n8n, form builders).
      const named = findProperty(ts, n.parent, 'name');
      const label = named && (ts.isStringLiteral(named) || ts.isNoSubstitutionTemplateLiteral(named)) ? named.text : undefined;
      if (label !== undefined && (SCOPE_KEYS.has(label) || /scopes?$/i.test(label)) && !/^custom/i.test(label)) {
        emitItems(evaluate(n.initializer, 0), fileHints, true, n);
        return;
      }
      if (
        label !== undefined &&
        /QueryParameters$/i.test(label) &&
        ts.isTemplateExpression(unwrap(ts, n.initializer)) &&
        /(?:^|[&_?])scopes?=/.test(n.initializer.getText(sf))
      ) {
        emitItems(evaluate(n.initializer, 0), fileHints, true, n);
        return;
      }
    }
    if ((ts.isPropertyAssignment(n) || ts.isShorthandPropertyAssignment(n)) && propertyName(ts, n.name) !== undefined) {
      const name = propertyName(ts, n.name) as string;
      const call = enclosingCall(ts, n);
      const calleeHint = call ? providerOfCall(calleeName(ts, call) ?? '') : undefined;
      const hints = withHint(fileHints, calleeHint);
      if (SCOPE_KEYS.has(name) && isTokenRecord(ts, n.parent)) {
        // `{ access_token, refresh_token, scope, token_type }`: what was granted earlier, not a request.
        return;
      }
      if (SCOPE_KEYS.has(name)) {
        const value = ts.isPropertyAssignment(n) ? n.initializer : n.name;
        // `scope` alone is a common word: without an SDK in sight, keep only values that read as scopes.
        const strict = calleeHint === undefined && (name === 'scope' || fileHints.length === 0);
        emitItems(evaluate(value, 0), hints, strict, n);
      } else if (name === 'permissions' && ts.isPropertyAssignment(n) && (hints.includes('github') || calleeHint === 'github')) {
        const obj = unwrap(ts, n.initializer);
        if (ts.isObjectLiteralExpression(obj)) {
          for (const p of obj.properties) {
            if (!ts.isPropertyAssignment(p)) continue;
            const key = propertyName(ts, p.name);
            const level = unwrap(ts, p.initializer);
            if (key === undefined) continue;
            if (ts.isStringLiteral(level) && /^(read|write|admin)$/.test(level.text)) {
              out.scopes.push({
                path,
                start: p.getStart(sf),
                end: p.getEnd(),
                scope: `${key}: ${level.text}`,
                provider: 'github',
                source: 'typescript',
              });
            } else if (!(ts.isStringLiteral(level) && level.text === 'none')) {
              out.dynamic.push({
                path,
                start: p.getStart(sf),
                end: p.getEnd(),
                reason: 'variable',
                provider: 'github',
                expression: shortExpression(text.slice(p.getStart(sf), p.getEnd())),
              });
            }
          }
        } else {
          out.dynamic.push({
            path,
            start: n.initializer.getStart(sf),
            end: n.initializer.getEnd(),
            reason: 'variable',
            provider: 'github',
            expression: shortExpression(n.initializer.getText(sf)),
          });
        }
      }
    } else if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      const name = calleeName(ts, n);
      if (name === undefined) return;
      const args = n.arguments ?? ts.factory.createNodeArray();
      const index = POSITIONAL[name];
      const hint = providerOfCall(name);
      const hints = withHint(fileHints, hint);
      if (index !== undefined && args.length > index) {
        const arg = args[index] as Expression;
        if (name === 'getToken' && !hints.includes('microsoft')) return;
        if (name === 'getAuthorizationUrl' && !hints.includes('hubspot')) return;
        emitItems(evaluate(arg, 0), name === 'getAuthorizationUrl' ? withHint(hints, 'hubspot') : hints, false, n);
      } else if (
        (name === 'set' || name === 'append') &&
        args.length === 2 &&
        ts.isStringLiteral(args[0] as Node) &&
        /^scopes?$/.test((args[0] as TsNamespace.StringLiteral).text)
      ) {
        emitItems(evaluate(args[1] as Expression, 0), hints, hints.length === 0, n);
      }
    }
  }

  function literal(n: Node): void {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) {
      const start = n.getStart(sf) + 1;
      const raw = text.slice(start, n.getEnd() - 1);
      if (/^https:\/\/www\.googleapis\.com\/auth\/[\w.-]+$|^https:\/\/mail\.google\.com\/$/.test(raw) && !taken.has(start)) {
        taken.add(start);
        out.scopes.push({ path, start, end: start + raw.length, scope: raw, provider: 'google', source: 'typescript' });
        return;
      }
      if (raw.includes('scope')) scanUrls(raw, start);
    } else if (
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.PlusToken &&
      !(ts.isBinaryExpression(n.parent) && n.parent.operatorToken.kind === ts.SyntaxKind.PlusToken)
    ) {
      // `'https://...client_id=' + id + '&scope=a%20b'`: the literal operands joined by U+0000 where another operand stood.
      const operands: Expression[] = [];
      const flatten = (e: Expression): void => {
        const inner = ts.isParenthesizedExpression(e) ? e.expression : e;
        if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.PlusToken) {
          flatten(inner.left);
          flatten(inner.right);
        } else operands.push(inner);
      };
      flatten(n);
      const literal = (e: Expression): boolean => ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e);
      if (!operands.some((e) => literal(e) && e.getText(sf).includes('scope'))) return;
      if (!operands.some((e) => literal(e) && /https?:\/\//.test(e.getText(sf)))) return;
      const pieces: { text: string; start: number; hole: number }[] = [];
      for (const e of operands) {
        if (literal(e)) pieces.push({ text: text.slice(e.getStart(sf) + 1, e.getEnd() - 1), start: e.getStart(sf) + 1, hole: -1 });
        else pieces.push({ text: '\u0000', start: e.getStart(sf), hole: e.getStart(sf) });
      }
      const joined = pieces.map((p) => p.text).join('');
      const starts: number[] = [];
      let length = 0;
      for (const p of pieces) {
        starts.push(length);
        length += p.text.length;
      }
      const toOffset = (index: number): number => {
        let k = pieces.length - 1;
        while (k > 0 && (starts[k] as number) > index) k--;
        const p = pieces[k] as { text: string; start: number; hole: number };
        return p.hole >= 0 ? p.hole : p.start + (index - (starts[k] as number));
      };
      scanUrls(joined, toOffset);
    } else if (ts.isTemplateExpression(n)) {
      // The literal parts of a template joined by U+0000 where `${...}` stood:
      // `...&scope=chat:write&state=${state}` reads; `scope=${x}` is dynamic.
      const parts: { text: string; start: number }[] = [
        { text: text.slice(n.head.getStart(sf) + 1, n.head.getEnd() - 2), start: n.head.getStart(sf) + 1 },
      ];
      for (const span of n.templateSpans) {
        const lit = span.literal;
        const litStart = lit.getStart(sf) + 1;
        const litEnd = lit.getEnd() - (ts.isTemplateTail(lit) ? 1 : 2);
        parts.push({ text: text.slice(litStart, litEnd), start: litStart });
      }
      if (!parts.some((p) => p.text.includes('scope'))) return;
      const joined: string[] = [];
      const bases: { from: number; file: number; hole: number }[] = [];
      let length = 0;
      parts.forEach((p, i) => {
        bases.push({ from: length, file: p.start, hole: i < parts.length - 1 ? (n.templateSpans[i]?.expression.getStart(sf) ?? p.start) : p.start });
        joined.push(p.text);
        length += p.text.length;
        if (i < parts.length - 1) {
          joined.push('\u0000');
          length += 1;
        }
      });
      const toOffset = (index: number): number => {
        let k = bases.length - 1;
        while (k > 0 && (bases[k] as { from: number }).from > index) k--;
        const b = bases[k] as { from: number; file: number; hole: number };
        const within = index - b.from;
        const partLength = (parts[k] as { text: string }).text.length;
        return within < partLength ? b.file + within : b.hole;
      };
      scanUrls(joined.join(''), toOffset);
    }
  }

  function scanUrls(raw: string, toOffset: number | ((index: number) => number)): void {
    for (const url of scanAuthUrls(raw, toOffset)) {
      const hints = withHint(fileHints, url.provider);
      for (const piece of url.dynamicPieces) {
        out.dynamic.push({
          path,
          start: piece.start,
          end: Math.max(piece.end, piece.start + 1),
          reason: 'template',
          ...(hints[0] ? { provider: hints[0] } : {}),
          expression: shortExpression(text.slice(piece.start, Math.max(piece.end, piece.start + 1))),
        });
      }
      for (const piece of url.pieces) {
        if (taken.has(piece.start)) continue;
        const provider = detectProvider(piece.value, hints);
        if (!provider) continue;
        taken.add(piece.start);
        out.scopes.push({ path, start: piece.start, end: piece.end, scope: piece.value, provider, source: 'typescript' });
      }
    }
  }
  return { consts, evaluate };
}

/** Fields of an OAuth token response (RFC 6749 §5.1) besides `scope`: an object holding them records a grant. */
const TOKEN_FIELDS = new Set(['access_token', 'refresh_token', 'token_type', 'expiry_date', 'expires_in', 'id_token']);

/** Whether an object literal is a stored token (two or more token-response fields beside its `scope`). */
function isTokenRecord(ts: Ts, node: Node): boolean {
  if (!ts.isObjectLiteralExpression(node)) return false;
  return (
    node.properties.filter((p) => p.name !== undefined && TOKEN_FIELDS.has(propertyName(ts, p.name as TsNamespace.PropertyName) ?? '')).length >= 2
  );
}

function addHint(hints: ScopeProvider[], hint: ScopeProvider | undefined): void {
  if (hint && !hints.includes(hint)) hints.push(hint);
}

function withHint(hints: readonly ScopeProvider[], first: ScopeProvider | undefined): ScopeProvider[] {
  return first ? [first, ...hints.filter((h) => h !== first)] : [...hints];
}

function unwrap(ts: Ts, expr: Expression): Expression {
  let e = expr;
  while (ts.isAsExpression(e) || ts.isParenthesizedExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return e;
}

function findProperty(ts: Ts, obj: TsNamespace.ObjectLiteralExpression, name: string): Expression | undefined {
  for (const p of obj.properties) if (ts.isPropertyAssignment(p) && propertyName(ts, p.name) === name) return p.initializer;
  return undefined;
}

function propertyName(ts: Ts, name: TsNamespace.PropertyName | TsNamespace.Identifier): string | undefined {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  return undefined;
}

function enclosingCall(ts: Ts, node: Node): TsNamespace.CallExpression | TsNamespace.NewExpression | undefined {
  let n: Node | undefined = node.parent;
  for (let depth = 0; n && depth < 6; depth++, n = n.parent) {
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) return n;
    if (ts.isBlock(n) || ts.isSourceFile(n)) return undefined;
  }
  return undefined;
}

function calleeName(ts: Ts, call: TsNamespace.CallExpression | TsNamespace.NewExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}
