// Regenerates the committed JSON Schemas from the zod schemas (run: npm run schema).
import { mkdir, writeFile } from 'node:fs/promises';
import { baselineJsonSchema, policyJsonSchema } from '../dist/shared/policy/policy-json-schema.js';
import { connectorJsonSchema } from '../dist/shared/flows/manifest-json-schema.js';
import { evidenceJsonSchema } from '../dist/shared/risk/evidence-schema.js';
import { accessJsonSchema } from '../dist/shared/access/access-json-schema.js';

const root = new URL('..', import.meta.url);
const targets = [
  ['schema/tollgate-policy.schema.json', policyJsonSchema()],
  ['schema/tollgate-baseline.schema.json', baselineJsonSchema()],
  ['extension/schema/tollgate-policy.schema.json', policyJsonSchema()],
  ['schema/tollgate-connector.schema.json', connectorJsonSchema()],
  ['schema/tollgate-evidence.schema.json', evidenceJsonSchema()],
  ['schema/tollgate-access.schema.json', accessJsonSchema()],
  ['extension/schema/tollgate-connector.schema.json', connectorJsonSchema()],
];
for (const [path, schema] of targets) {
  const url = new URL(path, root);
  await mkdir(new URL('.', url), { recursive: true });
  await writeFile(url, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${path}`);
}
