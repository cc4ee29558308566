import { globMatcher } from '../policy/glob-matcher.js';
import type { FlowsPolicy } from './flows-policy.js';

/** Where a region sits for transfer rules. `unknown`: no region declared. */
export type RegionClass = 'eu' | 'adequate' | 'third-country' | 'unknown';

/**
 * Builds a classifier for region names from the policy's `adequateRegions` and
 * `euRegions` globs (case-insensitive; adequacy is checked first so `eu-west-2`,
 * London, is adequate rather than EU).
 */
export function createRegionClassifier(policy: Pick<FlowsPolicy, 'euRegions' | 'adequateRegions'>): (region: string | undefined) => RegionClass {
  const adequate = globMatcher(
    policy.adequateRegions.map((g) => g.toLowerCase()),
    { nocase: true },
  );
  const eu = globMatcher(
    policy.euRegions.map((g) => g.toLowerCase()),
    { nocase: true },
  );
  return (region) => {
    if (region === undefined || region.trim() === '') return 'unknown';
    const r = region.trim().toLowerCase();
    if (adequate(r)) return 'adequate';
    if (eu(r)) return 'eu';
    return 'third-country';
  };
}
