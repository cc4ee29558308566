import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accessJsonSchema } from '../../../shared/access/access-json-schema.js';
import { undocumentedKeys } from '../policy/undocumented-keys.js';

describe('access lock JSON Schema', () => {
  it('the committed schema is the one the zod schema generates (run `npm run schema` to update)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../../schema/tollgate-access.schema.json', import.meta.url), 'utf8')) as unknown;
    expect(committed).toEqual(accessJsonSchema());
  });

  it('documents every key', () => {
    expect(undocumentedKeys(accessJsonSchema())).toEqual([]);
  });
});
