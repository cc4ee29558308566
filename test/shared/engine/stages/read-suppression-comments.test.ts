import { describe, expect, it } from 'vitest';
import { readSuppressionComments } from '../../../../shared/engine/stages/read-suppression-comments.js';
import { createFileSet } from '../../../../shared/files/file-set.js';
import { hitRule, policy } from './stage-helpers.js';

const known = new Map([[hitRule.id, hitRule]]);
const head = createFileSet({
  'a.py': [
    'x = 1  # tollgate-ignore word/hit: test value',
    'y = 2  # tollgate-ignore word/hit',
    'z = 3  # tollgate-ignore word/nope: why',
    'w = 4  # tollgate-ignore word/*',
  ].join('\n'),
  'b.py': 'nothing here\n',
  'c.py': 'k = 1  # gitleaks:allow\n',
});

describe('readSuppressionComments', () => {
  it('finds comments by path and reports missing reasons and unknown rules', () => {
    const out = readSuppressionComments(head, ['a.py', 'b.py', 'c.py'], policy(), known);
    expect([...out.byPath.keys()]).toEqual(['a.py', 'c.py']);
    expect(out.byPath.get('a.py')).toHaveLength(4);
    const text = head.get('a.py') as string;
    const marker = (line: number): number =>
      text
        .split('\n')
        .slice(0, line - 1)
        .join('\n').length +
      (line > 1 ? 1 : 0) +
      'x = 1  # '.length;
    expect(out.findings.map((f) => [f.raw.ruleId, f.raw.data?.rule, f.raw.path, f.raw.range.start])).toEqual([
      ['suppressions/missing-reason', 'word/hit', 'a.py', marker(2)],
      ['suppressions/unknown-rule', 'word/nope', 'a.py', marker(3)],
      ['suppressions/missing-reason', 'word/*', 'a.py', marker(4)],
    ]);
  });

  it('reports nothing while the policy ignores inline suppressions, and reads only the given paths', () => {
    expect(readSuppressionComments(head, ['a.py'], policy({ suppressions: { inline: false } }), known).findings).toEqual([]);
    expect([...readSuppressionComments(head, ['b.py'], policy(), known).byPath.keys()]).toEqual([]);
  });
});
