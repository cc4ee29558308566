/**
 * Vendor prefixes that are public by design (they name the kind of key, not the
 * key): showing them tells a reviewer what leaked without revealing any of it.
 */
const VENDOR_PREFIXES = String.raw`sk-ant-(?:api|admin)\d\d-|sk-proj-|sk-svcacct-|sk_live_|sk_test_|rk_live_|rk_test_|whsec_|github_pat_|gh[pousr]_|glpat-|xox[abposre]-|xapp-|AKIA|ASIA|AIza|GOCSPX-|SG\.|pat-(?:na|eu)\d-|hf_|npm_|ops_|lin_api_|shpat_|shpss_|shpca_|shppa_`;
const PUBLIC_PREFIX = new RegExp(`^(?:${VENDOR_PREFIXES}|[a-z][a-z0-9+.-]{1,20}:\\/\\/)`);
const VENDOR_PREFIX = new RegExp(`^(?:${VENDOR_PREFIXES})`);

/**
 * True when `value` starts with a vendor's token prefix (`ghp_`, `sk_live_`, `AKIA`...)
 * and has at least 8 more characters: it reads as a credential, whatever its entropy.
 */
export function hasVendorPrefix(value: string): boolean {
  const prefix = VENDOR_PREFIX.exec(value)?.[0];
  return prefix !== undefined && value.length - prefix.length >= 8;
}

/**
 * Masks a secret for display: shows only a public vendor prefix when the value
 * starts with one (`sk_live_`, `ghp_`, `AKIA`, a URL scheme), and never more than
 * half of the value; every other character becomes `*`, capped at 12 so the length
 * is not revealed exactly. Passwords and generic values are fully masked.
 *
 * Every finding, message, log line and report shows secrets only through this.
 */
export function maskSecret(value: string): string {
  const prefix = PUBLIC_PREFIX.exec(value)?.[0] ?? '';
  const shown = prefix.length * 2 <= value.length ? prefix : '';
  return `${shown}${'*'.repeat(Math.min(12, Math.max(4, value.length - shown.length)))}`;
}
