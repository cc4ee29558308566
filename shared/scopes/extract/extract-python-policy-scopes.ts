import { emptyExtraction, type Extraction } from './extraction.js';
import { extractPolicyDocumentScopes } from './extract-policy-document-scopes.js';
import { isTrustAction } from './is-trust-action.js';
import { isManagedPolicyArn } from './is-managed-policy-arn.js';
import type { PyToken } from './tokenize-python.js';

/** A Python literal as far as a policy document needs: strings with offsets, dicts, lists, anything else. */
type PyValue =
  | { readonly kind: 'str'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'dict'; readonly entries: readonly (readonly [PyValue, PyValue])[] }
  | { readonly kind: 'list'; readonly items: readonly PyValue[] }
  | { readonly kind: 'other' };

/**
 * Extracts AWS IAM policy statements written in Python: dict literals holding a
 * `"Statement"` (later passed through `json.dumps` to boto3 `create_policy`,
 * `put_role_policy`, ...) and string literals holding a JSON policy document
 * (Pulumi `RolePolicy(policy="""{...}""")`, boto3 with a JSON string). Same rules
 * as JSON/YAML policy documents, and AWS managed policy ARNs (`PolicyArn='arn:aws:iam::aws:policy/...'`): `Deny` grants nothing, `Resource: "*"` is
 * workspace-wide, `NotAction` inverts, and a trust statement (a `Principal` with
 * `sts:AssumeRole*`) is not a request.
 *
 * @param tokens the file's tokens (see `tokenizePython`)
 */
export function extractPythonPolicyScopes(path: string, text: string, tokens: readonly PyToken[]): Extraction {
  const out = emptyExtraction();
  if (!/Statement|arn:aws[\w-]*:iam::aws:policy\//.test(text)) return out;
  const isOp = (i: number, v: string): boolean => {
    const t = tokens[i];
    return t?.type === 'op' && t.value === v;
  };
  const strOf = (t: PyToken): string => (t.type === 'str' ? text.slice(t.contentStart, t.contentEnd) : '');

  /** Parses the literal at `i`; returns it and the index after it. */
  const parse = (i: number, depth: number): { value: PyValue; next: number } => {
    const t = tokens[i];
    if (!t || depth > 30) return { value: { kind: 'other' }, next: i + 1 };
    if (t.type === 'str') return { value: { kind: 'str', value: strOf(t), start: t.contentStart, end: t.contentEnd }, next: i + 1 };
    if (t.type === 'op' && (t.value === '{' || t.value === '[' || t.value === '(')) {
      const close = t.value === '{' ? '}' : t.value === '[' ? ']' : ')';
      const entries: [PyValue, PyValue][] = [];
      const items: PyValue[] = [];
      let j = i + 1;
      while (j < tokens.length && !isOp(j, close)) {
        if (isOp(j, ',')) {
          j++;
          continue;
        }
        const first = parse(j, depth + 1);
        j = Math.max(first.next, j + 1);
        if (t.value === '{' && isOp(j, ':')) {
          const second = parse(j + 1, depth + 1);
          entries.push([first.value, second.value]);
          j = Math.max(second.next, j + 2);
        } else items.push(first.value);
        // Skip the rest of a non-literal element (`x.y`, `f(a)`, `a + b`).
        while (j < tokens.length && !isOp(j, ',') && !isOp(j, close)) j = skipOne(j);
      }
      return { value: t.value === '{' ? { kind: 'dict', entries } : { kind: 'list', items }, next: j + 1 };
    }
    return { value: { kind: 'other' }, next: skipOne(i) };
  };
  /** Index after one token, or after a whole bracketed group starting there. */
  const skipOne = (i: number): number => {
    const t = tokens[i];
    if (t?.type !== 'op' || !'([{'.includes(t.value)) return i + 1;
    let depth = 0;
    for (let j = i; j < tokens.length; j++) {
      const u = tokens[j] as PyToken;
      if (u.type !== 'op') continue;
      if ('([{'.includes(u.value)) depth++;
      else if (')]}'.includes(u.value) && --depth === 0) return j + 1;
    }
    return tokens.length;
  };
  const get = (d: PyValue, key: string): PyValue | undefined =>
    d.kind === 'dict' ? d.entries.find(([k]) => k.kind === 'str' && k.value === key)?.[1] : undefined;
  const strings = (v: PyValue | undefined): { value: string; start: number; end: number }[] =>
    v === undefined ? [] : v.kind === 'str' ? [v] : v.kind === 'list' ? v.items.flatMap((x) => (x.kind === 'str' ? [x] : [])) : [];

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as PyToken;
    if (t.type !== 'str') continue;
    const raw = strOf(t);
    if (isManagedPolicyArn(raw)) out.scopes.push({ path, start: t.contentStart, end: t.contentEnd, scope: raw, provider: 'aws', source: 'python' });
    else if (raw === 'Statement' && isOp(i + 1, ':')) {
      const { value } = parse(i + 2, 0);
      for (const st of value.kind === 'dict' ? [value] : value.kind === 'list' ? value.items : []) {
        if (st.kind !== 'dict') continue;
        const effect = get(st, 'Effect');
        if (effect?.kind === 'str' && effect.value === 'Deny') continue;
        const trust = get(st, 'Principal') !== undefined || get(st, 'NotPrincipal') !== undefined;
        const resources = strings(get(st, 'Resource')).map((r) => r.value);
        const breadth = resources.length === 0 || resources.some((r) => r === '*' || /:\*$/.test(r)) ? 'workspace' : 'resource';
        for (const [key, inverted] of [
          ['Action', false],
          ['NotAction', true],
        ] as const) {
          for (const a of strings(get(st, key))) {
            if (trust && isTrustAction(a.value)) continue;
            out.scopes.push({
              path,
              start: a.start,
              end: a.end,
              scope: a.value,
              provider: 'aws',
              source: 'python',
              breadth,
              ...(inverted ? { inverted: true } : {}),
            });
          }
        }
      }
    } else if (/"Statement"\s*:/.test(raw) && !t.fstring) {
      // A JSON policy document in a string: read it as a JSON file and move the offsets into this file.
      let json = true;
      try {
        JSON.parse(raw);
      } catch {
        json = false;
      }
      if (!json) continue;
      const inner = extractPolicyDocumentScopes(`${path}.json`, raw);
      for (const s of inner.scopes) out.scopes.push({ ...s, path, start: s.start + t.contentStart, end: s.end + t.contentStart, source: 'python' });
    }
  }
  return out;
}
