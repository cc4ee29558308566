import { describe, expect, it } from 'vitest';
import { locateFindings } from '../../../../shared/engine/stages/locate-findings.js';
import { pipelineFinding } from '../../../../shared/engine/stages/pipeline-finding.js';
import { createFileSet } from '../../../../shared/files/file-set.js';
import { hitRule, raw } from './stage-helpers.js';

describe('locateFindings', () => {
  it('positions findings 1-based in the head text, or in the pinned text', () => {
    const head = createFileSet({ 'a.ts': 'x\n  HIT\n', 'p.yml': 'one line' });
    const [inHead, pinned] = locateFindings(
      [pipelineFinding(raw('a.ts', 4, 7), hitRule), pipelineFinding(raw('p.yml', 5, 8), hitRule, 'a: 1\nbad: 2\n')],
      head,
    );
    expect(inHead?.location).toEqual({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 6 });
    expect(inHead?.index.lineText(2)).toBe('  HIT');
    expect(pinned?.location).toEqual({ startLine: 2, startColumn: 1, endLine: 2, endColumn: 4 });
  });

  it('shares one line index per path', () => {
    const head = createFileSet({ 'a.ts': 'HIT HIT' });
    const [a, b] = locateFindings([pipelineFinding(raw('a.ts', 0, 3), hitRule), pipelineFinding(raw('a.ts', 4, 7), hitRule)], head);
    expect(a?.index).toBe(b?.index);
  });
});
