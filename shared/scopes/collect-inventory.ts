import { globMatcher } from '../policy/glob-matcher.js';
import { ACCESS_LOCK_PATH } from '../access/access-lock.js';
import type { FileSet } from '../files/file-set.js';
import { createLineIndex } from '../text/line-index.js';
import { parseLimitOf, type ParseLimit } from '../typescript/parse-limits.js';
import { detectProvider } from './catalog/detect-provider.js';
import { lookupScope } from './catalog/lookup-scope.js';
import { SCOPE_CATALOGS } from './catalog/scope-catalogs.js';
import type { AccessClass, Breadth, ClassBasis, ScopeProvider } from './scope-model.js';
import { extractFileScopes } from './extract/extract-file-scopes.js';
import type { DynamicScope, ExtractedScope, Extraction, ScopeProblem, ScopeSource } from './extract/extraction.js';
import { looksLikeSecret, shortExpression } from './extract/extraction.js';
import { isConnectorManifest, readConnectorAuth, type ConnectorAuth } from './read-connector-auth.js';

/** One scope in the inventory: where it is written, what it grants, which connector asks for it. */
export interface InventoryEntry {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  /** 1-based line of the scope as written. */
  readonly line: number;
  readonly provider: ScopeProvider | 'unknown';
  /** As written. */
  readonly scope: string;
  /** The catalog's spelling (used for diffing and allow lists). */
  readonly normalized: string;
  /** `unknown`: neither the catalog nor a vendor naming convention classifies it. */
  readonly access: AccessClass | 'unknown';
  readonly breadth: Breadth;
  readonly wildcard: boolean;
  readonly known: boolean;
  readonly basis: ClassBasis;
  readonly narrower: readonly string[];
  /** Connector name, or the file's path when no declared connector holds it. */
  readonly connector: string;
  readonly source: ScopeSource;
  /** Diff identity within the connector: provider and normalized scope. */
  readonly key: string;
  /** Diff grouping within the connector: provider and family (`google:drive`). */
  readonly family: string;
  readonly docsUrl?: string;
  readonly note?: string;
}

/** Everything the analyzer reads from one side (base or head) of a change. */
export interface Inventory {
  readonly entries: InventoryEntry[];
  readonly dynamic: DynamicScope[];
  readonly problems: ScopeProblem[];
  readonly connectors: ConnectorAuth[];
  /** Files an extractor would not parse (too large or too deeply nested), with the bound broken. */
  readonly notAnalyzed: { readonly path: string; readonly limit: ParseLimit }[];
}

/**
 * Reads every scope in `paths` of `files`: connector manifests first (they name
 * the connectors other files are grouped under), then every other file by its
 * extractor, each scope classified by the catalog. Microsoft `.default` requests
 * become dynamic scopes: what they grant lives in the app registration.
 *
 * @param files the file set (head or base)
 * @param paths the paths to read, in order
 * @param read what the per-file phase already read, by path (see `scopes-per-file.ts`); other files are extracted here
 */
