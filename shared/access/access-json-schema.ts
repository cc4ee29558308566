import { z } from 'zod';
import { accessLockSchema } from './access-lock.js';

/** Stable URL-like id of the access lock's JSON Schema (also its committed path). */
export const ACCESS_SCHEMA_ID = 'https://raw.githubusercontent.com/tollgate-dev/tollgate/main/schema/tollgate-access.schema.json';

/** The JSON Schema of `.github/tollgate-access.yml`, generated from the zod schema `tollgate access` validates with. */
export function accessJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(accessLockSchema, { io: 'input', target: 'draft-7', unrepresentable: 'throw' }) as Record<string, unknown>;
  return { ...schema, $id: ACCESS_SCHEMA_ID, title: 'Tollgate access lock' };
}
