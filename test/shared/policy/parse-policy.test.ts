import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../shared/policy/parse-policy.js';
import { mergePolicy } from '../../../shared/policy/merge-policy.js';
import { DEFAULT_POLICY } from '../../../shared/policy/policy-schema.js';
import { resolvePolicy } from '../../../shared/policy/resolve-policy.js';

const FILE = '.github/tollgate.yml';

function errorsOf(text: string) {
  const result = parsePolicy(text, FILE);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('parsePolicy', () => {
  it('fills defaults for an empty file', () => {
    const result = parsePolicy('', FILE);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.policy).toEqual(DEFAULT_POLICY);
  });

  it('reads every key of this issue', () => {
    const result = parsePolicy(
      [
        'version: 1',
        'analyzers:',
        '  secrets:',
        '    enabled: false',
        'rules:',
        '  secrets/generic-assignment:',
        '    severity: warning',
        'ignore: ["vendor/**"]',
        'allow:',
        '  - rule: "secrets/*"',
        '    path: "test/**"',
        '    match: "^sk_test_"',
        '    reason: Stripe test keys in fixtures',
        'suppressions:',
        '  report: true',
        '  legacyMarkers: false',
        'limits:',
        '  maxFileBytes: 2048',
      ].join('\n'),
      FILE,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy.analyzers.secrets.enabled).toBe(false);
    expect(result.policy.rules['secrets/generic-assignment']?.severity).toBe('warning');
    expect(result.policy.ignore).toEqual(['vendor/**']);
    expect(result.policy.allow[0]?.match).toBe('^sk_test_');
    expect(result.policy.suppressions).toMatchObject({ report: true, legacyMarkers: false, inline: true });
    expect(result.policy.limits.maxFileBytes).toBe(2048);
  });

  it('names file, line and key of an unknown key, with the valid keys as hint', () => {
    const [error] = errorsOf('suppressions:\n  inline: true\n  reprot: true\n');
    expect(error).toMatchObject({ file: FILE, line: 3, column: 3, key: 'suppressions.reprot' });
    expect(error?.hint).toContain('report');
  });

  it('names line and key of a wrong type', () => {
    const [error] = errorsOf('rules:\n  secrets/stripe-key:\n    severity: fatal\n');
    expect(error).toMatchObject({ line: 3, key: 'rules.secrets/stripe-key.severity' });
  });

  it('requires a reason on allow entries', () => {
    const [error] = errorsOf('allow:\n  - path: "test/**"\n');
    expect(error).toMatchObject({ line: 2, key: 'allow.0.reason' });
  });

  it('reports YAML syntax errors with their line', () => {
    const errors = errorsOf('rules:\n  a: [1, 2\nignore: x\n');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]?.file).toBe(FILE);
    expect(errors[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('rejects a file that is not a mapping', () => {
    const [error] = errorsOf('- just\n- a list\n');
    expect(error).toMatchObject({ line: 1, key: '' });
  });

  it('rejects duplicate keys', () => {
    const [error] = errorsOf('ignore: []\nignore: []\n');
    expect(error?.line).toBe(2);
  });

  it('refuses deeply nested YAML without overflowing the stack', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const [error] = errorsOf(deep);
    expect(error?.line).toBe(1);
    const indented = Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n');
    expect(errorsOf(indented).length).toBeGreaterThan(0);
  });

  it('survives an alias bomb', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    const result = parsePolicy(bomb, FILE);
    expect(result.ok).toBe(false);
  });
});

describe('mergePolicy', () => {
  it('merges organisation defaults under repository settings', () => {
    const policy = mergePolicy(
      { rules: { 'secrets/a-b': { severity: 'error' }, 'secrets/c-d': { severity: 'note' } }, ignore: ['org/**'], suppressions: { report: true } },
      { rules: { 'secrets/a-b': { severity: 'warning' } }, ignore: ['repo/**'] },
    );
    expect(policy.rules['secrets/a-b']?.severity).toBe('warning');
    expect(policy.rules['secrets/c-d']?.severity).toBe('note');
    expect(policy.ignore).toEqual(['org/**', 'repo/**']);
    expect(policy.suppressions.report).toBe(true);
    expect(policy.suppressions.inline).toBe(true);
  });
});

describe('resolvePolicy', () => {
  it('keeps the valid source and reports the invalid one as a positioned engine finding', () => {
    const resolved = resolvePolicy({
      org: { file: 'org/.github/tollgate.yml', text: 'suppressions:\n  report: true\n' },
      repository: { file: FILE, text: 'ignore: ["a/**"]\nbogus: 1\n' },
    });
    expect(resolved.sources).toEqual(['org/.github/tollgate.yml']);
    expect(resolved.policy.suppressions.report).toBe(true);
    expect(resolved.policy.ignore).toEqual([]);
    expect(resolved.errors).toHaveLength(1);
    expect(resolved.engineFindings[0]?.finding).toMatchObject({ ruleId: 'tollgate/policy-invalid', messageId: 'invalid', path: FILE });
  });
});
