import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { undocumentedKeys } from './undocumented-keys.js';
import { baselineJsonSchema, policyJsonSchema } from '../../../shared/policy/policy-json-schema.js';
import { policySchema } from '../../../shared/policy/policy-schema.js';

const root = new URL('../../../', import.meta.url);
const committed = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

describe('generated JSON Schemas', () => {
  it('the committed schemas are the ones the zod schemas generate (run `npm run schema` to update)', () => {
    expect(committed('schema/tollgate-policy.schema.json')).toEqual(policyJsonSchema());
    expect(committed('extension/schema/tollgate-policy.schema.json')).toEqual(policyJsonSchema());
    expect(committed('schema/tollgate-baseline.schema.json')).toEqual(baselineJsonSchema());
  });

  it('documents every key', () => {
    expect(undocumentedKeys(policyJsonSchema())).toEqual([]);
  });

  it('JSON Schema (ajv) and zod accept and reject the same documents', () => {
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    const validate = ajv.compile(policyJsonSchema());
    const severity = fc.constantFrom('error', 'warning', 'note', 'off', 'fatal', 3);
    const doc = fc.record(
      {
        version: fc.constantFrom(1, 2, '1'),
        analyzers: fc.record({ secrets: fc.record({ enabled: fc.constantFrom(true, false, 'yes') }, { requiredKeys: [] }) }, { requiredKeys: [] }),
        rules: fc.dictionary(fc.constantFrom('secrets/stripe-key', 'Bad Rule', 'secrets/x'), fc.record({ severity }, { requiredKeys: [] })),
        ignore: fc.array(fc.constantFrom('a/**', '', 3)),
        allow: fc.array(
          fc.record(
            { rule: fc.constantFrom('secrets/*', ''), path: fc.constantFrom('x/**'), reason: fc.constantFrom('ok', '') },
            { requiredKeys: ['rule'] },
          ),
        ),
        suppressions: fc.record(
          { report: fc.boolean(), inline: fc.constantFrom(true, 'no'), baseline: fc.constantFrom('b.json', '') },
          { requiredKeys: [] },
        ),
        limits: fc.record({ maxFileBytes: fc.constantFrom(1, 0, -5, 1.5, 1_000_000) }, { requiredKeys: [] }),
        unknownKey: fc.constant(1),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(doc, (value) => {
        expect(validate(value)).toBe(policySchema.safeParse(value).success);
      }),
      { numRuns: 500 },
    );
  });
});
