import picomatch from 'picomatch';

/** Compiled matchers by their globs; a policy's few glob lists are compiled once, not on every review. */
const compiled = new Map<string, (path: string) => boolean>();
/** Distinct glob lists kept compiled (a process reviews under a handful of policies). */
const MAX_COMPILED = 256;

/**
 * A test for repository-relative paths against picomatch `globs` (dotfiles included),
 * compiled once per distinct list and reused: the history scan and the App run many
 * reviews under one policy, and compiling its globs was a measurable share of each.
 * An empty list matches nothing. `nocase` matches regardless of case.
 */
export function globMatcher(globs: readonly string[], options: { nocase?: boolean } = {}): (path: string) => boolean {
  if (globs.length === 0) return () => false;
  const nocase = options.nocase === true;
  const key = `${nocase ? 'i' : 's'}\0${globs.join('\0')}`;
  let match = compiled.get(key);
  if (!match) {
    if (compiled.size >= MAX_COMPILED) compiled.delete(compiled.keys().next().value as string);
    match = picomatch([...globs], { dot: true, nocase });
    compiled.set(key, match);
  }
  return match;
}
