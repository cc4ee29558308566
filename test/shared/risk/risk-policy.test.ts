import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../shared/policy/parse-policy.js';
import { DEFAULT_POLICY } from '../../../shared/policy/policy-schema.js';

const errorsOf = (yaml: string) => {
  const parsed = parsePolicy(yaml, '.github/tollgate.yml');
  return parsed.ok ? [] : parsed.errors.map((e) => ({ line: e.line, key: e.key }));
};

describe('risk policy validation (file, line, key)', () => {
  it('defaults: low, medium, high; policy and suppression changes are high', () => {
    const tiers = DEFAULT_POLICY.risk.tiers;
    expect(tiers.map((t) => t.name)).toEqual(['low', 'medium', 'high']);
    expect(tiers[0]?.requires).toEqual([]);
    expect(tiers[1]?.requires).toEqual([{ name: 'security review', teams: ['security'] }]);
    expect(tiers[2]?.if?.facts).toEqual(expect.arrayContaining(['policy-changed', 'suppression-changed']));
    expect(tiers[2]?.requires.map((r) => r.name)).toEqual(['security review', 'legal review', 'connector owner']);
  });
  it('an unknown fact', () => {
    expect(errorsOf('risk:\n  tiers:\n    - name: low\n    - name: high\n      if:\n        fact: scope-widened\n')).toEqual([
      { line: 6, key: 'risk.tiers.1.if.fact' },
    ]);
  });
  it('a team without a name, and a bad login', () => {
    expect(errorsOf('risk:\n  tiers:\n    - name: low\n      requires:\n        - teams: ["@acme/"]\n        - users: ["bad login"]\n')).toEqual([
      { line: 5, key: 'risk.tiers.0.requires.0.teams.0' },
      { line: 6, key: 'risk.tiers.0.requires.1.users.0' },
    ]);
  });
  it('circular and unknown condition references', () => {
    expect(errorsOf('risk:\n  conditions:\n    a: {condition: b}\n    b: {or: [{condition: a}]}\n  tiers:\n    - name: low\n')).toEqual([
      { line: 3, key: 'risk.conditions.a' },
    ]);
    expect(errorsOf('risk:\n  tiers:\n    - name: low\n    - name: high\n      if: {condition: nope}\n')).toEqual([
      { line: 5, key: 'risk.tiers.1.if.condition' },
    ]);
  });
  it('no tier for some change', () => {
    expect(errorsOf('risk:\n  tiers:\n    - name: high\n      if: {fact: policy-changed}\n')).toEqual([{ line: 3, key: 'risk.tiers' }]);
  });
  it('a condition with two keys, a requirement mixing kinds, duplicate tiers', () => {
    expect(errorsOf('risk:\n  tiers:\n    - name: low\n    - name: high\n      if: {fact: policy-changed, paths: ["x"]}\n')).toEqual([
      { line: 5, key: 'risk.tiers.1.if' },
    ]);
    expect(errorsOf('risk:\n  tiers:\n    - name: low\n      requires:\n        - {users: [a], connectorOwner: true}\n')).toEqual([
      { line: 5, key: 'risk.tiers.0.requires.0' },
    ]);
    expect(errorsOf('risk:\n  tiers:\n    - name: low\n    - name: low\n')).toEqual([{ line: 4, key: 'risk.tiers.1.name' }]);
  });
  it('a valid custom policy', () => {
    expect(
      errorsOf(
        'risk:\n  approval: {invalidateOnPush: true}\n  conditions:\n    money: {paths: ["src/pay/**"]}\n  tiers:\n    - name: low\n    - name: high\n      label: "risk: high"\n      if: {or: [{condition: money}, {fact: pii-to-llm}]}\n      requires:\n        - {teams: ["@acme/security"], count: 2}\n        - codeowners: true\n      approval: {allowAuthor: true}\n',
      ),
    ).toEqual([]);
  });
});
