import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runReview } from '../../../shared/engine/run-review.js';
import { DEFAULT_POLICY } from '../../../shared/policy/policy-schema.js';
import { riskAnalyzer } from '../../../shared/risk/risk-analyzer.js';

/** `ng.<case>/` must produce exactly the findings in `expected.json`; `ok.<case>/` none. */
const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe('risk fixtures', () => {
  for (const name of readdirSync(FIXTURES).filter((d) => /^(?:ng|ok)\./.test(d)).sort()) {
    it(name, async () => {
      const dir = join(FIXTURES, name);
      const head = new Map<string, string>();
      for (const full of filesUnder(dir)) {
        const path = relative(dir, full).split('\\').join('/');
        if (path !== 'expected.json') head.set(path, readFileSync(full, 'utf8'));
      }
      const result = await runReview({ head, policy: DEFAULT_POLICY, analyzers: [riskAnalyzer] });
      const got = result.findings.map((f) => ({ path: f.path, line: f.location.startLine, ruleId: f.ruleId }));
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as unknown[];
      expect(got).toEqual(expected);
      if (name.startsWith('ok.')) expect(got).toEqual([]);
    });
  }
});
