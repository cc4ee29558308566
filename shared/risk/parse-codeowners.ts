import { quoteSafely } from '../text/quote-safely.js';
import picomatch from 'picomatch';

/** One rule of a CODEOWNERS file. */
export interface CodeownersRule {
  readonly pattern: string;
  /** `@user`, `@org/team` or an e-mail address, as written. Empty: the path has no owner. */
  readonly owners: readonly string[];
  /** 1-based line. */
  readonly line: number;
}

/** A line that could not be read as a rule, and why. */
export interface CodeownersProblem {
  readonly line: number;
  readonly message: string;
}

/** A parsed CODEOWNERS file with a matcher. */
export interface Codeowners {
  readonly rules: readonly CodeownersRule[];
  readonly problems: readonly CodeownersProblem[];
  /** The rule that decides `path`'s owners (the last matching one), if any. */
  readonly ruleFor: (path: string) => CodeownersRule | undefined;
}

/** The places GitHub looks for CODEOWNERS, in its order. */
export const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const;

const OWNER = /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9][A-Za-z0-9._-]*)?|[^@\s]+@[^@\s]+\.[^@\s]+)$/;

/**
 * Parses a CODEOWNERS file with GitHub's semantics
 * (https://docs.github.com/en/repositories/managing-your-repositorys-settings-and-features/customizing-your-repository/about-code-owners):
 * one pattern and its owners per line, `#` comments, gitignore-style patterns
 * (a leading `/` or a `/` inside anchors the pattern at the root; a pattern with no
 * `/` matches at any depth; a trailing `/` matches a directory's contents; `*` does
 * not cross `/`, `**` does), and the **last** matching line wins. A line with a
 * pattern and no owners leaves matching paths without an owner. `!` negation and
 * `[ ]` ranges are not supported by GitHub and are reported. Pure.
 */
export function parseCodeowners(text: string): Codeowners {
  const rules: CodeownersRule[] = [];
  const problems: CodeownersProblem[] = [];
  const matchers: ((path: string) => boolean)[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const content = raw
      .replace(/\r$/, '')
      .replace(/(^|\s)#.*$/, '')
      .trim();
    if (content === '') return;
    const [pattern = '', ...owners] = content
      .replace(/\\ /g, '\u0000')
      .split(/\s+/)
      .map((p) => p.replace(/\u0000/g, ' '));
    if (pattern.startsWith('!') || /\[[^\]]*\]/.test(pattern)) {
      problems.push({
        line,
        message: `pattern "${quoteSafely(pattern, 60)}" uses ${pattern.startsWith('!') ? '`!` negation' : '`[ ]` ranges'}, which GitHub does not support; the line is ignored`,
      });
      return;
    }
    const bad = owners.filter((o) => !OWNER.test(o));
    if (bad.length > 0) {
      problems.push({
        line,
        message: `"${quoteSafely(bad[0] ?? '')}" is not an owner (use \`@user\`, \`@org/team\` or an e-mail address); the line is ignored`,
      });
      return;
    }
    rules.push({ pattern, owners, line });
    matchers.push(compile(pattern));
  });
  return {
    rules,
    problems,
    ruleFor: (path) => {
      for (let i = rules.length - 1; i >= 0; i--) if (matchers[i]?.(path)) return rules[i];
      return undefined;
    },
  };
}

function compile(pattern: string): (path: string) => boolean {
  let p = pattern;
  const dirOnly = p.endsWith('/');
  if (dirOnly) p = p.replace(/\/+$/, '');
  const anchored = p.startsWith('/') || p.includes('/');
  p = p.replace(/^\/+/, '');
  if (p === '' || p === '*' || p === '**') return () => true;
  const base = anchored ? p : `**/${p}`;
  // `docs/*` matches files directly in docs/ only (GitHub's documented example);
  // a name without a wildcard also matches everything below it as a directory.
  const last = p.slice(p.lastIndexOf('/') + 1);
  const globs = dirOnly ? [`${base}/**`] : last.includes('*') && last !== '**' ? [base] : [base, `${base}/**`];
  const match = picomatch(globs, { dot: true });
  return (path) => match(path);
}
