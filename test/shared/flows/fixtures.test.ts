import { flowsAnalyzer, type FlowsData } from '../../../shared/flows/flows-analyzer.js';
import { runFixtures } from '../../support/run-fixtures.js';
import { parseMermaid } from './mermaid-parse.js';

/**
 * Flows fixtures: `ng.<case>/` must produce exactly its `expected.json`, `ok.<case>/`
 * nothing; a case's `.github/tollgate.yml` is its policy, and every diagram must
 * parse with Mermaid's own parser. `UPDATE_FIXTURES=1 npx vitest run test/shared/flows/fixtures.test.ts`
 * rewrites the expectations; read the diff before committing it.
 */
runFixtures({
  name: 'flows fixtures',
  dir: new URL('./fixtures', import.meta.url),
  analyzers: [flowsAnalyzer],
  check: async ({ result }) => {
    await parseMermaid((result.data.flows as FlowsData).diagram.mermaid);
  },
});
