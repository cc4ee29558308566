import { isMap, isSeq, parseAllDocuments, parseDocument, type Document } from 'yaml';
import { describeYamlError } from '../../policy/describe-yaml-error.js';
import { jsonErrorPosition } from '../../text/json-error-position.js';
import { emptyExtraction, type Extraction } from './extraction.js';
import { isTrustAction } from './is-trust-action.js';
import { isManagedPolicyArn } from './is-managed-policy-arn.js';
import { mapPairs, nodeRange, scalarText, scalarValueRange, seqItems, valueOf } from './yaml-nodes.js';

/**
 * Extracts AWS IAM policy statements (`Action` / `NotAction` with `Resource`) from
 * a JSON or YAML file (policy documents, CloudFormation, CDK output, SAM): every
 * map with a `Statement` key, at any depth. `Deny` statements grant nothing and
 * are skipped; `Resource: "*"` makes a grant workspace-wide; `NotAction` in an
 * `Allow` grants everything else (an inverted grant). Malformed JSON, and a
 * `Statement` or `Action` of the wrong type, are problems with their position.
 */
export function extractPolicyDocumentScopes(path: string, text: string): Extraction {
  const out = emptyExtraction();
  if (!/"?Statement"?\s*:|arn:aws[\w-]*:iam::aws:policy\//.test(text)) return out;
  const isJson = /\.json$/i.test(path);
  if (isJson) {
    try {
      JSON.parse(text);
    } catch (error) {
      // Only the position: the parser's message quotes about ten characters of the document.
      const { offset: start, line, column } = jsonErrorPosition(error, text);
      const lineEnd = text.indexOf('\n', start);
      out.problems.push({
        path,
        start,
        end: lineEnd < 0 ? text.length : Math.max(lineEnd, start + 1),
        kind: 'iam-policy',
        message: `is not valid JSON (line ${line}, column ${column})`,
        hint: 'Fix the JSON syntax at this position (a missing comma or quote, or a trailing comma).',
      });
      // Still read what the lenient YAML parser recovers (a truncated document keeps its statements): a broken file must not hide its grants.
      // The recovered tree's own shape problems are not reported: the syntax error above is the one to fix.
      const reported = out.problems.length;
      try {
        visit(parseDocument(text, { prettyErrors: false }).contents, 0);
      } catch {
        // nothing recoverable
      }
      out.problems.length = reported;
      return out;
    }
  }
  let docs: Document[];
  try {
    docs = isJson ? [parseDocument(text, { prettyErrors: false })] : (parseAllDocuments(text, { prettyErrors: false }) as Document[]);
  } catch {
    return out;
  }
  if (!Array.isArray(docs)) return out;
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const e = doc.errors[0];
      const start = e?.pos[0] ?? 0;
      out.problems.push({
        path,
        start,
        end: Math.min(text.length, start + 1),
        kind: 'iam-policy',
        message: `is not valid YAML: ${describeYamlError(e?.code ?? '').message}`,
        hint: 'Fix the YAML syntax at this line.',
      });
      continue;
    }
    visit(doc.contents, 0);
  }
  return out;

  function visit(node: unknown, depth: number): void {
    if (depth > 40) return;
    if (isMap(node)) {
      for (const pair of mapPairs(node) ?? []) {
        if (scalarText(pair.key) === 'Statement') statements(pair.value);
        else visit(pair.value, depth + 1);
      }
    } else if (isSeq(node)) for (const item of node.items) visit(item, depth + 1);
    else {
      // `ManagedPolicyArns: [arn:aws:iam::aws:policy/...]` and the like: attaching an AWS managed policy.
      const value = scalarText(node);
      if (value !== undefined && isManagedPolicyArn(value))
        out.scopes.push({ path, ...scalarValueRange(node, text), scope: value, provider: 'aws', source: 'iam-policy' });
    }
  }

  function statements(node: unknown): void {
    const items = isMap(node) ? [node] : seqItems(node);
    if (!items) {
      out.problems.push({
        path,
        ...nodeRange(node),
        kind: 'iam-policy',
        message: '`Statement` must be an object or an array of objects',
        hint: 'Write `"Statement": [{"Effect": "Allow", "Action": [...], "Resource": [...]}]`.',
      });
      return;
    }
    for (const st of items) {
      if (!isMap(st)) {
        out.problems.push({
          path,
          ...nodeRange(st),
          kind: 'iam-policy',
          message: 'a statement is not an object',
          hint: 'Each statement is an object with `Effect`, `Action` and `Resource`.',
        });
        continue;
      }
      const effect = scalarText(valueOf(st, 'Effect')) ?? 'Allow';
      if (effect === 'Deny') continue;
      // A trust statement (who may assume the role) grants the role nothing.
      const trust = valueOf(st, 'Principal') !== undefined || valueOf(st, 'NotPrincipal') !== undefined;
      const resources = valuesOf(valueOf(st, 'Resource'));
      const breadth = resources === undefined || resources.some((r) => r === '*' || /:\*$/.test(r)) ? 'workspace' : 'resource';
      for (const [key, inverted] of [
        ['Action', false],
        ['NotAction', true],
      ] as const) {
        const actions = valueOf(st, key);
        if (actions === undefined || actions === null) continue;
        const list = isSeq(actions) ? actions.items : [actions];
        for (const a of list) {
          const value = scalarText(a);
          if (value === undefined) {
            out.problems.push({
              path,
              ...nodeRange(a),
              kind: 'iam-policy',
              message: `an \`${key}\` entry is not a string`,
              hint: 'Write actions as strings such as `"s3:GetObject"`.',
            });
            continue;
          }
          if (trust && isTrustAction(value)) continue;
          out.scopes.push({
            path,
            ...scalarValueRange(a, text),
            scope: value,
            provider: 'aws',
            source: 'iam-policy',
            breadth,
            ...(inverted ? { inverted: true } : {}),
          });
        }
      }
    }
  }
}

function valuesOf(node: unknown): string[] | undefined {
  if (node === undefined || node === null) return undefined;
  const list = isSeq(node) ? node.items : [node];
  return list.map((n) => scalarText(n) ?? '');
}
