import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';
import { policySchema, type Policy, type PolicyInput } from './policy-schema.js';

/** A problem in a policy file: where it is, what is wrong, what to do. */
export interface PolicyError {
  /** The file the problem is in, as the caller named it. */
  readonly file: string;
  /** 1-based line and column of the offending key or value (1:1 when unknown). */
  readonly line: number;
  readonly column: number;
  /** Dotted key path, e.g. `rules.secrets/stripe-key.severity`; empty for the whole file. */
  readonly key: string;
  /** What is wrong. Never contains secret values (policy files hold none). */
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

/** The result of reading one policy file. */
export type PolicyParseResult =
  | { readonly ok: true; readonly input: PolicyInput; readonly policy: Policy }
  | { readonly ok: false; readonly errors: readonly PolicyError[] };

/** Nesting deeper than this is refused before the YAML is converted (stack safety). */
const MAX_DEPTH = 64;

/**
 * Parses and validates a policy file's text. Never throws: malformed YAML, unknown
 * keys and wrong types come back as {@link PolicyError}s naming the file, line and key.
 *
 * @param text  the file's content
 * @param file  the name to use in errors, e.g. `.github/tollgate.yml`
 */
export function parsePolicy(text: string, file: string): PolicyParseResult {
  const read = readYaml(text, file);
  if (!read.ok) return read;
  const { doc, lineCounter, value } = read;
  if (value === null || value === undefined) {
    return { ok: true, input: {}, policy: policySchema.parse({}) };
  }
  const result = policySchema.safeParse(value);
  if (result.success) return { ok: true, input: value as PolicyInput, policy: result.data };
  return { ok: false, errors: result.error.issues.map((issue) => toPolicyError(issue, doc, lineCounter, file)) };
}

type YamlRead =
  | { ok: true; doc: Document; lineCounter: LineCounter; value: unknown }
  | { ok: false; errors: PolicyError[] };

/** Reads YAML with positions; shared with the manifest parser. */
export function readYaml(text: string, file: string): YamlRead {
  const lineCounter = new LineCounter();
  const depth = nestingDepth(text);
  if (depth > MAX_DEPTH) {
    return {
      ok: false,
      errors: [
        {
          file,
          line: 1,
          column: 1,
          key: '',
          message: `nesting is ${depth} levels deep; at most ${MAX_DEPTH} are accepted`,
          hint: 'Flatten the file: policy and manifest files need only a few levels.',
        },
      ],
    };
  }
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    return { ok: false, errors: [{ file, line: 1, column: 1, key: '', message: `cannot be parsed as YAML (${(error as Error).message})`, hint: 'Fix the YAML syntax.' }] };
  }
  if (doc.errors.length > 0) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return {
          file,
          line: pos.line,
          column: pos.col,
          key: '',
          message: `is not valid YAML: ${e.message.split('\n')[0]}`,
          hint: e.code === 'DUPLICATE_KEY' ? 'Remove the duplicate key.' : 'Fix the YAML syntax at this line (check indentation and quoting).',
        };
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, errors: [{ file, line: 1, column: 1, key: '', message: `cannot be read (${(error as Error).message})`, hint: 'Remove YAML aliases or reduce their use.' }] };
  }
  return { ok: true, doc, lineCounter, value };
}

/** Maximum bracket/indentation nesting, estimated in one pass without parsing. */
function nestingDepth(text: string): number {
  let max = 0;
  let brackets = 0;
  let lineStart = true;
  let indent = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      indent = 0;
      continue;
    }
    if (lineStart) {
      if (c === 32) {
        indent += 1;
        continue;
      }
      if (c === 45) {
        // "- " list items nest one level each
        indent += 2;
        continue;
      }
      lineStart = false;
      max = Math.max(max, Math.floor(indent / 2) + brackets);
    }
    if (c === 91 || c === 123) {
      brackets += 1;
      max = Math.max(max, Math.floor(indent / 2) + brackets);
    } else if (c === 93 || c === 125) brackets = Math.max(0, brackets - 1);
  }
  return max;
}

/** Finds the YAML node at a key path; returns the key node when `wantKey`. */
export function locate(doc: Document, path: readonly PropertyKey[], wantKey = false): Node | undefined {
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
      if (!pair) return keyNode ?? (node as Node);
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (node && typeof node === 'object' && 'items' in node && Array.isArray((node as { items: unknown[] }).items)) {
      const item = (node as { items: unknown[] }).items[Number(segment)];
      if (item === undefined) return node as Node;
      keyNode = item as Node;
      node = item;
    } else {
      break;
    }
  }
  return wantKey ? keyNode : ((node as Node | undefined) ?? keyNode);
}

function positionOf(node: Node | undefined, lineCounter: LineCounter): { line: number; column: number } {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function toPolicyError(issue: z.core.$ZodIssue, doc: Document, lineCounter: LineCounter, file: string): PolicyError {
  const path = issue.path;
  const key = path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const unknown = issue.keys[0] ?? '';
    const keyPath = [...path, unknown];
    const node = locate(doc, keyPath, true);
    const allowed = allowedKeysAt(path);
    return {
      file,
      ...positionOf(node, lineCounter),
      key: keyPath.map(String).join('.'),
      message: `unknown key "${unknown}"${issue.keys.length > 1 ? ` (and ${issue.keys.length - 1} more: ${issue.keys.slice(1).join(', ')})` : ''}`,
      hint: allowed.length > 0 ? `Remove it or use one of: ${allowed.join(', ')}.` : 'Remove it.',
    };
  }
  const node = locate(doc, path);
  return {
    file,
    ...positionOf(node, lineCounter),
    key,
    message: describeIssue(issue),
    hint: hintFor(issue),
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? 'must not be empty' : `is too small (minimum ${String(issue.minimum)})`;
    case 'invalid_format':
      return `is not in the expected format (${issue.message})`;
    default:
      return issue.message;
  }
}

function hintFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Add this key; it is required.' : `Change the value to a ${issue.expected}.`;
    case 'invalid_value':
      return 'Use one of the listed values.';
    case 'invalid_format':
      return 'See docs/policy.md for the expected format.';
    default:
      return 'See docs/policy.md for this key.';
  }
}

/** The keys the schema accepts at a path, for "did you mean" hints. */
function allowedKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: unknown = policySchema;
  for (const segment of path) {
    schema = unwrap(schema);
    const shape = (schema as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof segment === 'string' && segment in shape) schema = shape[segment];
    else if ((schema as { def?: { type?: string; element?: unknown; valueType?: unknown } }).def?.type === 'array') {
      schema = (schema as { def: { element: unknown } }).def.element;
    } else if ((schema as { def?: { type?: string } }).def?.type === 'record') {
      schema = (schema as { def: { valueType: unknown } }).def.valueType;
    } else return [];
  }
  const shape = (unwrap(schema) as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

function unwrap(schema: unknown): unknown {
  let s = schema as { def?: { type?: string; innerType?: unknown } };
  while (s?.def && (s.def.type === 'default' || s.def.type === 'optional' || s.def.type === 'nullable')) {
    s = s.def.innerType as typeof s;
  }
  return s;
}
