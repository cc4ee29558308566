import picomatch from 'picomatch';
import { z } from 'zod';

/** True when `source` compiles as a JavaScript regular expression (no flags). */
function compilesAsRegExp(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}

/** True when picomatch can compile `glob`; otherwise it silently matches nothing. */
function compilesAsGlob(glob: string): boolean {
  try {
    picomatch.makeRe(glob, { dot: true, debug: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Pattern-bearing policy values, checked where the policy is validated: an
 * invalid regular expression or glob is a policy error with file, line and key,
 * never an entry that is silently dropped (or silently matches nothing) at run time.
 * The messages never quote the pattern.
 */
export const patternStrings = {
  /** A JavaScript regular expression. */
  regExp: () => z.string().min(1).refine(compilesAsRegExp, { message: 'is not a valid regular expression (JavaScript syntax)' }),
  /** A picomatch glob. */
  glob: () => z.string().min(1).refine(compilesAsGlob, { message: 'is not a valid glob (picomatch syntax; check brackets and braces)' }),
};
