import { detectProvider } from '../catalog/detect-provider.js';
import type { ScopeProvider } from '../scope-model.js';
import { emptyExtraction, looksLikeSecret, shortExpression, type DynamicReason, type Extraction } from './extraction.js';
import { looksLikeScope } from './looks-like-scope.js';
import { isScopeConstantName, providerOfCall, providerOfModule, SCOPE_KEYS } from './provider-hints.js';
import { scanAuthUrls } from './scan-auth-urls.js';
import { splitScopeString } from './split-scope-string.js';
import { tokenizePython, type PyToken } from './tokenize-python.js';
import { extractPythonPolicyScopes } from './extract-python-policy-scopes.js';

type Item =
  | { readonly kind: 'literal'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'dynamic'; readonly reason: DynamicReason; readonly start: number; readonly end: number };

/** Positional scope arguments of Python SDK calls: callee -> argument index. */
const POSITIONAL: Readonly<Record<string, number>> = {
  from_client_secrets_file: 1,
  from_client_config: 1,
  acquire_token_for_client: 0,
  acquire_token_silent: 0,
  get_authorization_request_url: 0,
  initiate_auth_code_flow: 0,
  acquire_token_by_authorization_code: 1,
  get_token: 0,
};

const INTERESTING = /scope|permissions|googleapis\.com\/auth|\.default|Statement|arn:aws/i;

/**
 * Extracts scopes from Python source with a tokenizer instead of a parser (none is
 * available in Node here). Linear in the file's length. Reads:
 * keyword arguments `scopes=` / `scope=` / `user_scopes=` ...; dict entries
 * `"scope": ...`; the positional scope arguments of known SDK calls
 * (`InstalledAppFlow.from_client_secrets_file(f, SCOPES)`, MSAL
 * `acquire_token_for_client([...])`, azure-identity `get_token(...)`); GitHub App
 * `permissions={...}` dicts; Google scope URLs anywhere; `scope=` in
 * authorization URLs. Values: string literals (split on spaces/commas), lists and
 * tuples of them, names assigned at any statement start (`SCOPES = [...]`; the last
 * assignment in the file wins, no control flow), `" ".join(X)`, `X + Y`.
 *
 * Limits: f-strings with fields, `%` / `.format()`, calls and attribute access
 * other than `.join` are reported as dynamic scopes; names imported from another
 * module are dynamic; adjacent string literals are read as separate scopes.
 */
