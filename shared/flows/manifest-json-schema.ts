import { z } from 'zod';
import { connectorManifestSchema } from './manifest-schema.js';

/** Stable URL-like id of the manifest JSON Schema (also its committed path). */
export const CONNECTOR_SCHEMA_ID = 'https://raw.githubusercontent.com/tollgate-dev/tollgate/main/schema/tollgate-connector.schema.json';

/**
 * The JSON Schema editors use for connector manifests, generated from the zod
 * schema the analyzer validates with (a test checks the committed copy is current
 * and that both accept and reject the same documents). Input form: keys with
 * defaults are optional.
 */
export function connectorJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(connectorManifestSchema, { io: 'input', target: 'draft-7', unrepresentable: 'throw' }) as Record<string, unknown>;
  return { ...schema, $id: CONNECTOR_SCHEMA_ID, title: 'Tollgate connector manifest' };
}
