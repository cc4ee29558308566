const CRC_TABLE: readonly number[] = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE 802.3, as zlib) of an ASCII string, as an unsigned 32-bit number. */
export function crc32(ascii: string): number {
  let c = 0xffffffff;
  for (let i = 0; i < ascii.length; i++) c = (CRC_TABLE[(c ^ ascii.charCodeAt(i)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `n` in base 62 (`0-9A-Za-z`), left-padded with `0` to `width` characters. */
export function base62(n: number, width = 6): string {
  let s = '';
  let x = n;
  do {
    s = BASE62[x % 62] + s;
    x = Math.floor(x / 62);
  } while (x > 0);
  return s.padStart(width, '0');
}

/**
 * True when a GitHub-style token body carries a valid checksum: its last 6
 * characters are the base62 CRC-32 of the characters before them. GitHub's
 * `ghp_`/`gho_`/`ghu_`/`ghs_`/`ghr_` tokens (30 random + 6 checksum, after the
 * prefix) and npm's `npm_` tokens use this scheme
 * (https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/).
 * `body` is the token without its prefix.
 */
export function hasValidCrc32Checksum(body: string): boolean {
  if (body.length <= 6) return false;
  const random = body.slice(0, -6);
  return base62(crc32(random)) === body.slice(-6);
}
