import { describe, expect, it } from 'vitest';
import { globMatcher } from '../../../shared/policy/glob-matcher.js';

describe('globMatcher', () => {
  it('matches dotfiles, compiles a list once and tells lists and case modes apart', () => {
    const match = globMatcher(['**/*.env', 'docs/**']);
    expect(match('.env')).toBe(true);
    expect(match('app/.config/x.env')).toBe(true);
    expect(match('docs/a/b.md')).toBe(true);
    expect(match('src/a.ts')).toBe(false);
    // The same list (another array) is the same compiled matcher.
    expect(globMatcher(['**/*.env', 'docs/**'])).toBe(match);
    expect(globMatcher(['docs/**', '**/*.env'])).not.toBe(match);
    expect(globMatcher(['EU-*'])('eu-west-1')).toBe(false);
    expect(globMatcher(['EU-*'], { nocase: true })('eu-west-1')).toBe(true);
  });

  it('an empty list matches nothing', () => {
    expect(globMatcher([])('anything')).toBe(false);
  });
});
