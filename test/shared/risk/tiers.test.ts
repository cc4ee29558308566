import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../shared/policy/parse-policy.js';
import { DEFAULT_POLICY, type Policy } from '../../../shared/policy/policy-schema.js';
import type { ChangeFact } from '../../../shared/risk/change-fact.js';
import type { ApproversData, RiskDecision } from '../../../shared/risk/decide-risk.js';
import { evaluateCondition, type ConditionContext } from '../../../shared/risk/evaluate-condition.js';
import type { FactId } from '../../../shared/risk/fact-ids.js';
import { reviewChange } from './review-change.js';

const ctx = (facts: FactId[], extra: Partial<ConditionContext> = {}): ConditionContext => ({
  facts: new Map(facts.map((id): [FactId, ChangeFact] => [id, { id, evidence: [{ path: 'x', line: 1, detail: 'd' }] }])),
  paths: ['src/a.ts', 'docs/b.md'],
  conditions: {},
  ...extra,
});

describe('evaluateCondition', () => {
  it('explains every predicate, held or not', () => {
    const e = evaluateCondition(
      { or: [{ fact: 'policy-changed' }, { and: [{ facts: ['scope-added', 'flow-added'] }, { not: { paths: ['docs/**'] } }] }] },
      ctx(['scope-added']),
    );
    expect(e.holds).toBe(false);
    expect(e.children?.map((c) => c.holds)).toEqual([false, false]);
    expect(e.children?.[1]?.children?.map((c) => [c.predicate, c.holds])).toEqual([
      ['facts: [scope-added, flow-added]', true],
      ['not', false],
    ]);
  });
  it('collects the facts that made it hold', () => {
    const e = evaluateCondition(
      { or: [{ fact: 'policy-changed' }, { facts: ['scope-added', 'flow-added'] }] },
      ctx(['scope-added', 'policy-changed']),
    );
    expect(e.holds).toBe(true);
    expect(e.facts).toEqual(['policy-changed', 'scope-added']);
  });
  it('paths, onlyPaths, labels and author', () => {
    expect(evaluateCondition({ paths: ['src/**'] }, ctx([])).holds).toBe(true);
    expect(evaluateCondition({ onlyPaths: ['docs/**'] }, ctx([])).holds).toBe(false);
    expect(evaluateCondition({ onlyPaths: ['**'] }, ctx([], { paths: [] })).holds).toBe(false);
    expect(evaluateCondition({ labels: ['Hotfix'] }, ctx([], { labels: ['hotfix'] })).holds).toBe(true);
    expect(evaluateCondition({ labels: ['hotfix'] }, ctx([])).holds).toBe(false);
    expect(evaluateCondition({ author: ['@dependabot'] }, ctx([], { author: 'Dependabot' })).holds).toBe(true);
    expect(evaluateCondition({ author: ['@acme/bots'] }, ctx([], { author: 'robo', teams: { 'acme/bots': ['robo'] } })).holds).toBe(true);
    expect(evaluateCondition({ author: ['@acme/bots'] }, ctx([], { author: 'robo' })).holds).toBe(false);
  });
  it('named conditions, and a circular reference that slipped through never holds', () => {
    expect(evaluateCondition({ condition: 'risky' }, ctx(['flow-added'], { conditions: { risky: { fact: 'flow-added' } } })).holds).toBe(true);
    const loop = evaluateCondition({ condition: 'a' }, ctx(['flow-added'], { conditions: { a: { or: [{ condition: 'a' }] } } }));
    expect(loop.holds).toBe(false);
    expect(evaluateCondition({ condition: 'missing' }, ctx([])).holds).toBe(false);
  });
});

