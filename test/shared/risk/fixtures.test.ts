import { riskAnalyzer } from '../../../shared/risk/risk-analyzer.js';
import { runFixtures } from '../../support/run-fixtures.js';

/**
 * Risk fixtures: `ng.<case>/` must produce exactly its `expected.json`, `ok.<case>/`
 * nothing. `UPDATE_FIXTURES=1 npx vitest run test/shared/risk/fixtures.test.ts`
 * rewrites the expectations; read the diff before committing it.
 */
runFixtures({ name: 'risk fixtures', dir: new URL('./fixtures', import.meta.url), analyzers: [riskAnalyzer] });
