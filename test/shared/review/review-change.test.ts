import { describe, expect, it } from 'vitest';
import { ANALYZERS } from '../../../shared/analyzer/registry.js';
import { secretsAnalyzer } from '../../../shared/secrets/secrets-analyzer.js';
import type { ApproversData, RiskDecision } from '../../../shared/risk/decide-risk.js';
import { memoryChangeSource } from '../../../shared/review/memory-change-source.js';
import { reviewChange } from '../../../shared/review/review-change.js';

// Assembled at run time so no scanner flags this file.
const fakeKey = (): string => ['sk', 'live', 'Zq8mN2vB7xK4pL9wR3tY6uJ1'].join('_');

const BASE = { 'src/a.ts': 'export const a = 1;\nexport const b = 2;\n', 'src/old.ts': 'export const old = 1;\n' };

describe('reviewChange over the in-memory change source', () => {
  it('reads every file in one batch and reports findings on added lines only', async () => {
    const source = memoryChangeSource({
      base: BASE,
      head: { 'src/a.ts': `export const a = 1;\nconst k = "${fakeKey()}";\nexport const b = 2;\n`, 'src/new.ts': 'export const n = 1;\n' },
    });
    const review = await reviewChange(source, { analyzers: ANALYZERS });
    expect(review.result.findings.map((f) => [f.ruleId, f.path, f.location.startLine])).toContainEqual(['secrets/stripe-key', 'src/a.ts', 2]);
    expect(review.changedPaths).toEqual(['src/a.ts', 'src/new.ts', 'src/old.ts']);
    expect([...review.head.keys()].sort()).toEqual(['src/a.ts', 'src/new.ts']);
    expect([...review.base.keys()]).toEqual(['src/a.ts']);
    expect(source.calls.readTexts).toBe(1);
    expect((review.result.data.risk as RiskDecision).tier).toBeDefined();
  });

  it('takes the policy from the base, `.yml` over `.yaml`, and never from the head', async () => {
    const strict = 'version: 1\nrules:\n  secrets/stripe-key:\n    severity: note\n';
    const weak = "version: 1\nrules:\n  secrets/stripe-key:\n    severity: 'off'\n";
    const base = { ...BASE, '.github/tollgate.yml': strict, '.github/tollgate.yaml': weak };
    const head = { ...base, '.github/tollgate.yml': weak, 'src/k.ts': `const k = "${fakeKey()}";\n` };
    const review = await reviewChange(memoryChangeSource({ base, head }), { analyzers: [secretsAnalyzer] });
    expect(review.policy.sources).toEqual(['.github/tollgate.yml']);
    expect(review.policyTexts.map((p) => p.text)).toEqual([strict]);
    expect(review.result.findings.find((f) => f.ruleId === 'secrets/stripe-key')?.severity).toBe('note');
    expect((review.result.data.risk as RiskDecision).reasons.some((r) => r.fact === 'policy-changed')).toBe(true);
  });

  it('a binary or too-large changed file is skipped, never clean', async () => {
    const big = `${'x = 1\n'.repeat(40)}`;
    const base = { ...BASE, '.github/tollgate.yml': 'version: 1\nlimits:\n  maxFileBytes: 100\n' };
    const review = await reviewChange(memoryChangeSource({ base, head: { ...base, 'img.png': 'P', 'big.py': big }, binary: ['img.png'] }), {
      analyzers: [secretsAnalyzer],
    });
    expect(review.result.skipped.map((s) => [s.path, s.reason, s.partial ?? false])).toEqual(
      expect.arrayContaining([
        ['img.png', 'binary', false],
        ['big.py', 'too-large', true],
      ]),
    );
    expect(review.changes.get('img.png')?.binary).toBe(true);
    expect(review.head.get('big.py')?.length).toBeLessThanOrEqual(100);
  });

  it('reads context files only for the analyzers it runs', async () => {
    const manifest = 'name: crm\nowner: ann\n';
    const base = { ...BASE, 'connectors/crm/connector.yml': manifest };
    const head = { ...base, 'src/a.ts': 'export const a = 3;\n' };
    const withSecretsOnly = await reviewChange(memoryChangeSource({ base, head }), { analyzers: [secretsAnalyzer] });
    expect(withSecretsOnly.head.has('connectors/crm/connector.yml')).toBe(false);
    const all = await reviewChange(memoryChangeSource({ base, head }), { analyzers: ANALYZERS });
    expect(all.head.get('connectors/crm/connector.yml')).toBe(manifest);
    expect(all.base.get('connectors/crm/connector.yml')).toBe(manifest);
  });

  it('asks for team members only when a decision needs them', async () => {
    const policy = 'version: 1\nrisk:\n  tiers:\n    - name: low\n      requires:\n        - teams: ["@acme/sec"]\n';
    const base = { ...BASE, '.github/tollgate.yml': policy };
    const head = { ...base, 'src/a.ts': 'export const a = 5;\n' };
    const unreviewed = memoryChangeSource({ base, head, context: { reviews: [] }, teams: { 'acme/sec': ['sam'] } });
    await reviewChange(unreviewed, { analyzers: [secretsAnalyzer], owner: 'acme' });
    expect(unreviewed.calls.readTeamMembers).toBe(0);
    const approved = memoryChangeSource({
      base,
      head,
      context: { reviews: [{ user: 'sam', state: 'APPROVED', commit: 'head', time: '2026-01-01T00:00:00Z' }], author: 'eve' },
      teams: { 'acme/sec': ['sam'] },
    });
    const review = await reviewChange(approved, { analyzers: [secretsAnalyzer], owner: 'acme' });
    expect(approved.calls.readTeamMembers).toBe(1);
    expect((review.result.data.approvers as ApproversData).pending).toBe(false);
  });

  it('lists files the source could not list as one not-listed entry', async () => {
    const source = memoryChangeSource({ base: BASE, head: { ...BASE, 'src/a.ts': 'x\n' } });
    const limited = { ...source, readChange: async () => ({ ...(await source.readChange()), notListed: { listed: 1, total: 4 } }) };
    const review = await reviewChange(limited, { analyzers: [secretsAnalyzer] });
    expect(review.incomplete).toBe(true);
    expect(review.result.skipped).toContainEqual({ path: '.', reason: 'not-listed', detail: '3 of 4' });
  });
});

describe('policy file names', () => {
  it('reads `.github/tollgate.yaml` when there is no `.yml`', async () => {
    const policy = 'version: 1\nrules:\n  secrets/stripe-key:\n    severity: note\n';
    const base = { ...BASE, '.github/tollgate.yaml': policy };
    const review = await reviewChange(memoryChangeSource({ base, head: { ...base, 'src/k.ts': `const k = "${fakeKey()}";\n` } }), {
      analyzers: [secretsAnalyzer],
    });
    expect(review.policy.sources).toEqual(['.github/tollgate.yaml']);
    expect(review.result.findings.find((f) => f.ruleId === 'secrets/stripe-key')?.severity).toBe('note');
  });
});