export function extractPythonScopes(path: string, text: string): Extraction {
  const out = emptyExtraction();
  if (!INTERESTING.test(text)) return out;
  const tokens = tokenizePython(text);
  const policies = extractPythonPolicyScopes(path, text, tokens);
  out.scopes.push(...policies.scopes);
  const consts = new Map<string, number>();
  const fileHints: ScopeProvider[] = [];
  const tok = (i: number): PyToken | undefined => tokens[i];
  const isOp = (i: number, v: string): boolean => {
    const t = tokens[i];
    return t?.type === 'op' && t.value === v;
  };
  const nameAt = (i: number): string | undefined => {
    const t = tokens[i];
    return t?.type === 'name' ? t.value : undefined;
  };

  // Pass 1: imports (provider hints) and statement-level assignments.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as PyToken;
    const atStatement = i === 0 || tokens[i - 1]?.type === 'newline';
    if (!atStatement || t.type !== 'name') continue;
    if (t.value === 'import' || t.value === 'from') {
      let module = '';
      for (let j = i + 1; j < tokens.length && tokens[j]?.type !== 'newline'; j++) {
        const w = nameAt(j);
        if (w === undefined && !isOp(j, '.')) break;
        module += w ?? '.';
      }
      const hint = providerOfModule(module);
      if (hint && !fileHints.includes(hint)) fileHints.push(hint);
    } else if (isOp(i + 1, '=')) consts.set(t.value, i + 2);
    else if (isOp(i + 1, ':') && tokens[i + 2]?.type === 'name') {
      // annotated assignment `SCOPES: list[str] = [...]`
      for (let j = i + 2; j < tokens.length && tokens[j]?.type !== 'newline'; j++)
        if (isOp(j, '=')) {
          consts.set(t.value, j + 1);
          break;
        }
    }
  }

  /** Index after a balanced expression starting at `i` (ends at `,` `)` `]` `}` `:` or a line end at depth 0). */
  const skipExpression = (i: number): number => {
    let depth = 0;
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j] as PyToken;
      if (t.type === 'newline' && depth === 0) break;
      if (t.type !== 'op') continue;
      if (t.value === '(' || t.value === '[' || t.value === '{') depth++;
      else if (t.value === ')' || t.value === ']' || t.value === '}') {
        if (depth === 0) break;
        depth--;
      } else if ((t.value === ',' || t.value === ':') && depth === 0) break;
    }
    return j;
  };

  const evaluate = (i: number, depth: number): { items: Item[]; next: number } => {
    const end = skipExpression(i);
    const from = tok(i)?.start ?? text.length;
    const to = tok(end - 1)?.end ?? from;
    const dynamic = (reason: DynamicReason): { items: Item[]; next: number } => ({
      items: [{ kind: 'dynamic', reason, start: from, end: to }],
      next: end,
    });
    if (depth > 8 || end <= i) return { items: [], next: end };
    const items: Item[] = [];
    let j = i;
    // A sequence of operands joined by `+`.
    for (;;) {
      const t = tok(j);
      if (!t) break;
      if (t.type === 'str') {
        if (t.fstring && /\{[^{]/.test(text.slice(t.contentStart, t.contentEnd).replace(/\{\{/g, ''))) return dynamic('template');
        // `" ".join(X)`
        if (isOp(j + 1, '.') && nameAt(j + 2) === 'join' && isOp(j + 3, '(')) {
          const inner = evaluate(j + 4, depth + 1);
          items.push(...inner.items);
          j = inner.next + 1;
        } else {
          for (const p of splitScopeString(text.slice(t.contentStart, t.contentEnd), t.contentStart)) items.push({ kind: 'literal', ...p });
          j++;
        }
      } else if (t.type === 'op' && (t.value === '[' || t.value === '(')) {
        const close = t.value === '[' ? ']' : ')';
        j++;
        while (j < tokens.length && !isOp(j, close)) {
          if (isOp(j, ',')) {
            j++;
            continue;
          }
          if (isOp(j, '*')) j++;
          const inner = evaluate(j, depth + 1);
          items.push(...inner.items);
          if (inner.next === j) j++;
          else j = inner.next;
        }
        j++;
      } else if (t.type === 'name' && (t.value === 'None' || t.value === 'False')) {
        j++;
      } else if (t.type === 'name' && !isOp(j + 1, '(') && !isOp(j + 1, '.') && !isOp(j + 1, '[')) {
        const at = consts.get(t.value);
        if (at === undefined || at === j) return dynamic('variable');
        items.push(...evaluate(at, depth + 1).items);
        j++;
      } else return dynamic(t.type === 'name' ? 'expression' : 'expression');
      if (isOp(j, '+')) {
        j++;
        continue;
      }
      break;
    }
    if (j < end) return dynamic('expression');
    return { items, next: end };
  };

  const taken = new Set<number>();
  const memo = new Map<string, ScopeProvider | undefined>();
  const emit = (items: readonly Item[], hints: readonly ScopeProvider[], strict: boolean): void => {
    for (const item of items) {
      if (item.kind === 'dynamic') {
        if (!strict || hints.length > 0)
          out.dynamic.push({
            path,
            start: item.start,
            end: item.end,
            reason: item.reason,
            ...(hints[0] ? { provider: hints[0] } : {}),
            expression: shortExpression(text.slice(item.start, item.end)),
          });
        continue;
      }
      if (taken.has(item.start)) continue;
      // Long lists repeat values: classify each distinct value once.
      const memoKey = `${strict ? 1 : 0}${hints.join(',')}\u0000${item.value}`;
      let provider = memo.get(memoKey);
      if (provider === undefined && !memo.has(memoKey)) {
        provider = (strict && !looksLikeScope(item.value)) || looksLikeSecret(item.value) ? undefined : detectProvider(item.value, hints);
        memo.set(memoKey, provider);
      }
      if (!provider) continue;
      taken.add(item.start);
      out.scopes.push({ path, start: item.start, end: item.end, scope: item.value, provider, source: 'python' });
    }
  };

  // Pass 2: sinks. `calls` is a stack of open brackets with the callee before `(`.
  const calls: { callee: string | undefined; arg: number; bracket: string }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as PyToken;
    if (t.type === 'op') {
      if (t.value === '(' || t.value === '[' || t.value === '{') {
        const callee = t.value === '(' ? nameAt(i - 1) : undefined;
        calls.push({ callee, arg: 0, bracket: t.value });
        const index = callee !== undefined ? POSITIONAL[callee] : undefined;
        if (index === 0 && !isOp(i + 1, ')') && !(nameAt(i + 1) !== undefined && isOp(i + 2, '='))) {
          const hints = withHint(fileHints, providerOfCall(callee as string));
          if (callee === 'get_token' && !hints.includes('microsoft')) continue;
          emit(evaluate(i + 1, 0).items, hints, false);
        }
      } else if (t.value === ')' || t.value === ']' || t.value === '}') calls.pop();
      else if (t.value === ',') {
        const top = calls[calls.length - 1];
        if (top) {
          top.arg += 1;
          const index = top.callee !== undefined ? POSITIONAL[top.callee] : undefined;
          if (index !== undefined && index === top.arg && !(nameAt(i + 1) !== undefined && isOp(i + 2, '='))) {
            emit(evaluate(i + 1, 0).items, withHint(fileHints, providerOfCall(top.callee as string)), false);
          }
        }
      }
      continue;
    }
    const top = calls[calls.length - 1];
    if (
      t.type === 'name' &&
      calls.length === 0 &&
      (i === 0 || tokens[i - 1]?.type === 'newline') &&
      isOp(i + 1, '=') &&
      isScopeConstantName(t.value)
    ) {
      // `SCOPES = [...]` in a config module: a constant named for scopes holds them, used here or imported elsewhere.
      emit(
        evaluate(i + 2, 0).items.filter((item) => item.kind === 'literal'),
        fileHints,
        true,
      );
    }
    if (t.type === 'name' && top?.bracket === '(' && isOp(i + 1, '=') && (i === 0 || isOp(i - 1, '(') || isOp(i - 1, ','))) {
      const calleeHint = providerOfCall(top.callee ?? '');
      const hints = withHint(fileHints, calleeHint);
      if (SCOPE_KEYS.has(t.value) || isScopeConstantName(t.value)) {
        // Keyword arguments and parameter defaults (`def f(az_scopes=['Files.Read'])`).
        emit(
          evaluate(i + 2, 0).items,
          hints,
          calleeHint === undefined && (t.value === 'scope' || fileHints.length === 0 || !SCOPE_KEYS.has(t.value)),
        );
      } else if (t.value === 'permissions' && hints.includes('github')) {
        githubPermissions(i + 2);
      }
    } else if (t.type === 'str' && top?.bracket === '{' && isOp(i + 1, ':')) {
      const key = text.slice(t.contentStart, t.contentEnd);
      if (SCOPE_KEYS.has(key)) emit(evaluate(i + 2, 0).items, fileHints, key === 'scope' || fileHints.length === 0);
    }
    if (t.type === 'str') {
      const raw = text.slice(t.contentStart, t.contentEnd);
      if (/^https:\/\/www\.googleapis\.com\/auth\/[\w.-]+$|^https:\/\/mail\.google\.com\/$/.test(raw)) {
        if (!taken.has(t.contentStart)) {
          taken.add(t.contentStart);
          out.scopes.push({ path, start: t.contentStart, end: t.contentEnd, scope: raw, provider: 'google', source: 'python' });
        }
      } else if (raw.includes('scope')) {
        for (const url of scanAuthUrls(raw, t.contentStart)) {
          if (t.fstring && /\{/.test(text.slice(url.valueStart, url.valueEnd))) {
            out.dynamic.push({
              path,
              start: url.valueStart,
              end: url.valueEnd,
              reason: 'template',
              ...(url.provider ? { provider: url.provider } : {}),
              expression: shortExpression(text.slice(url.valueStart, url.valueEnd)),
            });
            continue;
          }
          emit(
            url.pieces.map((p) => ({ kind: 'literal' as const, ...p })),
            withHint(fileHints, url.provider),
            false,
          );
        }
      }
    }
  }

  function githubPermissions(i: number): void {
    if (!isOp(i, '{')) {
      const end = skipExpression(i);
      const from = tok(i)?.start ?? 0;
      const to = tok(end - 1)?.end ?? from;
      out.dynamic.push({ path, start: from, end: to, reason: 'variable', provider: 'github', expression: shortExpression(text.slice(from, to)) });
      return;
    }
    for (let j = i + 1; j < tokens.length && !isOp(j, '}'); j++) {
      const k = tokens[j];
      const v = tokens[j + 2];
      if (k?.type === 'str' && isOp(j + 1, ':') && v?.type === 'str') {
        const key = text.slice(k.contentStart, k.contentEnd);
        const level = text.slice(v.contentStart, v.contentEnd);
        if (/^(read|write|admin)$/.test(level))
          out.scopes.push({ path, start: k.start, end: v.end, scope: `${key}: ${level}`, provider: 'github', source: 'python' });
        j += 2;
      }
    }
  }

  return out;
}

function withHint(hints: readonly ScopeProvider[], first: ScopeProvider | undefined): ScopeProvider[] {
  return first ? [first, ...hints.filter((h) => h !== first)] : [...hints];
}
