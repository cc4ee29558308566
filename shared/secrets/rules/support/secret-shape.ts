import { shannonEntropy } from './shannon-entropy.js';

/** How strict {@link looksRandom} is. */
export interface RandomnessOptions {
  /** Shortest value considered. Default 16. */
  readonly minLength?: number;
  /** Added to the entropy thresholds (bits per character). Default 0. */
  readonly extraEntropy?: number;
}

const URL_LIKE = /^[A-Za-z][A-Za-z0-9+.-]{0,30}:\/\//;
const PATH_LIKE =
  /^(?:\.{0,2}\/|~\/|[A-Za-z]:\\|\\\\)|\.(?:json|pem|key|crt|cer|p12|pfx|jks|txt|ya?ml|env|js|ts|py|sh|toml|ini|cfg|conf|xml|html?|md|png|jpe?g|svg|gz|zip)$/i;
const EMAIL = /^[^@\s]{1,64}@[^@\s]{1,255}\.[A-Za-z]{2,}$/;
const DOTTED_IDENTIFIER = /^[A-Za-z_$][\w$]{0,60}(?:\??\.[A-Za-z_$][\w$]{0,60}){1,10}(?:\(\))?$/;
/** One segment of a property path written by a person: words in any case, a couple of digits at most. */
const WORDY_SEGMENT = /^[A-Za-z_$][a-z_$]*(?:[A-Z]{1,4}[a-z_$]*){0,8}\d{0,2}(?:\(\))?$|^[A-Z][A-Z0-9_]*$/;

/** `config.apiKey`, `settings.STRIPE_KEY`, `os.environ`: a property path, not a token with dots in it. */
function isPropertyPath(value: string): boolean {
  return DOTTED_IDENTIFIER.test(value) && value.split(/\??\./).every((s) => WORDY_SEGMENT.test(s));
}
/** Words (lower-case, Capitalised or UPPER-CASE) joined by separators: `customer-portal-key`, `Orders_API`. */
const WORD_CHAIN = /^(?:[A-Z]?[a-z]{1,15}|[A-Z]{1,16})(?:[-_. /](?:[A-Z]?[a-z]{1,15}|[A-Z]{1,16})){0,12}[-_.]?\d{0,4}$/;
const NUMBER_LIKE = /^[\d.,:+\-eE ]+$|^v?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]{1,30})?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$|^[0-9A-F]+$/;
const CAMEL_WORDS = /^[_$]{0,2}(?:[a-z]{2,}|[A-Z][a-z]{2,})(?:[A-Z][a-z]{2,}){0,8}[_$]{0,2}$/;
/** A regular expression written as a string: classes, escapes, groups, quantifiers. */
const REGEX_LIKE = /\\[dwsbDWSB]|\[[^\]\n]{1,30}\][*+?{]|\(\?[:=!<]|\{\d{1,3}(?:,\d{0,3})?\}|\|[#^\\[(]/g;
/** `data[0].secret`, `items[i].token`: an expression, not a literal. */
const INDEXED_PATH = /^[A-Za-z_$][\w$]{0,40}(?:\[[\w'"]{1,40}\]|\.[A-Za-z_$][\w$]{0,40}){1,10}$/;

/**
 * True for letters that read like an identifier made of words (`invalidUserNameOrPassword`,
 * `platformAuthDOMGetToken`): few capitals and the vowel share of English (random
 * letters have about half capitals and a fifth vowels).
 */
function looksLikeWords(value: string): boolean {
  const letters = value.replace(/[^A-Za-z]/g, '');
  if (letters.length === 0) return false;
  const upper = letters.replace(/[^A-Z]/g, '').length / letters.length;
  const vowels = letters.replace(/[^AEIOUaeiou]/g, '').length / letters.length;
  return upper <= 0.35 && vowels >= 0.28;
}

/** True for a value that is code rather than a credential: a regex source or an indexed property path. */
function looksLikeCode(value: string): boolean {
  if (INDEXED_PATH.test(value) && value.includes('[')) return true;
  const features = value.match(REGEX_LIKE);
  return features !== null && features.length >= 2;
}
const MIME_OR_HEADER = /^(?:application|text|image|audio|video|multipart)\/[\w.+-]{1,60}$/i;

/**
 * True when `value` looks machine-generated: long enough, no whitespace, not a
 * URL, path, e-mail, identifier chain, word chain, number or UUID, several
 * character classes, and Shannon entropy above a threshold that grows with length
 * (hex: 3.0 bits/char; others: 3.0 at 16 characters rising to 3.5 from 24).
 * Values over 1,000 characters count only when they are one base64 blob (up to 10,000).
 */
export function looksRandom(value: string, options: RandomnessOptions = {}): boolean {
  const minLength = options.minLength ?? 16;
  const extra = options.extraEntropy ?? 0;
  // Long values are random-looking only as one base64 blob (an encoded key file or service account).
  if (value.length < minLength || value.length > 10_000 || (value.length > 1000 && !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value))) return false;
  if (/\s/.test(value)) return false;
  if (URL_LIKE.test(value) || PATH_LIKE.test(value) || EMAIL.test(value) || isPropertyPath(value)) return false;
  if (WORD_CHAIN.test(value) || NUMBER_LIKE.test(value) || UUID.test(value) || MIME_OR_HEADER.test(value) || looksLikeCode(value)) return false;
  const lower = /[a-z]/.test(value);
  const upper = /[A-Z]/.test(value);
  const digit = /[0-9]/.test(value);
  const entropy = shannonEntropy(value);
  if (HEX.test(value)) return digit && (lower || upper) && entropy >= 3.0 + extra;
  if (!digit) {
    // Letters only: random strings mix cases irregularly; camelCase identifiers do not.
    if (!(lower && upper) || CAMEL_WORDS.test(value) || looksLikeWords(value) || value.length < 20) return false;
  }
  const classes = Number(lower) + Number(upper) + Number(digit) + Number(/[^A-Za-z0-9]/.test(value));
  if (classes < 2) return false;
  const threshold = (value.length >= 24 ? 3.5 : 3.0 + ((value.length - 16) / 8) * 0.5) + extra;
  return entropy >= threshold;
}

/**
 * True when `value` could be a human-chosen password: 8–200 characters, no
 * whitespace, not a reference, path, URL, identifier chain, or a single-case word,
 * and at least two character classes.
 */
export function looksLikePassword(value: string): boolean {
  if (value.length < 8 || value.length > 200) return false;
  if (/\s/.test(value)) return false;
  if (URL_LIKE.test(value) || PATH_LIKE.test(value) || EMAIL.test(value) || isPropertyPath(value)) return false;
  if (NUMBER_LIKE.test(value) || UUID.test(value) || /^[a-z]+$|^[A-Z]+$/.test(value)) return false;
  // Lower-case words joined by separators (`secret-2-levels`, `orders_svc_v2`) are names, not passwords.
  if (CAMEL_WORDS.test(value) || /^[a-z0-9]+(?:[-_.][a-z0-9]+)+$/.test(value) || looksLikeCode(value)) return false;
  // Letters only and reading like words: an identifier or a message key (`invalidUserNameOrPassword`).
  if (/^[A-Za-z_]+$/.test(value) && looksLikeWords(value)) return false;
  const classes = Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
  return classes >= 2;
}
