import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../../../shared/diff/parse-unified-diff.js';
import { engineRules } from '../../../../shared/engine/engine-rules.js';
import { filterToChange } from '../../../../shared/engine/stages/filter-to-change.js';
import { locateFindings } from '../../../../shared/engine/stages/locate-findings.js';
import { pipelineFinding } from '../../../../shared/engine/stages/pipeline-finding.js';
import { createFileSet } from '../../../../shared/files/file-set.js';
import { hitRule, raw } from './stage-helpers.js';

const head = createFileSet({ 'a.ts': 'HIT\nnew HIT\nHIT\n', 'b.ts': 'HIT\n' });
const changes: ChangeSet = new Map([['a.ts', { path: 'a.ts', status: 'modified', binary: false, addedLines: [{ start: 2, end: 2 }] }]]);
const where = (f: { raw: { path: string; ruleId: string } }): string => `${f.raw.path}:${f.raw.ruleId}`;

describe('filterToChange', () => {
  it('keeps findings touching an added line of a changed file', () => {
    const located = locateFindings(
      [
        pipelineFinding(raw('a.ts', 0, 3), hitRule),
        pipelineFinding(raw('a.ts', 8, 11), hitRule),
        pipelineFinding(raw('a.ts', 0, 11), hitRule),
        pipelineFinding(raw('b.ts', 0, 3), hitRule),
      ],
      head,
    );
    expect(filterToChange(located, changes).map((f) => f.raw.range)).toEqual([
      { start: 8, end: 11 },
      { start: 0, end: 11 },
    ]);
  });

  it('keeps file-not-analyzed on a changed file whatever lines changed, pinned findings and the whole change', () => {
    const notAnalyzed = raw('a.ts', 0, 0, { ruleId: engineRules.fileNotAnalyzed.id, messageId: 'tooComplex' });
    const located = locateFindings(
      [
        pipelineFinding(notAnalyzed, engineRules.fileNotAnalyzed),
        pipelineFinding({ ...notAnalyzed, path: 'b.ts' }, engineRules.fileNotAnalyzed),
        pipelineFinding(raw('b.ts', 0, 3), hitRule, 'HIT'),
        pipelineFinding(raw('.', 0, 0), hitRule),
      ],
      head,
    );
    expect(filterToChange(located, changes).map(where)).toEqual(['a.ts:tollgate/file-not-analyzed', 'b.ts:word/hit', '.:word/hit']);
  });

  it('keeps everything in a scan', () => {
    const located = locateFindings([pipelineFinding(raw('b.ts', 0, 3), hitRule)], head);
    expect(filterToChange(located, undefined)).toEqual(located);
  });
});
