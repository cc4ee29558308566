import { parseDocument, stringify } from 'yaml';
import { z } from 'zod';
import type { InventoryEntry } from '../scopes/collect-inventory.js';

/** Where the access lock lives, repository-relative. */
export const ACCESS_LOCK_PATH = '.github/tollgate-access.yml';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/, 'an ISO 8601 date such as `2026-12-04`')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'a real calendar date');

const grant = z
  .object({
    connector: z.string().min(1).describe('The connector that requests the grant (its manifest name, or the file path when no manifest holds it).'),
    provider: z.string().min(1).describe('The provider, as `tollgate scopes` names it (`slack`, `google`, `aws`, ...).'),
    scope: z.string().min(1).describe('The scope, permission or action, as the catalog spells it.'),
    access: z.enum(['read', 'write', 'admin', 'unknown']).describe('Its access class when it was approved.'),
    paths: z.array(z.string().min(1)).default([]).describe('Where the repository requests it (informational; refreshed by `tollgate access lock`).'),
    approvedBy: z.string().min(1).describe('Who approved the grant (a GitHub handle or a name).'),
    approvedAt: isoDate.describe('When it was approved (ISO 8601 date). Older than `access.reviewIntervalDays` is review-due.'),
  })
  .strict()
  .describe('One approved grant.');

/** The lock file's schema (`.github/tollgate-access.yml`; JSON Schema: schema/tollgate-access.schema.json). */
export const accessLockSchema = z
  .object({
    version: z.literal(1).default(1).describe('Lock format version. Only `1` exists.'),
    grants: z.array(grant).default([]).describe('Every grant the repository requests, with its approval. Written by `tollgate access lock`.'),
  })
  .strict()
  .describe('Tollgate access lock: the approved grants of a repository and who approved them when. See docs/access.md.');

export type AccessLock = z.output<typeof accessLockSchema>;
export type LockedGrant = AccessLock['grants'][number];

/** A problem reading the lock, located for the user. */
export interface LockProblem {
  readonly line: number;
  readonly key: string;
  readonly message: string;
}

/** Parses the lock's text; problems (YAML, schema, duplicate entries, merge-conflict markers) are returned, never thrown. */
export function parseAccessLock(text: string): { lock?: AccessLock; problems: LockProblem[] } {
  const conflict = text.split('\n').findIndex((l) => /^(<{7}|={7}|>{7})( |$)/.test(l));
  if (conflict >= 0)
    return {
      problems: [
        {
          line: conflict + 1,
          key: '',
          message: 'holds a merge-conflict marker: resolve the conflict, then run `tollgate access lock` to rewrite it',
        },
      ],
    };
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { problems: [{ line: e.linePos?.[0]?.line ?? 1, key: '', message: `is not valid YAML (${e.code})` }] };
  }
  const parsed = accessLockSchema.safeParse(doc.toJS() ?? {});
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => {
        const node = doc.getIn(issue.path as (string | number)[], true) as { range?: [number, number] } | undefined;
        const line = node?.range ? text.slice(0, node.range[0]).split('\n').length : 1;
        return { line, key: issue.path.join('.'), message: issue.message };
      }),
    };
  }
  const seen = new Set<string>();
  const problems: LockProblem[] = [];
  parsed.data.grants.forEach((g, i) => {
    const key = grantKey(g);
    if (seen.has(key))
      problems.push({ line: 1, key: `grants.${i}`, message: `lists ${g.provider} ${g.scope} for ${g.connector} twice: keep one entry` });
    seen.add(key);
  });
  return problems.length > 0 ? { problems } : { lock: parsed.data, problems: [] };
}

/** Identity of a grant: connector, provider and scope. */
export function grantKey(g: { connector: string; provider: string; scope: string }): string {
  return `${g.connector}\0${g.provider}\0${g.scope}`;
}

/** A grant the repository requests today, from the scope inventory. */
export interface RequestedGrant {
  readonly connector: string;
  readonly provider: string;
  readonly scope: string;
  readonly access: 'read' | 'write' | 'admin' | 'unknown';
  readonly path: string;
  readonly line: number;
  readonly paths: readonly string[];
}

/** The grants the inventory requests, one per connector/provider/scope (first place it is written). */
export function requestedGrants(entries: readonly InventoryEntry[]): RequestedGrant[] {
  const byKey = new Map<string, RequestedGrant>();
  for (const e of entries) {
    const g = { connector: e.connector, provider: e.provider, scope: e.normalized };
    const key = grantKey(g);
    const existing = byKey.get(key);
    if (existing) {
      if (!existing.paths.includes(e.path)) byKey.set(key, { ...existing, paths: [...existing.paths, e.path].sort() });
      continue;
    }
    byKey.set(key, { ...g, access: e.access, path: e.path, line: e.line, paths: [e.path] });
  }
  return [...byKey.values()].sort((a, b) => grantKey(a).localeCompare(grantKey(b)));
}

/**
 * The lock for what is requested now: entries that did not change keep their
 * approval (and get their paths refreshed); new ones take `approvedBy` and `now`;
 * grants no longer requested are dropped. `reapprove` selects unchanged grants that
 * are re-approved now (they take `approvedBy` and `now` too).
 */
