import { base62, crc32 } from '../../shared/secrets/rules/support/token-checksum.js';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random, fake token in GitHub's / npm's format: `prefix` (`ghp_`, `gho_`, `npm_`…)
 * + 30 random base62 characters + the 6-character base62 CRC-32 of those 30, so it
 * passes the analyzer's checksum check. Made at run time; never a real token.
 */
export function fakeChecksummedToken(prefix: string): string {
  let body = '';
  for (let i = 0; i < 30; i++) body += ALNUM[Math.floor(Math.random() * ALNUM.length)];
  return `${prefix}${body}${base62(crc32(body))}`;
}
