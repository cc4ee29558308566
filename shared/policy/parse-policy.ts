import type { Document, LineCounter, Node } from 'yaml';
import type { z } from 'zod';
import { describeSchemaIssue } from './describe-schema-issue.js';
import { policySchema, type Policy, type PolicyInput } from './policy-schema.js';
import { locate, readYaml } from './read-yaml.js';

export { locate, readYaml } from './read-yaml.js';

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
  { readonly ok: true; readonly input: PolicyInput; readonly policy: Policy } | { readonly ok: false; readonly errors: readonly PolicyError[] };

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

function positionOf(node: Node | undefined, lineCounter: LineCounter): { line: number; column: number } {
  const offset = node?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const pos = lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function toPolicyError(issue: z.core.$ZodIssue, doc: Document, lineCounter: LineCounter, file: string): PolicyError {
  const described = describeSchemaIssue(issue, policySchema, 'docs/policy.md');
  return {
    file,
    ...positionOf(locate(doc, described.keyPath, described.wantKey), lineCounter),
    key: described.displayKey,
    message: described.message,
    hint: described.hint,
  };
}
