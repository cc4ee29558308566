import { z } from 'zod';
import { baselineSchema } from '../suppressions/parse-baseline.js';
import { policySchema } from './policy-schema.js';

/** Stable URL-like id of the policy JSON Schema (also its committed path). */
export const POLICY_SCHEMA_ID = 'https://raw.githubusercontent.com/tollgate-dev/tollgate/main/schema/tollgate-policy.schema.json';
export const BASELINE_SCHEMA_ID = 'https://raw.githubusercontent.com/tollgate-dev/tollgate/main/schema/tollgate-baseline.schema.json';

/**
 * The JSON Schema editors use for `.github/tollgate.yml`, generated from the zod
 * schema the engine validates with (one source; a test checks the committed copy
 * is current and that both accept and reject the same documents).
 * Input form: keys with defaults are optional, as a person writes the file.
 */
export function policyJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(policySchema, { io: 'input', target: 'draft-7', unrepresentable: 'throw' }) as Record<string, unknown>;
  return { ...schema, $id: POLICY_SCHEMA_ID, title: 'Tollgate policy' };
}

/** The JSON Schema of the baseline file, generated from its zod schema. */
export function baselineJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(baselineSchema, { io: 'input', target: 'draft-7', unrepresentable: 'throw' }) as Record<string, unknown>;
  return { ...schema, $id: BASELINE_SCHEMA_ID, title: 'Tollgate baseline' };
}
