import type { CatalogEntry, ProviderCatalog, ScopeClass, ScopeProvider } from '../scope-model.js';
import { isScopeProvider, SCOPE_CATALOGS } from './scope-catalogs.js';

const indexes = new Map<ScopeProvider, Map<string, CatalogEntry>>();

function indexOf(catalog: ProviderCatalog): Map<string, CatalogEntry> {
  let index = indexes.get(catalog.provider);
  if (!index) {
    index = new Map();
    for (const entry of catalog.entries) index.set(catalog.caseSensitive ? entry.scope : entry.scope.toLowerCase(), entry);
    indexes.set(catalog.provider, index);
  }
  return index;
}

/** The catalog's spelling of a scope (URL prefixes stripped, `contents: write` -> `contents:write`). */
export function normalizeScope(provider: ScopeProvider, scope: string): string {
  const catalog = SCOPE_CATALOGS[provider];
  return catalog.normalize ? catalog.normalize(scope.trim()) : scope.trim();
}

/** The catalog entry for a scope, when the catalog lists it. */
export function catalogEntry(provider: ScopeProvider, scope: string): CatalogEntry | undefined {
  const catalog = SCOPE_CATALOGS[provider];
  const normalized = normalizeScope(provider, scope);
  return indexOf(catalog).get(catalog.caseSensitive ? normalized : normalized.toLowerCase());
}

/**
 * Classifies one scope of one provider: from the catalog when it lists the scope
 * (`basis: 'catalog'`), else from the vendor's documented naming convention
 * (`basis: 'convention'`, `known: false`), else `access: 'unknown'` — never a guess.
 * A wildcard the convention cannot confine to reads is `admin`.
 *
 * @param provider a catalog provider id, or anything else (classified as unknown)
 * @param scope    the scope as written
 */
export function lookupScope(provider: string, scope: string): ScopeClass {
  if (!isScopeProvider(provider)) {
    return {
      provider: 'unknown',
      normalized: scope.trim(),
      known: false,
      basis: 'unknown',
      access: 'unknown',
      breadth: 'workspace',
      wildcard: scope.includes('*'),
      family: scope.trim(),
      narrower: [],
    };
  }
  const catalog = SCOPE_CATALOGS[provider];
  const normalized = normalizeScope(provider, scope);
  const key = catalog.caseSensitive ? normalized : normalized.toLowerCase();
  const wildcard = catalog.isWildcard ? catalog.isWildcard(normalized) : normalized.includes('*');
  const family = catalog.family(catalog.caseSensitive ? normalized : normalized.toLowerCase());
  const entry = indexOf(catalog).get(key);
  if (entry) {
    return {
      provider,
      normalized: entry.scope,
      known: true,
      basis: 'catalog',
      access: entry.access,
      breadth: entry.breadth,
      wildcard,
      family,
      narrower: entry.narrower ?? [],
      ...(entry.note ? { note: entry.note } : {}),
      docsUrl: entry.docsUrl ?? catalog.docsUrl,
    };
  }
  const convention = catalog.convention?.(normalized);
  if (convention) {
    return {
      provider,
      normalized,
      known: false,
      basis: 'convention',
      access: convention.access,
      breadth: convention.breadth,
      wildcard,
      family,
      narrower: [],
      docsUrl: convention.docsUrl,
    };
  }
  return {
    provider,
    normalized,
    known: false,
    basis: 'unknown',
    access: wildcard ? 'admin' : 'unknown',
    breadth: 'workspace',
    wildcard,
    family,
    narrower: [],
    docsUrl: catalog.docsUrl,
  };
}
