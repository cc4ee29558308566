import { hasVendorPrefix, maskSecret } from '../secrets/mask-secret.js';
import { SECRET_DETECTORS } from '../secrets/rules/index.js';
import { looksRandom } from '../secrets/rules/support/secret-shape.js';

/** Longest quote an error message carries by default, in characters (after masking). */
const DEFAULT_MAX_LENGTH = 40;
/** Text longer than this is not scanned; only its first part could be quoted anyway. */
const SCAN_LIMIT = 2048;
/** Words: what a quote is split into to check each for a credential's shape. */
const WORD = /[^\s"'`,;:=()[\]{}<>|]+/g;
/** A name a person would write: an identifier, a rule id, a glob-ish key. */
const PLAIN_NAME = /^[A-Za-z_][\w./*-]{0,40}$/;

/**
 * Makes text taken from a file (or from an exception that may embed file text)
 * safe to put in an error message, the way a finding shows a secret:
 *
 * - every span a secret detector finds is replaced by its {@link maskSecret} form;
 * - every word that starts with a vendor token prefix or looks machine-generated
 *   (high entropy) is masked the same way;
 * - the result is cut to `maxLength` characters (default 40), ending in `…`.
 *
 * Every error path that must mention file content goes through this (or
 * {@link nameSafely}); none quotes file text directly.
 */
export function quoteSafely(text: string, maxLength = DEFAULT_MAX_LENGTH): string {
  const scanned = text.slice(0, SCAN_LIMIT).replace(/[\r\n\t]+/g, ' ');
  const spans: { start: number; end: number; value: string }[] = [];
  const file = { path: 'error-message.txt', text: scanned, kind: 'other' as const };
  const lower = scanned.toLowerCase();
  for (const detector of SECRET_DETECTORS) {
    if (detector.keywords && !detector.keywords.some((k) => lower.includes(k))) continue;
    try {
      for (const c of detector.detect(file)) spans.push({ start: c.start, end: c.end, value: c.value });
    } catch {
      // A detector that fails on odd text must not turn an error message into a crash.
    }
  }
  for (const m of scanned.matchAll(WORD)) {
    const word = m[0];
    // `*ghp_…` (an alias), `&…` (an anchor): judge the word without leading punctuation.
    const core = word.replace(/^[^A-Za-z0-9]+/, '');
    if ([word, core].some((w) => hasVendorPrefix(w) || looksRandom(w, { minLength: 12 })))
      spans.push({ start: m.index, end: m.index + word.length, value: word });
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += scanned.slice(at, s.start) + maskSecret(s.value);
    at = s.end;
  }
  out += scanned.slice(at);
  const limit = Math.max(1, maxLength);
  return out.length > limit || text.length > SCAN_LIMIT ? `${out.slice(0, limit)}…` : out;
}

/**
 * Returns `name` when it is safe to name in a message — a plausible identifier
 * (letters, digits, `_ . / * -`, at most 41 characters) in which no secret
 * detector finds anything and that does not look machine-generated — and
 * `undefined` otherwise, so the caller says "an unknown key" (with its position).
 */
export function nameSafely(name: string): string | undefined {
  if (!PLAIN_NAME.test(name)) return undefined;
  if (hasVendorPrefix(name) || looksRandom(name, { minLength: 12 })) return undefined;
  return quoteSafely(name, name.length) === name ? name : undefined;
}
