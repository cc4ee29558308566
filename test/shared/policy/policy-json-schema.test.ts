import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
    const undocumented: string[] = [];
    const visit = (node: unknown, path: string): void => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object') {
        for (const [key, value] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          if (typeof value.description !== 'string' || value.description.length === 0) undocumented.push(`${path}.${key}`);
          visit(value, `${path}.${key}`);
        }
      }
      for (const key of ['items', 'additionalProperties']) visit(record[key], `${path}[]`);
    };
    visit(policyJsonSchema(), '');
    expect(undocumented).toEqual([]);
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
        allow: fc.array(fc.record({ rule: fc.constantFrom('secrets/*', ''), path: fc.constantFrom('x/**'), reason: fc.constantFrom('ok', '') }, { requiredKeys: ['rule'] })),
        suppressions: fc.record({ report: fc.boolean(), inline: fc.constantFrom(true, 'no'), baseline: fc.constantFrom('b.json', '') }, { requiredKeys: [] }),
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