export async function collectInventory(
  files: FileSet,
  allPaths: readonly string[],
  read: ReadonlyMap<string, { readonly extraction: Extraction } | { readonly limit: ParseLimit }> = new Map(),
): Promise<Inventory> {
  // The access lock lists approved grants; it requests none (docs/access.md).
  const paths = allPaths.filter((p) => p !== ACCESS_LOCK_PATH);
  const connectors: ConnectorAuth[] = [];
  const problems: ScopeProblem[] = [];
  const dynamic: DynamicScope[] = [];
  const extracted: { scope: ExtractedScope; hints: readonly ScopeProvider[] }[] = [];
  const notAnalyzed: { path: string; limit: ParseLimit }[] = [];

  for (const path of paths) {
    if (!isConnectorManifest(path)) continue;
    const text = files.get(path);
    if (text === undefined) continue;
    const read = readConnectorAuth(path, text);
    problems.push(...read.problems);
    const c = read.connector;
    if (!c) continue;
    connectors.push(c);
    for (const s of c.scopes) {
      // A manifest names its systems: a scope is attributed to one of them or to none.
      const provider =
        detectProvider(s.value, c.providerHints, { onlyHints: true, ...(c.primaryProvider ? { fallback: c.primaryProvider } : {}) }) ?? 'unknown';
      extracted.push({ scope: { path, start: s.start, end: s.end, scope: s.value, provider, source: 'manifest' }, hints: c.providerHints });
    }
    for (const d of c.dynamicScopes)
      dynamic.push({
        path,
        start: d.start,
        end: d.end,
        reason: 'template',
        ...(c.providerHints[0] ? { provider: c.providerHints[0] } : {}),
        expression: shortExpression(d.value),
      });
  }

  for (const path of paths) {
    if (isConnectorManifest(path)) continue;
    const text = files.get(path);
    if (text === undefined) continue;
    const known = read.get(path);
    let result: Extraction;
    if (known && 'limit' in known) {
      notAnalyzed.push({ path, limit: known.limit });
      continue;
    } else if (known) result = known.extraction;
    else
      try {
        result = await extractFileScopes(path, text, files);
      } catch (error) {
        const limit = parseLimitOf(error);
        if (!limit) throw error;
        notAnalyzed.push({ path, limit });
        continue;
      }
    for (const scope of result.scopes) extracted.push({ scope, hints: [] });
    dynamic.push(...result.dynamic);
    problems.push(...result.problems);
  }

  const connectorOf = connectorResolver(connectors);
  const entries: InventoryEntry[] = [];
  const lineIndexes = new Map<string, ReturnType<typeof createLineIndex>>();
  const lineOf = (path: string, offset: number): number => {
    let index = lineIndexes.get(path);
    if (!index) {
      index = createLineIndex(files.get(path) ?? '');
      lineIndexes.set(path, index);
    }
    return index.positionAt(offset).line;
  };

  // A constant imported by several files (and read where it is written) is one grant.
  const seen = new Set<string>();
  for (const { scope: s } of extracted) {
    const identity = `${s.path}\u0000${s.start}\u0000${s.end}\u0000${s.scope}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    // A credential pasted where a scope belongs is the secrets analyzer's finding, not a scope.
    if (looksLikeSecret(s.scope)) continue;
    if (s.provider === 'microsoft' && /(^|\/)\.default$/.test(s.scope)) {
      dynamic.push({ path: s.path, start: s.start, end: s.end, reason: 'app-registration', provider: 'microsoft', expression: s.scope });
      continue;
    }
    const cls = lookupScope(s.provider, s.scope);
    const wildcard = cls.wildcard || s.inverted === true;
    const access = s.inverted ? 'admin' : cls.access;
    // The wider of what the catalog says and what the grant's context says (`Resource: "*"`, a ClusterRole).
    const breadth: Breadth = s.breadth === 'workspace' || cls.breadth === 'workspace' ? 'workspace' : 'resource';
    const caseSensitive = s.provider === 'unknown' ? true : SCOPE_CATALOGS[s.provider].caseSensitive;
    const norm = caseSensitive ? cls.normalized : cls.normalized.toLowerCase();
    entries.push({
      path: s.path,
      start: s.start,
      end: s.end,
      line: lineOf(s.path, s.start),
      provider: s.provider,
      scope: s.inverted ? `NotAction ${s.scope}` : s.scope,
      normalized: cls.normalized,
      access,
      breadth,
      wildcard,
      known: cls.known,
      basis: s.inverted ? 'catalog' : cls.basis,
      narrower: cls.narrower,
      connector: connectorOf(s.path),
      source: s.source,
      key: `${s.provider}:${s.inverted ? '!' : ''}${norm}`,
      family: `${s.provider}:${cls.family}`,
      ...(cls.docsUrl ? { docsUrl: cls.docsUrl } : {}),
      ...(cls.note ? { note: cls.note } : {}),
    });
  }
  entries.sort((a, b) => a.path.localeCompare(b.path) || a.start - b.start);
  return { entries, dynamic, problems, connectors, notAnalyzed };
}

/**
 * Which connector a file belongs to: the manifest whose folder holds it (the
 * deepest), or whose `code` / `paths` globs match it; else the file's own path.
 */
export function connectorResolver(connectors: readonly ConnectorAuth[]): (path: string) => string {
  const byDepth = [...connectors].sort((a, b) => b.dir.length - a.dir.length);
  const globs = connectors.filter((c) => c.codePaths.length > 0).map((c) => ({ name: c.name, match: globMatcher(c.codePaths) }));
  return (path) => {
    for (const c of byDepth) if (c.dir !== '' && (path === c.path || path.startsWith(`${c.dir}/`))) return c.name;
    for (const g of globs) if (g.match(path)) return g.name;
    return path;
  };
}
