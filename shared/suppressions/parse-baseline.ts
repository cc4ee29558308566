import { z } from 'zod';
import { describeSchemaIssue } from '../policy/describe-schema-issue.js';
import { jsonErrorPosition } from '../text/json-error-position.js';

/** A baseline: findings a team accepted, by fingerprint. */
export const baselineSchema = z
  .object({
    version: z.literal(1).describe('Baseline format version.'),
    findings: z
      .array(
        z
          .object({
            fingerprint: z
              .string()
              .regex(/^[0-9a-f]{32}$/)
              .describe('The finding fingerprint (from JSON or SARIF output).'),
            ruleId: z.string().describe('Rule id, for people reading the file.'),
            path: z.string().describe('Path, for people reading the file.'),
            reason: z.string().optional().describe('Why it was accepted.'),
          })
          .strict(),
      )
      .describe('Accepted findings.'),
  })
  .strict()
  .describe('Tollgate baseline file (`.tollgate-baseline.json`).');

export type Baseline = z.output<typeof baselineSchema>;
export type BaselineEntry = Baseline['findings'][number];

/** Result of reading a baseline file: entries, or one clear error. */
export type BaselineParseResult =
  | { readonly ok: true; readonly baseline: Baseline }
  | { readonly ok: false; readonly error: { file: string; key: string; message: string; hint: string } };

/** Parses a baseline file's JSON text. Never throws. */
export function parseBaseline(text: string, file: string): BaselineParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // Only the position: the parser's message quotes the text around it.
    const { line, column } = jsonErrorPosition(error, text);
    return {
      ok: false,
      error: {
        file,
        key: '',
        message: `is not valid JSON (line ${line}, column ${column})`,
        hint: 'Regenerate it with `tollgate scan --update-baseline`.',
      },
    };
  }
  const result = baselineSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    // Described like a policy issue: an unknown key is named only when it is a plausible name.
    const described = issue ? describeSchemaIssue(issue, baselineSchema, 'docs/policy.md') : undefined;
    return {
      ok: false,
      error: {
        file,
        key: described?.displayKey ?? '',
        message: described?.message ?? 'is invalid',
        hint: 'Regenerate it with `tollgate scan --update-baseline`.',
      },
    };
  }
  return { ok: true, baseline: result.data };
}
