import type { InventoryEntry } from './collect-inventory.js';

/** One scope in `tollgate scopes --format json` (the shape other tools rely on, plus `known`). */
export interface ScopesJsonEntry {
  path: string;
  line: number;
  provider: string;
  scope: string;
  /** `read|write|admin`; a scope nothing classifies is reported as `admin` (assume the worst) with `known: false`. */
  access: 'read' | 'write' | 'admin';
  connector: string;
  known: boolean;
}

/** The JSON entry of `tollgate scopes --format json` for an inventory entry. */
export function toScopesJsonEntry(e: InventoryEntry): ScopesJsonEntry {
  return {
    path: e.path,
    line: e.line,
    provider: e.provider,
    scope: e.scope,
    access: e.access === 'unknown' ? 'admin' : e.access,
    connector: e.connector,
    known: e.basis !== 'unknown',
  };
}
