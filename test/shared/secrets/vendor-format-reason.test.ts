import { describe, expect, it } from 'vitest';
import { vendorFormatReason } from '../../../shared/secrets/rules/support/vendor-format-reason.js';
import { base62, crc32, hasValidCrc32Checksum } from '../../../shared/secrets/rules/support/token-checksum.js';
import { fakeChecksummedToken } from '../../support/fake-checksummed-token.js';

describe('token checksum', () => {
  it('computes CRC-32 (IEEE) and zero-padded base62', () => {
    expect(crc32('123456789')).toBe(0xcbf43926);
    expect(base62(0)).toBe('000000');
    expect(base62(61)).toBe('00000z');
    expect(base62(62)).toBe('000010');
  });

  it('accepts a body whose last 6 characters are the checksum of the rest, and nothing else', () => {
    const token = fakeChecksummedToken('ghp_');
    expect(hasValidCrc32Checksum(token.slice(4))).toBe(true);
    const last = token.slice(-1);
    expect(hasValidCrc32Checksum(token.slice(4, -1) + (last === 'A' ? 'B' : 'A'))).toBe(false);
  });
});

describe('vendorFormatReason', () => {
  it('passes well-formed GitHub and npm tokens and rejects a checksum mismatch', () => {
    for (const prefix of ['ghp_', 'gho_', 'ghs_', 'npm_']) {
      const token = fakeChecksummedToken(prefix);
      expect(vendorFormatReason(token)).toBeUndefined();
      expect(vendorFormatReason(token.slice(0, -6) + (token.endsWith('000000') ? '000001' : '000000'))).toBe('invalid-format');
      expect(vendorFormatReason(token.slice(0, -1))).toBe('invalid-format');
    }
  });

  it('rejects Anthropic keys of the wrong length or suffix', () => {
    const body = 'Ab3'.repeat(31);
    expect(vendorFormatReason('sk-' + 'ant-api03-' + body + 'AA')).toBeUndefined();
    expect(vendorFormatReason('sk-' + 'ant-api03-' + body + 'BB')).toBe('invalid-format');
    expect(vendorFormatReason('sk-' + 'ant-api03-' + body.slice(0, 60) + 'AA')).toBe('invalid-format');
  });

  it('rejects Slack tokens with short ids or a non-token tail', () => {
    expect(vendorFormatReason('xo' + 'xp-1234-1234-1234-529d2c995fdc52365e03da7dc14be52e')).toBe('invalid-format');
    expect(vendorFormatReason('xo' + 'xe.xoxp-1-initial')).toBe('invalid-format');
    expect(vendorFormatReason('xo' + 'xo-indieweb-1')).toBe('invalid-format');
    expect(vendorFormatReason('xo' + 'xb-1234567890123-1234567890123-' + 'aB3dE5fG7hJ9kL1mN3pQ5rS7')).toBeUndefined();
  });

  it('leaves values without a known prefix alone', () => {
    expect(vendorFormatReason('Zq8Lm2Vx9Np3Rw7Bc1Hd6Jf0Ys5Ga4Kt')).toBeUndefined();
  });
});