function policyOf(yaml: string): Policy {
  const parsed = parsePolicy(yaml, '.github/tollgate.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

const BASE = { 'src/a.ts': 'export const a = 1;\n', 'docs/x.md': '# x\n' };

describe('decideRisk tiers', () => {
  it('a change with no facts gets the catch-all tier, explained', async () => {
    const result = await reviewChange(BASE, { ...BASE, 'src/a.ts': 'export const a = 2;\n' });
    const risk = result.data.risk as RiskDecision;
    expect(risk.tier).toBe('low');
    expect(risk.label).toBe('tollgate: low risk');
    expect(risk.tiers.map((t) => [t.name, t.holds])).toEqual([
      ['low', true],
      ['medium', false],
      ['high', false],
    ]);
    expect((result.data.approvers as ApproversData).requirements).toEqual([]);
    expect((result.data.approvers as ApproversData).pending).toBe(false);
  });

  it('the highest tier that holds wins, with the facts that set it as reasons', async () => {
    const result = await reviewChange(BASE, { ...BASE, '.github/tollgate.yml': 'version: 1\n' });
    const risk = result.data.risk as RiskDecision;
    expect(risk.tier).toBe('high');
    expect(risk.reasons.map((r) => r.fact)).toContain('policy-changed');
    expect(risk.reasons.find((r) => r.fact === 'policy-changed')?.evidence[0]).toMatchObject({ path: '.github/tollgate.yml', line: 1 });
    const approvers = result.data.approvers as ApproversData;
    expect(approvers.pending).toBe(true);
    expect(approvers.reviewsKnown).toBe(false);
    expect(approvers.required.map((a) => [a.kind, a.name])).toEqual([
      ['team', 'security'],
      ['team', 'legal'],
    ]);
    expect(approvers.required[0]?.reason).toContain('policy-changed');
  });

  it('a change to the access lock is the high-risk fact access-lock-changed', async () => {
    const lock = 'version: 1\ngrants: []\n';
    const result = await reviewChange(BASE, { ...BASE, '.github/tollgate-access.yml': lock });
    const risk = result.data.risk as RiskDecision;
    expect(risk.tier).toBe('high');
    expect(risk.reasons.find((r) => r.fact === 'access-lock-changed')?.evidence[0]).toMatchObject({ path: '.github/tollgate-access.yml' });
  });

  it('a lock entry recorded for a connector asks the owner of that connector, read at the base', async () => {
    const manifest = (owner: string): string =>
      `name: slack\nowner: "${owner}"\npurpose: Post.\nauth:\n  type: oauth\n  scopes: [chat:write]\nsystems:\n  - id: slack\n    kind: saas\n    vendor: Slack\nflows: []\n`;
    const grant =
      'version: 1\ngrants:\n  - connector: slack\n    provider: slack\n    scope: chat:write\n    access: write\n    approvedBy: "@bob"\n    approvedAt: 2026-04-01\n';
    const base = { 'connectors/slack/connector.yml': manifest('@acme/platform'), '.github/tollgate-access.yml': 'version: 1\ngrants: []\n' };
    // Only the lock changes: the connector is touched through its lock entry.
    const head = { 'connectors/slack/connector.yml': manifest('@acme/platform'), '.github/tollgate-access.yml': grant };
    const result = await reviewChange(base, head);
    const approvers = result.data.approvers as ApproversData;
    const owner = approvers.required.find((r) => r.requirement === 'owner of connector slack');
    expect(owner).toMatchObject({ kind: 'team', name: 'acme/platform', satisfied: false });
    expect(owner?.reason).toContain('access-lock');
  });

  it('paths, labels and author conditions from a custom policy; only the winning tier requires', async () => {
    const policy = policyOf(`risk:
  conditions:
    payments: {paths: ["src/pay/**"]}
  tiers:
    - name: low
    - name: elevated
      if: {or: [{condition: payments}, {labels: [needs-review]}]}
      requires:
        - users: ["@ann", ben]
          count: 2
    - name: critical
      if: {and: [{condition: payments}, {not: {author: ["@acme/payments"]}}]}
      requires:
        - or:
            - teams: ["@acme/payments"]
            - users: [cfo]
`);
    const head = { ...BASE, 'src/pay/charge.ts': 'export const charge = 1;\n' };
    const byOutsider = await reviewChange(BASE, head, { policy, author: 'eve', teams: { 'acme/payments': ['pat'] } });
    expect((byOutsider.data.risk as RiskDecision).tier).toBe('critical');
    const approvers = byOutsider.data.approvers as ApproversData;
    expect(approvers.required.map((a) => `${a.kind}:${a.name}`)).toEqual(['team:acme/payments', 'user:cfo']);
    const byTeam = await reviewChange(BASE, head, { policy, author: 'pat', teams: { 'acme/payments': ['pat'] } });
    expect((byTeam.data.risk as RiskDecision).tier).toBe('elevated');
    const labelled = await reviewChange(BASE, { ...BASE, 'src/a.ts': 'x\n' }, { policy, labels: ['needs-review'] });
    expect((labelled.data.risk as RiskDecision).tier).toBe('elevated');
    expect((labelled.data.risk as RiskDecision).reasons[0]?.detail).toContain('needs-review');
    const approved = await reviewChange(BASE, head, {
      policy,
      author: 'eve',
      teams: { 'acme/payments': ['pat'] },
      headCommit: 'h',
      reviews: [{ user: 'cfo', state: 'APPROVED', commit: 'h', time: '2026-01-01T00:00:00Z' }],
    });
    expect((approved.data.approvers as ApproversData).pending).toBe(false);
  });

  it('an invalid policy falls back to the highest tier, never a silent low', async () => {
    const result = await reviewChange(
      { ...BASE, '.github/tollgate.yml': 'risk:\n  tiers:\n    - name: low\n      if: {fact: no-such-fact}\n' },
      { ...BASE, 'docs/x.md': '# y\n', '.github/tollgate.yml': 'risk:\n  tiers:\n    - name: low\n      if: {fact: no-such-fact}\n' },
    );
    const risk = result.data.risk as RiskDecision;
    expect(risk.tier).toBe('high');
    expect(risk.fallback).toBe('policy-invalid');
  });

  it('no tier applying gives the highest tier', async () => {
    // Passes the static probes (empty change, single facts) but not a docs change touching src/.
    const policy = policyOf(`risk:
  tiers:
    - name: low
      if: {not: {paths: ["src/**"]}}
    - name: high
      if: {fact: policy-changed}
      requires: [{teams: [security]}]
`);
    const result = await reviewChange(BASE, { ...BASE, 'src/a.ts': 'x\n' }, { policy });
    const risk = result.data.risk as RiskDecision;
    expect(risk.tier).toBe('high');
    expect(risk.fallback).toBe('no-tier-applies');
    expect((result.data.approvers as ApproversData).pending).toBe(true);
  });

  it('connector owners and CODEOWNERS (read at the base, last match wins) become requirements', async () => {
    const manifest = (name: string, owner: string): string =>
      `name: ${name}\nowner: "${owner}"\npurpose: p\nsystems:\n  - id: svc\n    kind: internal\n    region: eu-central-1\n`;
    const base = { ...BASE, '.github/CODEOWNERS': '*  @acme/platform\n/connectors/  @acme/integrations\n/connectors/erp/  @erp-lead\n' };
    const policy = policyOf(`risk:
  tiers:
    - name: low
    - name: high
      if: {facts: [connector-added, manifest-changed]}
      requires:
        - connectorOwner: true
        - codeowners: true
`);
    const head = {
      ...base,
      'connectors/erp/connector.yml': manifest('erp', '@acme/finance'),
      'connectors/crm/connector.yml': manifest('crm', 'sam'),
    };
    const result = await reviewChange(base, head, { policy });
    const approvers = result.data.approvers as ApproversData;
    expect(approvers.required.map((a) => `${a.requirement} → ${a.kind}:${a.name}`).sort()).toEqual([
      'code owners of connectors/crm/connector.yml → team:acme/integrations',
      'code owners of connectors/erp/connector.yml → user:erp-lead',
      'owner of connector crm → user:sam',
      'owner of connector erp → team:acme/finance',
    ]);
  });

  it('default policy on a clean scan returns the result unchanged', async () => {
    const { runReview } = await import('../../../shared/engine/run-review.js');
    const { decideRisk } = await import('../../../shared/risk/decide-risk.js');
    const scan = await runReview({ head: new Map([['a.ts', 'x\n']]), policy: DEFAULT_POLICY, analyzers: [] });
    expect(decideRisk(scan, { policy: DEFAULT_POLICY, head: new Map(), base: new Map(), changes: new Map() })).toBe(scan);
  });
});
