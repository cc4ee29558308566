import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskSecret } from '../../../shared/secrets/mask-secret.js';

describe('maskSecret', () => {
  it('shows only a public vendor prefix', () => {
    expect(maskSecret(`sk_live_${'a1B2'.repeat(6)}`)).toBe('sk_live_************');
    expect(maskSecret(`ghp_${'x9Y8'.repeat(9)}`)).toBe('ghp_************');
    expect(maskSecret('postgres://app:Sup3r.S3cret~@db.prod.example.com/app')).toBe('postgres://************');
  });

  it('fully masks passwords and generic values', () => {
    expect(maskSecret('CorrectHorseBatteryStaple')).toBe('************');
    expect(maskSecret('hunter2')).toBe('*******');
    expect(maskSecret('ab')).toBe('****');
  });

  it('never reveals more than the prefix, nor any run of 3+ characters outside it', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 80 }), (value) => {
        const masked = maskSecret(value);
        const shown = masked.replace(/\*+$/, '');
        expect(value.startsWith(shown)).toBe(true);
        expect(shown.length * 2).toBeLessThanOrEqual(value.length);
      }),
    );
  });
});
