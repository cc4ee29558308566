import { describe, expect, it } from 'vitest';
import { pipelineFinding } from '../../../../shared/engine/stages/pipeline-finding.js';
import { secretRangesByPath } from '../../../../shared/engine/stages/secret-ranges-by-path.js';
import { hitRule, raw, secretRule } from './stage-helpers.js';

describe('secretRangesByPath', () => {
  it('lists the non-empty ranges of secret findings, by path', () => {
    const secret = (path: string, start: number, end: number) =>
      pipelineFinding(raw(path, start, end, { ruleId: secretRule.id, messageId: 'key' }), secretRule);
    const ranges = secretRangesByPath([
      secret('a', 2, 5),
      pipelineFinding(raw('a', 7, 9), hitRule),
      secret('a', 10, 12),
      secret('.env', 0, 0),
      secret('b', 0, 4),
    ]);
    expect([...ranges]).toEqual([
      [
        'a',
        [
          { start: 2, end: 5 },
          { start: 10, end: 12 },
        ],
      ],
      ['b', [{ start: 0, end: 4 }]],
    ]);
  });
});
