import type { z } from 'zod';
import { nameSafely, quoteSafely } from '../text/quote-safely.js';

/** What a schema issue means for a person: which key, what is wrong, what to do. */
export interface SchemaIssueText {
  /** Key path to locate in the document (for an unknown key: the key itself). Raw: never show it. */
  readonly keyPath: readonly (string | number)[];
  /** The key path to show: dotted, each key that is not safe to name replaced (see {@link displayKeyPath}). */
  readonly displayKey: string;
  /** Locate the key node rather than its value. */
  readonly wantKey: boolean;
  readonly message: string;
  readonly hint: string;
}

/**
 * Turns one zod issue from validating a configuration file (policy, connector
 * manifest) into a message and a hint. Shared so every file Tollgate reads explains
 * its errors the same way; `docsPage` is named in hints (e.g. `docs/policy.md`).
 */
export function describeSchemaIssue(issue: z.core.$ZodIssue, schema: unknown, docsPage: string): SchemaIssueText {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  if (issue.code === 'unrecognized_keys') {
    const unknown = issue.keys[0] ?? '';
    const allowed = allowedKeysAt(schema, path);
    // A key is file content: a token pasted as a key must not be echoed, so only plausible names are named.
    const named = nameSafely(unknown);
    const others = issue.keys.slice(1).map((k) => nameSafely(k));
    const more =
      others.length === 0
        ? ''
        : others.every((k) => k !== undefined)
          ? ` (and ${others.length} more: ${others.join(', ')})`
          : ` (and ${others.length} more)`;
    return {
      keyPath: [...path, unknown],
      displayKey: displayKeyPath([...path, unknown]),
      wantKey: true,
      message: `${named === undefined ? 'an unknown key' : `unknown key "${named}"`}${more}`,
      hint: allowed.length > 0 ? `Remove it or use one of: ${allowed.join(', ')}.` : 'Remove it.',
    };
  }
  if (issue.code === 'invalid_key') {
    const inner = issue.issues[0];
    return {
      keyPath: path,
      displayKey: displayKeyPath(path),
      wantKey: true,
      message: `is not a valid key${inner ? ` (${quoteSafely(inner.message, 200)})` : ''}`,
      hint: `Rename the key (see ${docsPage}).`,
    };
  }
  return { keyPath: path, displayKey: displayKeyPath(path), wantKey: false, message: describeIssue(issue), hint: hintFor(issue, docsPage) };
}

/** Placeholder for a key that is not safe to name (see `nameSafely`). */
const UNNAMED_KEY = '(unnamed key)';

/**
 * A key path for messages: dotted, indices as numbers, and every key that is not a
 * plausible name (a token pasted as a key, say) replaced by `(unnamed key)`.
 */
export function displayKeyPath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? String(p) : (nameSafely(String(p)) ?? UNNAMED_KEY))).join('.');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'is missing' : `expected ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string'
        ? 'must not be empty'
        : issue.origin === 'array'
          ? `needs at least ${String(issue.minimum)} entry`
          : `is too small (minimum ${String(issue.minimum)})`;
    case 'too_big':
      return `is too large (maximum ${String(issue.maximum)})`;
    case 'invalid_format':
      return `is not in the expected format (${quoteSafely(issue.message, 200)})`;
    default:
      // Zod's own messages quote no input; custom ones (refinements) may name values, so mask them.
      return quoteSafely(issue.message, 300);
  }
}

function hintFor(issue: z.core.$ZodIssue, docsPage: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `Add this key; it is required (see ${docsPage}).` : `Change the value to a ${issue.expected}.`;
    case 'invalid_value':
      return `Use one of the listed values (see ${docsPage}).`;
    case 'too_small':
      return `Fill it in (see ${docsPage}).`;
    default:
      return `See ${docsPage} for this key.`;
  }
}

/** The keys the schema accepts at a path, for "use one of" hints. */
function allowedKeysAt(schema: unknown, path: readonly (string | number)[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    const def = (current as { def?: { type?: string; element?: unknown; valueType?: unknown } }).def;
    const shape = (current as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof segment === 'string' && segment in shape) current = shape[segment];
    else if (def?.type === 'array') current = def.element;
    else if (def?.type === 'record') current = def.valueType;
    else return [];
  }
  const shape = (unwrap(current) as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown } };
  while (s?.def && (s.def.type === 'default' || s.def.type === 'optional' || s.def.type === 'nullable' || s.def.type === 'pipe')) {
    s = (s.def.type === 'pipe' ? (s.def as { in?: unknown }).in : s.def.innerType) as typeof s;
  }
  return s;
}
