import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../../shared/analyzer/analyzer.js';
import { enabledAnalyzers } from '../../../../shared/engine/stages/enabled-analyzers.js';
import { policy } from './stage-helpers.js';

const analyzer = (id: string): Analyzer => ({ id, description: id, rules: [], analyze: () => ({ findings: [] }) });

describe('enabledAnalyzers', () => {
  it('drops only the analyzers the policy turns off, in order', () => {
    const all = [analyzer('word'), analyzer('secrets'), analyzer('scopes')];
    expect(enabledAnalyzers(all, policy()).map((a) => a.id)).toEqual(['word', 'secrets', 'scopes']);
    expect(enabledAnalyzers(all, policy({ analyzers: { secrets: { enabled: false } } })).map((a) => a.id)).toEqual(['word', 'scopes']);
  });
});
