import { describe, expect, it } from 'vitest';

// Unit tests for a helper that formats CSS scope ids; nothing to do with OAuth.
describe('scopeId', () => {
  it('prefixes the scope', () => {
    const scope = 'data-v-1234';
    expect({ scope }).toEqual({ scope: 'data-v-1234' });
  });
});
