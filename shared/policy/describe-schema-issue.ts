import type { z } from 'zod';

/** What a schema issue means for a person: which key, what is wrong, what to do. */
export interface SchemaIssueText {
  /** Key path to locate in the document (for an unknown key: the key itself). */
  readonly keyPath: readonly (string | number)[];
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
    return {
      keyPath: [...path, unknown],
      wantKey: true,
      message: `unknown key "${unknown}"${issue.keys.length > 1 ? ` (and ${issue.keys.length - 1} more: ${issue.keys.slice(1).join(', ')})` : ''}`,
      hint: allowed.length > 0 ? `Remove it or use one of: ${allowed.join(', ')}.` : 'Remove it.',
    };
  }
  return { keyPath: path, wantKey: false, message: describeIssue(issue), hint: hintFor(issue, docsPage) };
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
      return `is not in the expected format (${issue.message})`;
    default:
      return issue.message;
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
