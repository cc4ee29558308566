import { ANALYZERS } from '../../../shared/analyzer/registry.js';
import { runFixtures } from '../../support/run-fixtures.js';

/**
 * Secret fixtures (see fixtures/README.md): `ng.<case>/` must produce exactly its
 * `expected.json`, `ok.<case>/` nothing; a found secret never appears unmasked in a
 * message or in data. `UPDATE_FIXTURES=1 npx vitest run test/shared/secrets/fixtures.test.ts`
 * rewrites the expectations; read the diff before committing it.
 */
runFixtures({
  name: 'secret fixtures',
  dir: new URL('./fixtures', import.meta.url),
  analyzers: ANALYZERS.filter((a) => a.id === 'secrets'),
  masked: true,
  printTotals: true,
});
