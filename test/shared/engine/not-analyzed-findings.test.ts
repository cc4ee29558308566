import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../shared/diff/parse-unified-diff.js';
import { notAnalyzedFindings } from '../../../shared/engine/not-analyzed-findings.js';
import { policySchema } from '../../../shared/policy/policy-schema.js';

const changed = (...paths: string[]): ChangeSet =>
  new Map(paths.map((path) => [path, { path, status: 'modified' as const, binary: false, addedLines: [] }]));
const never = (): boolean => false;

describe('notAnalyzedFindings', () => {
  it('reports changed files that could not be analyzed, and nothing in a scan', () => {
    const skipped = [
      { path: 'a.bin', reason: 'binary' as const },
      { path: 'big.ts', reason: 'too-large' as const, detail: '2 MB', partial: true },
      { path: 'other.bin', reason: 'binary' as const },
      { path: 'skip.ts', reason: 'ignored' as const },
    ];
    const out = notAnalyzedFindings(skipped, changed('a.bin', 'big.ts', 'skip.ts'), policySchema.parse({}), never);
    expect(out.map((f) => [f.path, f.messageId, f.severity, f.fingerprintHint])).toEqual([
      ['a.bin', 'binary', undefined, 'binary'],
      ['big.ts', 'tooLarge', undefined, 'too-large'],
    ]);
    expect(notAnalyzedFindings(skipped, undefined, policySchema.parse({}), never)).toEqual([]);
  });

  it('makes a recognised format a note, honours limits.notAnalyzed and leaves ignored paths out', () => {
    const skipped = [
      { path: 'logo.png', reason: 'binary' as const, format: 'PNG image' },
      { path: 'docs/x.pdf', reason: 'binary' as const },
      { path: 'vendor/y.bin', reason: 'binary' as const },
      { path: '.', reason: 'not-listed' as const, detail: '12' },
    ];
    const policy = policySchema.parse({ limits: { notAnalyzed: [{ path: 'docs/**', severity: 'off', reason: 'reviewed by hand' }] } });
    const out = notAnalyzedFindings(skipped, changed('logo.png', 'docs/x.pdf', 'vendor/y.bin'), policy, (p) => p.startsWith('vendor/'));
    expect(out.map((f) => [f.path, f.messageId, f.severity])).toEqual([
      ['logo.png', 'binaryFormat', 'note'],
      ['.', 'notListed', undefined],
    ]);
  });
});
