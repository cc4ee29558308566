import type { ts as TsNamespace } from 'ts-morph';
import { parseTypeScript } from '../typescript/parse-typescript.js';
import type { Span } from './agent-model.js';

/** A text edit in character offsets: replace `[start, end)` with `newText`. */
export interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly newText: string;
}

/**
 * The edit that adds `needsApproval: true,` to the options object of the
 * OpenAI Agents / Vercel AI SDK `tool({...})` call flagged at `span` (the tool's
 * name token, or the call itself for an unnamed tool). The property goes right
 * after the `name` property (else first), on its own line indented like its
 * siblings, or inline when the object is written on one line. Undefined when no
 * such call is found, or when it already has a `needsApproval` property (a
 * `needsApproval: false` is the author's choice, not a missing gate).
 */
export async function needsApprovalEdit(path: string, text: string, span: Span): Promise<OffsetEdit | undefined> {
  const { ts, sourceFile } = await parseTypeScript(path, text);
  const isToolCall = (n: TsNamespace.Node): n is TsNamespace.CallExpression =>
    ts.isCallExpression(n) &&
    ts.isIdentifier(n.expression) &&
    n.expression.text === 'tool' &&
    n.arguments[0] !== undefined &&
    ts.isObjectLiteralExpression(n.arguments[0]);
  // The deepest node holding the span, then up to the nearest `tool({...})`.
  let node: TsNamespace.Node = sourceFile;
  for (;;) {
    const child: TsNamespace.Node | undefined = node
      .getChildren(sourceFile)
      .find((c) => c.getStart(sourceFile) <= span.start && span.end <= c.getEnd());
    if (!child) break;
    node = child;
  }
  let call: TsNamespace.CallExpression | undefined;
  for (let n: TsNamespace.Node | undefined = node; n; n = n.parent) {
    if (isToolCall(n)) {
      call = n;
      break;
    }
  }
  if (!call) return undefined;
  const object = call.arguments[0] as TsNamespace.ObjectLiteralExpression;
  const props = object.properties;
  const nameOf = (p: TsNamespace.ObjectLiteralElementLike): string | undefined =>
    p.name && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) ? p.name.text : undefined;
  if (props.some((p) => nameOf(p) === 'needsApproval')) return undefined;
  const nameIndex = props.findIndex((p) => nameOf(p) === 'name');
  const before = props[nameIndex + 1];
  if (!before) {
    // No property after `name` (or an empty object): append after the last one.
    const last = props[props.length - 1];
    if (!last) return { start: object.getStart(sourceFile) + 1, end: object.getStart(sourceFile) + 1, newText: ' needsApproval: true ' };
    const comma = props.hasTrailingComma;
    const lineStart = text.lastIndexOf('\n', last.getStart(sourceFile) - 1) + 1;
    const ownLine = text.slice(lineStart, last.getStart(sourceFile)).trim() === '';
    const indent = /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
    const at = comma ? text.indexOf(',', last.getEnd()) + 1 : last.getEnd();
    return { start: at, end: at, newText: `${comma ? '' : ','}${ownLine ? `\n${indent}` : ' '}needsApproval: true${comma ? ',' : ''}` };
  }
  const start = before.getStart(sourceFile);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() === '') {
    const indent = text.slice(lineStart, start);
    return { start: lineStart, end: lineStart, newText: `${indent}needsApproval: true,\n` };
  }
  return { start, end: start, newText: 'needsApproval: true, ' };
}
