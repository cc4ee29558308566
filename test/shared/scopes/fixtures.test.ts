import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runScopesFixture } from './run-scopes-fixture.js';

/**
 * Fixture folders: `ng.<case>/` must produce exactly the findings in its
 * `expected.json` (`[{path, line, ruleId}]`, 1-based lines); `ok.<case>/` none.
 * A folder with `base/` and `head/` is reviewed as a change. Regenerate with
 * `UPDATE_FIXTURES=1 npx vitest run test/shared/scopes/fixtures.test.ts`, then read the diff.
 */
const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(FIXTURES).filter((d) => /^(?:ng|ok)\./.test(d)).sort();

interface Expected {
  path: string;
  line: number;
  ruleId: string;
}

describe('scopes fixtures', () => {
  it('has ng and ok cases', () => {
    expect(cases.filter((c) => c.startsWith('ng.')).length).toBeGreaterThan(3);
    expect(cases.filter((c) => c.startsWith('ok.')).length).toBeGreaterThan(1);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(FIXTURES, name);
      const result = await runScopesFixture(dir);
      const actual: Expected[] = result.findings.map((f) => ({ path: f.path, line: f.location.startLine, ruleId: f.ruleId }));
      expect(result.findings.filter((f) => f.ruleId === 'tollgate/analyzer-failed')).toEqual([]);
      if (name.startsWith('ok.')) {
        expect(actual).toEqual([]);
        return;
      }
      const file = join(dir, 'expected.json');
      if (update) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')) as Expected[]);
    });
  }
});
