import type { AccessClass, Breadth, CatalogEntry } from '../scope-model.js';

/** A compact catalog row: scope, access, breadth, narrower alternatives, note. */
export type CatalogRow = readonly [scope: string, access: AccessClass, breadth: Breadth, narrower?: readonly string[], note?: string];

const SHORT: Readonly<Record<string, AccessClass>> = { r: 'read', w: 'write', a: 'admin' };

/**
 * Turns compact rows into catalog entries. Rows keep the catalogs readable as data:
 * one scope a line, as the vendor page lists them.
 */
export function catalogRows(rows: readonly CatalogRow[], docsUrl?: string): CatalogEntry[] {
  return rows.map(([scope, access, breadth, narrower, note]) => ({
    scope,
    access: SHORT[access] ?? access,
    breadth,
    ...(narrower && narrower.length > 0 ? { narrower } : {}),
    ...(note ? { note } : {}),
    ...(docsUrl ? { docsUrl } : {}),
  }));
}
