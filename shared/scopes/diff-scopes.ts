import type { InventoryEntry } from './collect-inventory.js';
import { accessRank, type AccessClass, type Breadth, type ScopeProvider } from './scope-model.js';

/** How one scope changed between base and head. */
export type ScopeChange = 'added' | 'removed' | 'escalated' | 'broadened' | 'reduced';

/** One row of the per-connector scope diff. */
export interface ScopeDiffRow {
  readonly connector: string;
  readonly provider: ScopeProvider | 'unknown';
  /** The scope at head (or at base, for `removed` / `reduced`). */
  readonly scope: string;
  readonly change: ScopeChange;
  /** The connector's highest class for this scope's family at base; null when it had none. */
  readonly before: AccessClass | 'unknown' | null;
  readonly after: AccessClass | 'unknown' | null;
  readonly beforeBreadth: Breadth | null;
  readonly afterBreadth: Breadth | null;
  /** The base scope an escalation replaces or outranks (`drive.readonly` for `drive`). */
  readonly beforeScope?: string;
  /** True when the change adds a wildcard the connector did not have. */
  readonly newWildcard: boolean;
  /** Narrower alternatives from the catalog. */
  readonly narrower: readonly string[];
  /** Why it matters, in a few words. */
  readonly why: string;
  /** Where the scope is written (head for additions, base for removals). */
  readonly path: string;
  readonly line: number;
  /** Offsets at head, for findings (absent for removals). */
  readonly start?: number;
  readonly end?: number;
  /** The family the rows pair on (`google:drive`). */
  readonly family: string;
}

/** The scope diff of a change: rows by connector, and counts. */
export interface ScopeDiff {
  readonly changes: readonly ScopeDiffRow[];
  readonly summary: {
    readonly added: number;
    readonly removed: number;
    readonly escalated: number;
    readonly broadened: number;
    readonly reduced: number;
    readonly newWildcards: number;
  };
}

interface FamilyMax {
  access: AccessClass | 'unknown';
  breadth: Breadth;
  entry: InventoryEntry;
}

function familyMax(entries: readonly InventoryEntry[]): Map<string, FamilyMax> {
  const out = new Map<string, FamilyMax>();
  for (const e of entries) {
    const cur = out.get(e.family);
    if (!cur) {
      out.set(e.family, { access: e.access, breadth: e.breadth, entry: e });
      continue;
    }
    if (e.access !== 'unknown' && (cur.access === 'unknown' || accessRank(e.access) > accessRank(cur.access))) {
      cur.access = e.access;
      cur.entry = e;
    }
    if (e.breadth === 'workspace') cur.breadth = 'workspace';
  }
  return out;
}

function groupBy(entries: readonly InventoryEntry[]): Map<string, InventoryEntry[]> {
  const out = new Map<string, InventoryEntry[]>();
  for (const e of entries) {
    const list = out.get(e.connector);
    if (list) list.push(e);
    else out.set(e.connector, [e]);
  }
  return out;
}

/** A few words on why a change matters. */
function whyItMatters(change: ScopeChange, entry: InventoryEntry, before: AccessClass | 'unknown' | null, newWildcard: boolean): string {
  const parts: string[] = [];
  if (newWildcard) parts.push('new wildcard: grants every matching permission, including future ones');
  else if (change === 'escalated')
    parts.push(
      entry.access === 'admin'
        ? `${before ?? 'none'} → admin: can manage permissions or the whole account`
        : `${before ?? 'none'} → ${entry.access}: can now change data`,
    );
  else if (change === 'broadened') parts.push('resource → workspace: reaches every object of that kind');
  else if (change === 'added')
    parts.push(
      entry.access === 'admin'
        ? 'new admin access'
        : entry.access === 'write'
          ? 'new write access'
          : entry.access === 'unknown'
            ? 'unknown scope: not classified'
            : 'new read access',
    );
  else if (change === 'removed') parts.push('no longer requested');
  else parts.push('narrower than before');
  if (entry.note && change !== 'removed' && change !== 'reduced') parts.push(entry.note);
  return parts.join('; ');
}

/**
 * Diffs the scope inventory of a change per connector. Scopes pair by their
 * family within a connector (`drive.readonly` and `drive`, `contents: read` and
 * `contents: write`), so a replaced scope reads as one escalation rather than a
 * removal plus an addition. Rows: `added`, `removed`, `escalated` (read → write →
 * admin), `broadened` (resource → workspace), `reduced`; `newWildcard` marks a
 * wildcard the connector did not have.
 *
 * @param base inventory entries at the base of the change
 * @param head inventory entries at the head
 */
