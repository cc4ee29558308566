import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undocumentedKeys } from '../policy/undocumented-keys.js';
import { connectorJsonSchema } from '../../../shared/flows/manifest-json-schema.js';
import { connectorManifestSchema } from '../../../shared/flows/manifest-schema.js';

const root = new URL('../../../', import.meta.url);

describe('connector manifest JSON Schema', () => {
  it('the committed schema is the one the zod schema generates (run `npm run schema` to update)', () => {
    expect(JSON.parse(readFileSync(new URL('schema/tollgate-connector.schema.json', root), 'utf8'))).toEqual(connectorJsonSchema());
  });

  it('documents every key', () => {
    expect(undocumentedKeys(connectorJsonSchema())).toEqual([]);
  });

  it('JSON Schema (ajv) and zod accept and reject the same documents', () => {
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    const validate = ajv.compile(connectorJsonSchema());
    const system = fc.record(
      {
        id: fc.constantFrom('app', 'Bad Id', 'llm-1', ''),
        kind: fc.constantFrom('llm', 'internal', 'storage', 'database'),
        vendor: fc.constantFrom('OpenAI', ''),
        region: fc.constantFrom('eu', 'us-east-1'),
        dpa: fc.constantFrom('signed', 'pending', 'yes'),
        transferMechanism: fc.constantFrom('scc', 'none', 'maybe'),
        tls: fc.constantFrom('1.2', '1.0', 1.2),
        extra: fc.constant(true),
      },
      { requiredKeys: ['id'] },
    );
    const doc = fc.record(
      {
        version: fc.constantFrom(1, 2),
        name: fc.constantFrom('crm-sync', 'CRM Sync', ''),
        owner: fc.constantFrom('@team', ''),
        purpose: fc.constantFrom('why', 3),
        environments: fc.array(fc.constantFrom('prod', '')),
        auth: fc.record(
          {
            type: fc.constantFrom('oauth', 'api_key', 'password'),
            scopes: fc.array(fc.constantFrom('a:read', '')),
            credential: fc.record(
              { source: fc.constantFrom('vault', 'env', 'file'), rotation: fc.constantFrom('30d', 'monthly') },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: [] },
        ),
        systems: fc.array(system, { maxLength: 3 }),
        flows: fc.array(
          fc.record(
            {
              from: fc.constantFrom('app', 'X Y'),
              to: fc.constantFrom('llm-1'),
              data: fc.array(fc.constantFrom('pii', 'health', 'secret'), { maxLength: 2 }),
              purpose: fc.constantFrom('p', ''),
            },
            { requiredKeys: ['from', 'to'] },
          ),
          { maxLength: 2 },
        ),
        retention: fc.record(
          {
            stores: fc.array(
              fc.record(
                { name: fc.constantFrom('q'), kind: fc.constantFrom('queue', 'cache', 'forever'), days: fc.constantFrom(1, -1, 1.5, 30) },
                { requiredKeys: ['name'] },
              ),
              { maxLength: 2 },
            ),
            provider: fc.record({ zeroDataRetention: fc.constantFrom(true, 'yes') }, { requiredKeys: [] }),
          },
          { requiredKeys: [] },
        ),
        audit: fc.record(
          { sink: fc.constantFrom('s3://a', ''), retentionDays: fc.constantFrom(365, -1, 'long'), events: fc.array(fc.constantFrom('a', '')) },
          { requiredKeys: [] },
        ),
        encryption: fc.record({ atRest: fc.constantFrom(true, 'yes'), kms: fc.constantFrom('k') }, { requiredKeys: [] }),
        unknownKey: fc.constant(1),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(doc, (value) => {
        expect(validate(value)).toBe(connectorManifestSchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });
});
