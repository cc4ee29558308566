import { scopesAnalyzer } from '../../../shared/scopes/scopes-analyzer.js';
import { runFixtures } from '../../support/run-fixtures.js';

/**
 * Scopes fixtures: `ng.<case>/` must produce exactly its `expected.json`, `ok.<case>/`
 * nothing; a case with `base/` and `head/` is reviewed as a change, and its
 * `.github/tollgate.yml` is its policy. `UPDATE_FIXTURES=1 npx vitest run test/shared/scopes/fixtures.test.ts`
 * rewrites the expectations; read the diff before committing it.
 */
runFixtures({ name: 'scopes fixtures', dir: new URL('./fixtures', import.meta.url), analyzers: [scopesAnalyzer] });
