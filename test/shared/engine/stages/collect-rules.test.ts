import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../../shared/analyzer/analyzer.js';
import { ENGINE_RULES } from '../../../../shared/engine/engine-rules.js';
import { collectRules } from '../../../../shared/engine/stages/collect-rules.js';
import { hitRule } from './stage-helpers.js';

describe('collectRules', () => {
  it("holds the engine's rules and every analyzer's", () => {
    const word: Analyzer = { id: 'word', description: 'w', rules: [hitRule], analyze: () => ({ findings: [] }) };
    const rules = collectRules([word]);
    expect(rules.get('word/hit')).toBe(hitRule);
    for (const rule of ENGINE_RULES) expect(rules.get(rule.id)).toBe(rule);
    expect(rules.size).toBe(ENGINE_RULES.length + 1);
  });
});
