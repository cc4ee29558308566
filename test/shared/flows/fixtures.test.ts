import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runReview } from '../../../shared/engine/run-review.js';
import { flowsAnalyzer } from '../../../shared/flows/flows-analyzer.js';
import { parsePolicy } from '../../../shared/policy/parse-policy.js';
import { DEFAULT_POLICY } from '../../../shared/policy/policy-schema.js';
import type { FlowsData } from '../../../shared/flows/flows-analyzer.js';
import { parseMermaid } from './mermaid-parse.js';

/**
 * Fixture folders: `ng.<case>/` must produce exactly the findings in its
 * `expected.json` (`[{path, line, ruleId}]`, 1-based lines); `ok.<case>/` none.
 * A case's `.github/tollgate.yml`, when present, is its policy.
 * `UPDATE_FIXTURES=1 npx vitest run test/shared/flows/fixtures.test.ts` rewrites the
 * expectations from the current output; read the diff before committing it.
 */
const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const update = process.env.UPDATE_FIXTURES === '1';

interface Expected {
  path: string;
  line: number;
  ruleId: string;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** Runs the flows analyzer over a fixture folder with its policy. */
export async function runFixture(dir: string) {
  const head = new Map<string, string>();
  for (const full of filesUnder(dir)) {
    const path = relative(dir, full).split('\\').join('/');
    if (path !== 'expected.json') head.set(path, readFileSync(full, 'utf8'));
  }
  const policyText = head.get('.github/tollgate.yml');
  const parsed = policyText === undefined ? undefined : parsePolicy(policyText, '.github/tollgate.yml');
  if (parsed && !parsed.ok) throw new Error(`fixture policy invalid: ${JSON.stringify(parsed.errors)}`);
  return runReview({ head, policy: parsed?.ok ? parsed.policy : DEFAULT_POLICY, analyzers: [flowsAnalyzer] });
}

const cases = readdirSync(FIXTURES).filter((d) => /^(?:ng|ok)\./.test(d)).sort();

describe('flows fixtures', () => {
  it('has ng and ok cases', () => {
    expect(cases.some((c) => c.startsWith('ng.'))).toBe(true);
    expect(cases.some((c) => c.startsWith('ok.'))).toBe(true);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(FIXTURES, name);
      const result = await runFixture(dir);
      const actual: Expected[] = result.findings
        .map((f) => ({ path: f.path, line: f.location.startLine, ruleId: f.ruleId }))
        .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));
      expect(result.findings.filter((f) => f.ruleId === 'tollgate/analyzer-failed')).toEqual([]);
      await parseMermaid((result.data.flows as FlowsData).diagram.mermaid);
      const file = join(dir, 'expected.json');
      if (name.startsWith('ok.')) {
        expect(actual).toEqual([]);
        return;
      }
      if (update) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
      expect(existsSync(file), `${name}/expected.json is missing`).toBe(true);
      expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')) as Expected[]);
    });
  }
});
