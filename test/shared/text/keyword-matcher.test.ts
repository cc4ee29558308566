import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECRET_DETECTORS } from '../../../shared/secrets/rules/index.js';
import { createKeywordMatcher } from '../../../shared/text/keyword-matcher.js';

/** What the matcher must return: `includes`, keyword by keyword. */
const byIncludes = (keywords: readonly string[], text: string): number[] => keywords.map((k) => (text.includes(k) ? 1 : 0));

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function secretsFixtureTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(readFileSync(path, 'utf8'));
    }
  };
  for (const dir of ['shared/secrets/fixtures', 'corpus/holdout/files']) walk(join(ROOT, dir));
  return out;
}

describe('createKeywordMatcher', () => {
  it('finds overlapping, nested and repeated keywords in one pass', () => {
    const m = createKeywordMatcher(['sk', 'sk-', 'sk-ant-', 'key', 'ey', 'k', 'absent', 'sk']);
    expect(m.keywords).toEqual(['sk', 'sk-', 'sk-ant-', 'key', 'ey', 'k', 'absent']);
    expect([...m.find('a sk-ant-x hey')]).toEqual([1, 1, 1, 0, 1, 1, 0]);
    expect([...m.find('')]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect([...m.find('ke\u00e9y k\u212aey')]).toEqual([0, 0, 0, 0, 1, 1, 0]);
  });

  it('refuses empty and non-ASCII keywords', () => {
    expect(() => createKeywordMatcher([''])).toThrow();
    expect(() => createKeywordMatcher(['clé'])).toThrow();
  });

  it('equals includes() for any keywords and text (small alphabet, so keywords overlap often; non-ASCII in the text)', () => {
    const char = fc.constantFrom('a', 'b', 'c', '-', '_');
    const keyword = fc.array(char, { minLength: 1, maxLength: 5 }).map((cs) => cs.join(''));
    const textChar = fc.oneof(char, fc.constantFrom('\u00e9', '\u212a', '\ud83d', 'A', '\n'));
    fc.assert(
      fc.property(fc.uniqueArray(keyword, { minLength: 1, maxLength: 12 }), fc.array(textChar, { maxLength: 60 }), (keywords, chars) => {
        const text = chars.join('');
        const m = createKeywordMatcher(keywords);
        expect([...m.find(text)]).toEqual(byIncludes(m.keywords, text));
        expect(m.any(text)).toBe(m.keywords.some((k) => text.includes(k)));
      }),
      { numRuns: 3000 },
    );
  });

  it("equals includes() for the secret detectors' keywords on every secrets fixture and held-out file", () => {
    const keywords = [...new Set(SECRET_DETECTORS.flatMap((d) => d.keywords ?? []))];
    const m = createKeywordMatcher(keywords);
    for (const text of secretsFixtureTexts()) {
      const lower = text.toLowerCase();
      expect([...m.find(lower)]).toEqual(byIncludes(m.keywords, lower));
    }
  });
});
