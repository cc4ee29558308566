import { describe, expect, it } from 'vitest';
import type { Analyzer, AnalyzerContext } from '../../../../shared/analyzer/analyzer.js';
import { runAnalyzers } from '../../../../shared/engine/stages/run-analyzers.js';
import { createFileSet } from '../../../../shared/files/file-set.js';
import { hitRule, policy, raw } from './stage-helpers.js';

const context: AnalyzerContext = { head: createFileSet({ 'a.ts': 'HIT' }), paths: ['a.ts'], policy: policy() };
const word: Analyzer = { id: 'word', description: 'w', rules: [hitRule], analyze: () => ({ findings: [raw('a.ts', 0, 3)], data: { scanned: 1 } }) };

describe('runAnalyzers', () => {
  it("keeps declared findings and each analyzer's data by id", async () => {
    const out = await runAnalyzers([word], context);
    expect(out.findings.map((f) => [f.raw.ruleId, f.rule.id, f.severity])).toEqual([['word/hit', 'word/hit', 'error']]);
    expect(out.data).toEqual({ word: { scanned: 1 } });
  });

  it('turns a throwing analyzer into one analyzer-failed finding, the others still report', async () => {
    const boom: Analyzer = {
      id: 'boom',
      description: 'b',
      rules: [],
      analyze: () => {
        throw new TypeError('cannot read x\nsecond line');
      },
    };
    const out = await runAnalyzers([boom, word], context);
    expect(out.findings.map((f) => [f.raw.ruleId, f.raw.messageId, f.raw.path, f.raw.data])).toEqual([
      ['tollgate/analyzer-failed', 'failed', '.', { analyzer: 'boom', error: 'TypeError: cannot read x' }],
      ['word/hit', 'hit', 'a.ts', { what: 'HIT' }],
    ]);
  });

  it('accepts file-not-analyzed from any analyzer, tagged with its id, and reports undeclared rules', async () => {
    const partial: Analyzer = {
      id: 'partial',
      description: 'p',
      rules: [],
      analyze: () => ({
        findings: [
          raw('a.ts', 0, 0, { ruleId: 'tollgate/file-not-analyzed', messageId: 'tooComplex', data: { detail: 'too deep' } }),
          raw('a.ts', 0, 1, { ruleId: 'partial/undeclared', messageId: 'x' }),
        ],
      }),
    };
    const out = await runAnalyzers([partial], context);
    expect(out.findings.map((f) => [f.rule.id, f.raw.messageId, f.raw.data])).toEqual([
      ['tollgate/file-not-analyzed', 'tooComplex', { detail: 'too deep', analyzer: 'partial' }],
      ['tollgate/analyzer-failed', 'unknownRule', { analyzer: 'partial', rule: 'partial/undeclared' }],
    ]);
  });
});
