import { hasValidCrc32Checksum } from './token-checksum.js';

interface VendorFormat {
  /** What a value starts with to be this vendor's token. */
  readonly prefix: RegExp;
  /** The whole token: a value with the prefix but not this shape is not the vendor's token. */
  readonly format: RegExp;
  /** Further check on a well-shaped token (a checksum). */
  readonly valid?: (value: string) => boolean;
}

const afterUnderscore = (v: string): string => v.slice(v.indexOf('_') + 1);

/**
 * Documented token formats. Sources: GitHub's token-format post (prefix, 30 base62 +
 * 6-char CRC-32 checksum), npm's granular tokens (same scheme), Anthropic's key
 * format (`sk-ant-api03-` + 93 + `AA`), Slack's token types
 * (https://api.slack.com/concepts/token-types), Sentry's auth tokens (`sntryu_` +
 * 64 hex; org tokens `sntrys_` + base64 JSON), HashiCorp Vault's token prefixes.
 */
const FORMATS: readonly VendorFormat[] = [
  { prefix: /^gh[pousr]_/, format: /^gh[pousr]_[A-Za-z0-9]{36}$/, valid: (v) => hasValidCrc32Checksum(afterUnderscore(v)) },
  { prefix: /^github_pat_/, format: /^github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}$/ },
  { prefix: /^npm_/, format: /^npm_[A-Za-z0-9]{36}$/, valid: (v) => hasValidCrc32Checksum(afterUnderscore(v)) },
  { prefix: /^sk-ant-(?:api|admin)\d\d-/, format: /^sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{93}AA$/ },
  { prefix: /^sk-ant-oat\d\d-/, format: /^sk-ant-oat\d\d-[A-Za-z0-9_-]{80,120}$/ },
  { prefix: /^xoxb-/, format: /^xoxb-(?:\d{8,13}-){1,2}[A-Za-z0-9-]{20,40}$/ },
  { prefix: /^xox[pe]-/, format: /^xox[pe]-(?:\d{10,13}-){3}[A-Za-z0-9]{28,34}$|^xoxe-\d-[A-Za-z0-9]{140,150}$/ },
  { prefix: /^xox[os]-/, format: /^xox[os]-\d{6,13}-\d{6,13}-\d{6,13}-[A-Fa-f0-9]{6,64}$/ },
  { prefix: /^xoxa-/, format: /^xoxa-(?:\d-)?[A-Za-z0-9-]{20,80}$/ },
  { prefix: /^xoxe\.xox[bp]-/, format: /^xoxe\.xox[bp]-\d-[A-Za-z0-9]{160,170}$/ },
  { prefix: /^sntryu_/, format: /^sntryu_[a-f0-9]{64}$/ },
  { prefix: /^sntrys_/, format: /^sntrys_eyJ[A-Za-z0-9+/=_-]{40,400}$/ },
  { prefix: /^hvs\./, format: /^hvs\.[A-Za-z0-9_-]{90,120}$|^hvs\.[A-Za-z0-9_-]{24}$/ },
  { prefix: /^hvb\./, format: /^hvb\.[A-Za-z0-9_-]{138,300}$/ },
  { prefix: /^HRKU-/, format: /^HRKU-AA[A-Za-z0-9_-]{58}$/ },
  { prefix: /^dckr_pat_/, format: /^dckr_pat_[A-Za-z0-9_-]{27}$/ },
];

/**
 * `'invalid-format'` when `value` starts with a vendor's token prefix but is not
 * that vendor's token (wrong length, alphabet or suffix, or a failed checksum):
 * a near-miss no vendor would issue, which neither the vendor rule nor a
 * name-based rule should report. `undefined` otherwise (including values with no
 * known prefix).
 */
export function vendorFormatReason(value: string): 'invalid-format' | undefined {
  for (const f of FORMATS) {
    if (!f.prefix.test(value)) continue;
    if (!f.format.test(value) || (f.valid !== undefined && !f.valid(value))) return 'invalid-format';
    return undefined;
  }
  return undefined;
}