export function lockGrants(
  requested: readonly RequestedGrant[],
  previous: AccessLock | undefined,
  approval: { approvedBy: string; now: string; reapprove?: (grant: RequestedGrant) => boolean },
): AccessLock {
  const old = new Map((previous?.grants ?? []).map((g) => [grantKey(g), g]));
  return {
    version: 1,
    grants: requested.map((r) => {
      const kept = old.get(grantKey(r));
      // Re-approval (the quarterly review): the grant takes the new approver and date.
      const same = kept && kept.access === r.access && !approval.reapprove?.(r);
      return {
        connector: r.connector,
        provider: r.provider,
        scope: r.scope,
        access: r.access,
        paths: [...r.paths],
        approvedBy: same ? kept.approvedBy : approval.approvedBy,
        approvedAt: same ? kept.approvedAt : approval.now,
      };
    }),
  };
}

/** The lock as YAML, with a header saying what it is. */
export function renderAccessLock(lock: AccessLock): string {
  return `# Tollgate access lock (docs/access.md): every grant this repository requests, who approved it, when.\n# Rewrite with \`tollgate access lock --approved-by @you\`; check with \`tollgate access check\`.\n${stringify(lock, { lineWidth: 0 })}`;
}

/** One grant's state in `tollgate access check`. */
export interface GrantStatus {
  readonly connector: string;
  readonly provider: string;
  readonly scope: string;
  readonly status: 'approved' | 'unapproved' | 'removed' | 'review-due';
  readonly path?: string;
  readonly line?: number;
  readonly approvedAt?: string;
}

/**
 * Compares what is requested with the lock: `unapproved` (requested, not locked, or
 * locked with a different access class), `removed` (locked, no longer requested),
 * `review-due` (approved more than `reviewIntervalDays` before `now`), else `approved`.
 */
export function checkGrants(
  requested: readonly RequestedGrant[],
  lock: AccessLock,
  options: { now: string; reviewIntervalDays: number },
): GrantStatus[] {
  const locked = new Map(lock.grants.map((g) => [grantKey(g), g]));
  const now = Date.parse(options.now);
  const out: GrantStatus[] = [];
  for (const r of requested) {
    const g = locked.get(grantKey(r));
    const where = { path: r.path, line: r.line };
    if (!g || g.access !== r.access) {
      out.push({ connector: r.connector, provider: r.provider, scope: r.scope, status: 'unapproved', ...where });
      continue;
    }
    const ageDays = (now - Date.parse(g.approvedAt)) / 86_400_000;
    out.push({
      connector: r.connector,
      provider: r.provider,
      scope: r.scope,
      status: ageDays > options.reviewIntervalDays ? 'review-due' : 'approved',
      ...where,
      approvedAt: g.approvedAt,
    });
  }
  const requestedKeys = new Set(requested.map(grantKey));
  for (const g of lock.grants)
    if (!requestedKeys.has(grantKey(g)))
      out.push({ connector: g.connector, provider: g.provider, scope: g.scope, status: 'removed', approvedAt: g.approvedAt });
  return out.sort((a, b) => grantKey(a).localeCompare(grantKey(b)));
}

/** One lock entry a change touches, for the evidence record. */
export interface LockEntryChange {
  readonly change: 'added' | 'removed' | 'reapproved' | 'changed';
  readonly connector: string;
  readonly provider: string;
  readonly scope: string;
  readonly access: LockedGrant['access'];
  readonly approvedBy: string;
  readonly approvedAt: string;
}

/**
 * The lock entries a change touches, from the lock's text at base and head: `added`,
 * `removed`, `reapproved` (same access, new approver or date) or `changed` (access
 * class). A side that is absent or unreadable counts as an empty lock. Sorted by key.
 */
export function diffAccessLocks(baseText: string | undefined, headText: string | undefined): LockEntryChange[] {
  const read = (text: string | undefined): LockedGrant[] => (text === undefined ? [] : (parseAccessLock(text).lock?.grants ?? []));
  const base = new Map(read(baseText).map((g) => [grantKey(g), g]));
  const head = new Map(read(headText).map((g) => [grantKey(g), g]));
  const out: LockEntryChange[] = [];
  const entry = (change: LockEntryChange['change'], g: LockedGrant): LockEntryChange => ({
    change,
    connector: g.connector,
    provider: g.provider,
    scope: g.scope,
    access: g.access,
    approvedBy: g.approvedBy,
    approvedAt: g.approvedAt,
  });
  for (const [key, g] of head) {
    const before = base.get(key);
    if (!before) out.push(entry('added', g));
    else if (before.access !== g.access) out.push(entry('changed', g));
    else if (before.approvedAt !== g.approvedAt || before.approvedBy !== g.approvedBy) out.push(entry('reapproved', g));
  }
  for (const [key, g] of base) if (!head.has(key)) out.push(entry('removed', g));
  return out.sort((a, b) => grantKey(a).localeCompare(grantKey(b)));
}
