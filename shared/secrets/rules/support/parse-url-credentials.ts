/** The parts of `scheme://user:password@host[:port]...` a secret rule needs. */
export interface UrlCredentials {
  /** Lower-cased scheme, with any `+driver` suffix (`postgresql+psycopg2`). */
  readonly scheme: string;
  readonly user: string;
  readonly password: string;
  /** Lower-cased host without port or brackets. */
  readonly host: string;
  /** Offsets of the password inside the URL string. */
  readonly passwordStart: number;
  readonly passwordEnd: number;
}

const URL_SHAPE = /^([A-Za-z][A-Za-z0-9+.-]{0,40}):\/\/([^\s:@/]{0,256}):([^\s@/]{0,512})@(\[[0-9a-fA-F:.]{2,64}\]|[^\s/:?#@]{1,255})/;

/**
 * Splits a URL that carries credentials; `undefined` when it has no `user:password@`.
 * Linear: every part is a bounded run of a character class that excludes the next
 * delimiter.
 */
export function parseUrlCredentials(url: string): UrlCredentials | undefined {
  const m = URL_SHAPE.exec(url);
  if (!m) return undefined;
  const scheme = (m[1] as string).toLowerCase();
  const user = m[2] as string;
  const password = m[3] as string;
  const host = (m[4] as string).replace(/^\[|\]$/g, '').toLowerCase();
  const passwordStart = scheme.length + 3 + user.length + 1;
  return { scheme, user, password, host, passwordStart, passwordEnd: passwordStart + password.length };
}
