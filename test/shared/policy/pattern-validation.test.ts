import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../shared/policy/parse-policy.js';
import { DEFAULT_POLICY, type Policy } from '../../../shared/policy/policy-schema.js';
import { runReview } from '../../../shared/engine/run-review.js';
import { secretsAnalyzer } from '../../../shared/secrets/secrets-analyzer.js';

const FILE = '.github/tollgate.yml';

function errorOf(text: string) {
  const result = parsePolicy(text, FILE);
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.errors[0];
}

describe('pattern-bearing policy keys are validated', () => {
  it('an invalid allow.match regex is a positioned policy error', () => {
    const error = errorOf('allow:\n  - rule: "secrets/*"\n    match: "(unclosed"\n    reason: fixtures\n');
    expect(error).toMatchObject({ file: FILE, line: 3, key: 'allow.0.match' });
  });

  it.each([
    ['ignore.1', 'ignore:\n  - "docs/**"\n  - "a/[z-a]"\n', 3],
    ['allow.0.path', 'allow:\n  - path: "src/**/*.{js"\n    reason: x\n', 2],
    ['risk.conditions.docs.paths.0', 'risk:\n  conditions:\n    docs:\n      paths: ["a/[z-a]"]\n', 4],
    ['flows.euRegions.0', 'flows:\n  euRegions: ["eu-[z-a]"]\n', 2],
  ])('an invalid glob at %s is a positioned policy error', (key, text, line) => {
    expect(errorOf(text)).toMatchObject({ key, line });
  });

  it('valid patterns pass', () => {
    expect(parsePolicy('allow:\n  - match: "^sk_test_"\n    path: "test/**"\n    reason: x\nignore: ["vendor/**", "*.md"]\n', FILE).ok).toBe(true);
  });

  it('a policy that bypassed the schema fails the secrets analyzer loudly, not silently', async () => {
    const policy: Policy = { ...DEFAULT_POLICY, allow: [{ match: '(', reason: 'x' }] };
    const result = await runReview({ head: new Map([['a.txt', 'hello']]), policy, analyzers: [secretsAnalyzer] });
    expect(result.findings.map((f) => f.ruleId)).toContain('tollgate/analyzer-failed');
  });
});
