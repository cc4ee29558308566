import { agentsAnalyzer } from '../../../shared/agents/agents-analyzer.js';
import { expect } from 'vitest';
import { runFixtures } from '../../support/run-fixtures.js';

/**
 * Agents fixtures (written with the labelled corpus, test/corpus/agents): `ng.<rule>/`
 * must produce exactly its `expected.json`, `ok.<rule>/` nothing. An inline
 * secret's value never appears in its finding's message or data. `UPDATE_FIXTURES=1 npx vitest run
 * test/shared/agents/fixtures.test.ts` rewrites the expectations; read the diff.
 */
runFixtures({
  name: 'agents fixtures',
  dir: new URL('./fixtures', import.meta.url),
  analyzers: [agentsAnalyzer],
  printTotals: true,
  check: (run) => {
    for (const f of run.result.findings.filter((x) => x.ruleId === 'agents/inline-secret')) {
      const raw = (run.head.get(f.path) ?? '').slice(f.range.start, f.range.end).replace(/^"|"$/g, '');
      expect(raw.length).toBeGreaterThan(8);
      expect(f.message).not.toContain(raw);
      expect(JSON.stringify(f.data)).not.toContain(raw);
    }
  },
});
