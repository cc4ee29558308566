import type { RuleMeta } from '../model/rule.js';
import type { FileKind } from './file-kind.js';

/** A file as a detector sees it. */
export interface ScannedFile {
  readonly path: string;
  readonly text: string;
  readonly kind: FileKind;
}

/**
 * A possible secret. `value` is raw and never leaves the secrets analyzer: the
 * analyzer filters, masks and drops it before building a finding.
 */
export interface SecretCandidate {
  readonly ruleId: string;
  readonly messageId: string;
  /** Offsets of the secret value itself in the file. */
  readonly start: number;
  readonly end: number;
  readonly value: string;
  /** Non-secret message data (a key name, a vendor, a URL scheme). */
  readonly data?: Readonly<Record<string, string>>;
  /** The name the value is assigned to, when known (`apiKey`, `STRIPE_KEY`). */
  readonly keyName?: string;
  /**
   * Lower wins when two candidates overlap: vendor-specific rules use 10,
   * structural rules (URLs, private keys) 20, the generic assignment rule 90.
   */
  readonly priority?: number;
}

/** A secret detector: a declared rule plus a pure function over one file. */
export interface SecretDetector {
  readonly rule: RuleMeta;
  /**
   * Lower-case substrings of which at least one must occur in the lower-cased
   * text for `detect` to be worth running (a cheap pre-filter). Omit to always run.
   */
  readonly keywords?: readonly string[];
  detect(file: ScannedFile): Iterable<SecretCandidate>;
}
