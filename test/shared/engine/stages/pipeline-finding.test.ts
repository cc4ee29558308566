import { describe, expect, it } from 'vitest';
import { pipelineFinding } from '../../../../shared/engine/stages/pipeline-finding.js';
import { hitRule, raw } from './stage-helpers.js';

describe('pipelineFinding', () => {
  it("takes the analyzer's severity, else the rule's default", () => {
    expect(pipelineFinding(raw('a', 0, 1), hitRule).severity).toBe('error');
    expect(pipelineFinding(raw('a', 0, 1, { severity: 'note' }), hitRule).severity).toBe('note');
  });

  it('pins only when given a text, the empty text included', () => {
    expect('pinnedText' in pipelineFinding(raw('a', 0, 1), hitRule)).toBe(false);
    expect(pipelineFinding(raw('a', 0, 1), hitRule, '').pinnedText).toBe('');
  });
});
