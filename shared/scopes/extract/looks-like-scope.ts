import { catalogEntry } from '../catalog/lookup-scope.js';
import { SCOPE_CATALOGS } from '../catalog/scope-catalogs.js';
import type { ScopeProvider } from '../scope-model.js';

const PROVIDERS = Object.keys(SCOPE_CATALOGS) as ScopeProvider[];

/**
 * Whether a value reads as a scope of some provider. Used where a `scope` key may
 * mean something else (`scope: 'module'`): scope punctuation (`:` `.` `/` `_`), or
 * a bare word some catalog lists (`repo`, `api`, `openid`).
 */
export function looksLikeScope(value: string): boolean {
  if (/[:./_]/.test(value)) return true;
  return PROVIDERS.some((p) => catalogEntry(p, value) !== undefined);
}
