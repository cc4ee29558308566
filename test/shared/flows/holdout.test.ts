import { readdirSync, readFileSync, statSync } from 'node:fs';
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
 * Held-out check: example repositories written before the rules were tuned, kept
 * apart from the fixtures. In `ng.*` every planted violation carries a marker
 * `PLANT(<rule-id>)` on its line (or is listed in `unmarked-expected.json` where the
 * format has no comments); each must be reported on exactly that line, and nothing
 * else. The `ok.*` counterparts (the same repositories, fixed) must give no finding.
 */
const HOLDOUT = join(fileURLToPath(new URL('.', import.meta.url)), 'holdout');
const MARKER = /PLANT\((flows\/[a-z-]+)\)/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const repos = readdirSync(HOLDOUT)
  .filter((d) => /^(?:ng|ok)\./.test(d))
  .sort();

describe('held-out example repositories', () => {
  it('has planted and clean repositories in pairs', () => {
    const ng = repos.filter((r) => r.startsWith('ng.')).map((r) => r.slice(3));
    const ok = repos.filter((r) => r.startsWith('ok.')).map((r) => r.slice(3));
    expect(ng.length).toBeGreaterThanOrEqual(3);
    expect(ok).toEqual(ng);
  });

  for (const repo of repos) {
    it(repo, async () => {
      const dir = join(HOLDOUT, repo);
      const head = new Map<string, string>();
      const expected: string[] = [];
      for (const full of filesUnder(dir)) {
        const path = relative(dir, full).split('\\').join('/');
        const text = readFileSync(full, 'utf8');
        if (path === 'unmarked-expected.json') {
          for (const e of JSON.parse(text) as { path: string; line: number; ruleId: string }[]) expected.push(`${e.path}:${e.line} ${e.ruleId}`);
          continue;
        }
        head.set(path, text);
        text.split('\n').forEach((line, i) => {
          for (const m of line.matchAll(MARKER)) expected.push(`${path}:${i + 1} ${m[1] as string}`);
        });
      }
      const policyText = head.get('.github/tollgate.yml');
      const parsed = policyText === undefined ? undefined : parsePolicy(policyText, '.github/tollgate.yml');
      if (parsed && !parsed.ok) throw new Error(JSON.stringify(parsed.errors));
      const policy = parsed?.ok ? parsed.policy : DEFAULT_POLICY;
      const result = await runReview({ head, policy, analyzers: [flowsAnalyzer] });
      await parseMermaid((result.data.flows as FlowsData).diagram.mermaid);
      const actual = result.findings.map((f) => `${f.path}:${f.location.startLine} ${f.ruleId}`).sort();
      if (repo.startsWith('ok.')) expect(expected).toEqual([]);
      expect(actual).toEqual(expected.sort());
    });
  }
});
