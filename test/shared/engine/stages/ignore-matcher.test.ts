import { describe, expect, it } from 'vitest';
import { ignoreMatcher } from '../../../../shared/engine/stages/ignore-matcher.js';
import { policy } from './stage-helpers.js';

describe('ignoreMatcher', () => {
  it('matches nothing without ignore globs', () => {
    expect(ignoreMatcher(policy())('vendor/x.ts')).toBe(false);
  });

  it('matches the globs, dotfiles included', () => {
    const isIgnored = ignoreMatcher(policy({ ignore: ['vendor/**'] }));
    expect(isIgnored('vendor/.env')).toBe(true);
    expect(isIgnored('src/a.ts')).toBe(false);
  });
});