export function diffScopes(base: readonly InventoryEntry[], head: readonly InventoryEntry[]): ScopeDiff {
  const rows: ScopeDiffRow[] = [];
  const baseBy = groupBy(base);
  const headBy = groupBy(head);
  const connectors = [...new Set([...baseBy.keys(), ...headBy.keys()])].sort();
  for (const connector of connectors) {
    const b = baseBy.get(connector) ?? [];
    const h = headBy.get(connector) ?? [];
    const bKeys = new Map(b.map((e) => [e.key, e]));
    const hKeys = new Map(h.map((e) => [e.key, e]));
    const bFam = familyMax(b);
    const hFam = familyMax(h);
    const baseWildcards = new Set(b.filter((e) => e.wildcard).map((e) => e.key));
    const widened = new Set<string>();
    const seen = new Set<string>();
    for (const e of h) {
      if (seen.has(e.key)) continue;
      seen.add(e.key);
      const old = bKeys.get(e.key);
      const newWildcard = e.wildcard && !baseWildcards.has(e.key);
      let change: ScopeChange | undefined;
      let before: AccessClass | 'unknown' | null = null;
      let beforeBreadth: Breadth | null = null;
      let beforeScope: string | undefined;
      if (old) {
        if (old.breadth === 'resource' && e.breadth === 'workspace') {
          change = 'broadened';
          before = old.access;
          beforeBreadth = old.breadth;
          beforeScope = old.scope;
        }
      } else {
        const prev = bFam.get(e.family);
        if (!prev) change = 'added';
        else {
          before = prev.access;
          beforeBreadth = prev.breadth;
          beforeScope = prev.entry.scope;
          const comparable = e.access !== 'unknown' && prev.access !== 'unknown';
          const rank = comparable ? accessRank(e.access) - accessRank(prev.access) : 0;
          const wider = e.breadth === 'workspace' && prev.breadth === 'resource';
          const narrower = e.breadth === 'resource' && prev.breadth === 'workspace';
          if (comparable && rank > 0) change = 'escalated';
          else if (rank === 0 && wider) change = 'broadened';
          else if (comparable && (rank < 0 || (rank === 0 && narrower)) && !hKeys.has(prev.entry.key)) change = 'reduced';
          else change = 'added';
        }
      }
      if (!change) continue;
      if (change === 'escalated' || change === 'broadened' || change === 'reduced') widened.add(e.family);
      rows.push({
        connector,
        provider: e.provider,
        scope: e.scope,
        change,
        before,
        after: e.access,
        beforeBreadth,
        afterBreadth: e.breadth,
        ...(beforeScope !== undefined && change !== 'added' ? { beforeScope } : {}),
        newWildcard,
        narrower: e.narrower,
        why: whyItMatters(change, e, before, newWildcard),
        path: e.path,
        line: e.line,
        start: e.start,
        end: e.end,
        family: e.family,
      });
    }
    const removedSeen = new Set<string>();
    for (const e of b) {
      if (hKeys.has(e.key) || removedSeen.has(e.key)) continue;
      removedSeen.add(e.key);
      // The scope an escalation (or reduction) replaced is named in that row.
      if (widened.has(e.family)) continue;
      const now = hFam.get(e.family);
      const change: ScopeChange =
        now && now.access !== 'unknown' && e.access !== 'unknown' && accessRank(now.access) < accessRank(e.access) ? 'reduced' : 'removed';
      rows.push({
        connector,
        provider: e.provider,
        scope: e.scope,
        change,
        before: e.access,
        after: change === 'reduced' && now ? now.access : null,
        beforeBreadth: e.breadth,
        afterBreadth: change === 'reduced' && now ? now.breadth : null,
        newWildcard: false,
        narrower: [],
        why: whyItMatters(change, e, e.access, false),
        path: e.path,
        line: e.line,
        family: e.family,
      });
    }
  }
  const count = (c: ScopeChange): number => rows.filter((r) => r.change === c).length;
  return {
    changes: rows,
    summary: {
      added: count('added'),
      removed: count('removed'),
      escalated: count('escalated'),
      broadened: count('broadened'),
      reduced: count('reduced'),
      newWildcards: rows.filter((r) => r.newWildcard).length,
    },
  };
}
