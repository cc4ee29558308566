import { describe, expect, it } from 'vitest';
import { applyPolicy } from '../../../../shared/engine/stages/apply-policy.js';
import { pipelineFinding } from '../../../../shared/engine/stages/pipeline-finding.js';
import { hitRule, policy, raw } from './stage-helpers.js';

const isVendor = (p: string): boolean => p.startsWith('vendor/');

describe('applyPolicy', () => {
  it('applies severity overrides and drops `off`, pinned findings included', () => {
    const findings = [pipelineFinding(raw('a.ts', 0, 1), hitRule), pipelineFinding(raw('b.ts', 0, 1), hitRule, '')];
    expect(applyPolicy(findings, policy({ rules: { 'word/hit': { severity: 'note' } } }), () => false).kept.map((f) => f.severity)).toEqual([
      'note',
      'note',
    ]);
    expect(applyPolicy(findings, policy({ rules: { 'word/hit': { severity: 'off' } } }), () => false).kept).toEqual([]);
  });

  it('drops ignored paths and counts allowed findings, but never a pinned one or one on the whole change', () => {
    const findings = [
      pipelineFinding(raw('vendor/x.ts', 0, 1), hitRule),
      pipelineFinding(raw('test/b.ts', 0, 1), hitRule),
      pipelineFinding(raw('vendor/y.ts', 0, 1), hitRule, ''),
      pipelineFinding(raw('test/c.ts', 0, 1), hitRule, ''),
      pipelineFinding(raw('.', 0, 0), hitRule),
      pipelineFinding(raw('src/a.ts', 0, 1), hitRule),
    ];
    const out = applyPolicy(findings, policy({ allow: [{ rule: 'word/*', path: 'test/**', reason: 'fixtures' }] }), isVendor);
    expect(out.kept.map((f) => f.raw.path)).toEqual(['vendor/y.ts', 'test/c.ts', '.', 'src/a.ts']);
    expect(out.allowed).toBe(1);
  });

  it('leaves `allow` entries with a `match` to the analyzers', () => {
    const out = applyPolicy(
      [pipelineFinding(raw('a.ts', 0, 1), hitRule)],
      policy({ allow: [{ rule: 'word/hit', match: 'HIT', reason: 'r' }] }),
      () => false,
    );
    expect(out).toMatchObject({ allowed: 0, kept: [{ raw: { path: 'a.ts' } }] });
  });
});
