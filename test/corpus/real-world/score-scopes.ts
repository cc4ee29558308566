import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileSet, type FileSet } from '../../../shared/files/file-set.js';
import { collectInventory } from '../../../shared/scopes/collect-inventory.js';
import { isScopeCandidate } from '../../../shared/scopes/is-scope-candidate.js';
import { toScopesJsonEntry, type ScopesJsonEntry } from '../../../shared/scopes/scopes-json-entry.js';

/** One labelled scope of the real-world corpus (`manifest.json`, see LABELLING.md). */
export interface ScopeLabel {
  readonly line?: number;
  readonly provider: string;
  readonly scope: string;
  readonly access: 'read' | 'write' | 'admin';
}

/** One file of the real-world scope corpus. */
export interface ScopeCorpusFile {
  /** Path inside the corpus folder (`files/<owner>__<repo>/<path>`), also its path in the file set. */
  readonly file: string;
  readonly repo: string;
  readonly family: string;
  readonly scopes: readonly ScopeLabel[];
  readonly notRequests: readonly { readonly line: number; readonly text: string; readonly why: string }[];
}

/** The corpus: its labelled files and their texts, keyed by `file`. */
export interface ScopeCorpus {
  readonly files: readonly ScopeCorpusFile[];
  readonly texts: FileSet;
  /** Listed files absent from the checkout (their labels count as misses). */
  readonly missing: readonly string[];
}

/** Where the corpus lives. */
export const SCOPE_CORPUS_DIR = join(import.meta.dirname, 'scopes');

/**
 * Reads `manifest.json` and every file it lists (byte-exact, UTF-8). A listed file
 * that is not in the checkout is returned in `missing`, never skipped silently.
 */
export async function loadScopeCorpus(dir = SCOPE_CORPUS_DIR): Promise<ScopeCorpus> {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { files: ScopeCorpusFile[] };
  const read = await Promise.all(
    manifest.files.map(async (f) => {
      try {
        return [f.file, await readFile(join(dir, f.file), 'utf8')] as const;
      } catch {
        return [f.file, undefined] as const;
      }
    }),
  );
  const texts = read.filter((r): r is readonly [string, string] => r[1] !== undefined);
  return { files: manifest.files, texts: createFileSet(texts), missing: read.filter((r) => r[1] === undefined).map((r) => r[0]) };
}

/** What the scorer reads of one run: the JSON entries and the places where a scope could not be resolved. */
export interface ScopesRun {
  readonly entries: readonly ScopesJsonEntry[];
  /** Paths with at least one unresolved (dynamic) scope note. */
  readonly unresolvedPaths: ReadonlySet<string>;
}

/**
 * Runs the scope inventory over the corpus in-process, exactly as
 * `tollgate scopes <dir> --format json` would: the same candidate filter, one
 * file set holding every file (so constants resolve across files as they would
 * in a scanned folder), the same JSON entries.
 */
export async function runScopes(texts: FileSet): Promise<ScopesRun> {
  const paths = [...texts.keys()].filter(isScopeCandidate).sort();
  const inventory = await collectInventory(texts, paths);
  return { entries: inventory.entries.map(toScopesJsonEntry), unresolvedPaths: new Set(inventory.dynamic.map((d) => d.path)) };
}

const GOOGLE_PREFIX = /^https:\/\/www\.googleapis\.com\/auth\//;
const OIDC = new Set(['openid', 'profile', 'email', 'offline_access']);

/**
 * The comparison form of a scope (LABELLING.md): GitHub `name: level` → `name:level`;
 * Google without the `https://www.googleapis.com/auth/` prefix; Kubernetes as
 * `verb:resource` (the inventory writes `resource:verb`); Microsoft Graph, Azure
 * roles and AWS actions case-insensitive (as the vendors treat them).
 */
export function comparisonKey(provider: string, scope: string, reported: boolean): string {
  let s = scope.trim();
  if (provider === 'github') s = s.replace(/\s*:\s*/, ':');
  if (provider === 'google') s = s.replace(GOOGLE_PREFIX, '');
  if (provider === 'kubernetes' && reported && !s.startsWith('clusterrole:')) {
    const cut = s.lastIndexOf(':');
    s = `${s.slice(cut + 1)}:${s.slice(0, cut)}`;
  }
  if (provider === 'microsoft' || provider === 'azure' || provider === 'aws' || provider === 'oidc') s = s.toLowerCase();
  // OIDC standard scopes are labelled under the identity provider that asks for them.
  if (OIDC.has(s.toLowerCase())) return `oidc ${s.toLowerCase()}`;
  return `${provider} ${s}`;
}

/** Scores of one family (or of all files). */
export interface FamilyScore {
  readonly family: string;
  files: number;
  labels: number;
  matched: number;
  /** Matched scopes whose reported access equals the label's. */
  accessAgree: number;
  /** Reported scopes whose provider + scope the file's labels do not have. */
  invented: number;
  /** Reported again beyond the labelled count (same scope, one grant reported twice). */
  surplus: number;
  /** Misses in files where the run reported no unresolved note: the miss is silent. */
  silentMisses: number;
  /** Reported scopes the catalog does not classify (`known: false`). */
  unknown: number;
}

/** One problem to print under the table. */
export interface ScoreDetail {
  readonly kind: 'miss' | 'access' | 'invented';
  readonly file: string;
  readonly family: string;
  readonly line: number | undefined;
  readonly scope: string;
  readonly detail: string;
}

/** The whole score: per family, overall, and every miss, disagreement and invention. */
export interface ScopesScore {
  readonly families: FamilyScore[];
  readonly total: FamilyScore;
  readonly details: ScoreDetail[];
}

function emptyScore(family: string): FamilyScore {
  return { family, files: 0, labels: 0, matched: 0, accessAgree: 0, invented: 0, surplus: 0, silentMisses: 0, unknown: 0 };
}

/**
 * Matches a run to the labels, file by file: a label matches an unmatched
 * reported entry of the same comparison key (nearest line first); reported
 * entries left over are surplus when the key is labelled in the file, else
 * invented.
 */
export function scoreScopes(corpus: ScopeCorpus, run: ScopesRun): ScopesScore {
  const byPath = new Map<string, ScopesJsonEntry[]>();
  for (const e of run.entries) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
  const families = new Map<string, FamilyScore>();
  const total = emptyScore('all');
  const details: ScoreDetail[] = [];

  for (const f of corpus.files) {
    const fam = families.get(f.family) ?? emptyScore(f.family);
    families.set(f.family, fam);
    const bump = (k: keyof Omit<FamilyScore, 'family'>, n = 1): void => {
      fam[k] += n;
      total[k] += n;
    };
    bump('files');
    bump('labels', f.scopes.length);
    const reported = (byPath.get(f.file) ?? []).map((e) => ({ e, key: comparisonKey(e.provider, e.scope, true), used: false }));
    bump('unknown', reported.filter((r) => !r.e.known).length);
    const labelKeys = new Set(f.scopes.map((l) => comparisonKey(l.provider, l.scope, false)));
    for (const l of f.scopes) {
      const key = comparisonKey(l.provider, l.scope, false);
      const candidates = reported.filter((r) => !r.used && r.key === key).sort((a, b) => Math.abs(a.e.line - (l.line ?? 0)) - Math.abs(b.e.line - (l.line ?? 0)));
      const hit = candidates[0];
      if (!hit) {
        const noted = run.unresolvedPaths.has(f.file);
        if (!noted) bump('silentMisses');
        details.push({ kind: 'miss', file: f.file, family: f.family, line: l.line, scope: `${l.provider} ${l.scope}`, detail: corpus.missing.includes(f.file) ? 'file missing from the checkout' : noted ? 'noted (unresolved or dynamic note in the file)' : 'silent' });
        continue;
      }
      hit.used = true;
      bump('matched');
      if (hit.e.access === l.access) bump('accessAgree');
      else details.push({ kind: 'access', file: f.file, family: f.family, line: l.line, scope: `${l.provider} ${l.scope}`, detail: `label ${l.access}, reported ${hit.e.access}${hit.e.known ? '' : ' (unknown)'}` });
    }
    for (const r of reported) {
      if (r.used) continue;
      if (labelKeys.has(r.key)) bump('surplus');
      else {
        bump('invented');
        details.push({ kind: 'invented', file: f.file, family: f.family, line: r.e.line, scope: `${r.e.provider} ${r.e.scope}`, detail: `access ${r.e.access}` });
      }
    }
  }
  return { families: [...families.values()].sort((a, b) => a.family.localeCompare(b.family)), total, details };
}

/** Recall of a score: matched / labels (1 when there are no labels). */
export function recallOf(s: FamilyScore): number {
  return s.labels === 0 ? 1 : s.matched / s.labels;
}

/** Access agreement of a score: matched scopes whose access class agrees / matched (1 when none matched). */
export function accessAgreementOf(s: FamilyScore): number {
  return s.matched === 0 ? 1 : s.accessAgree / s.matched;
}

/** The score as a Markdown table (one row per family, then `all`), ready for docs/corpus.md. */
export function formatScopesTable(score: ScopesScore): string {
  const pct = (n: number): string => n.toFixed(3);
  const rows = [...score.families, score.total].map(
    (s) => `| ${s.family} | ${s.files} | ${s.labels} | ${s.matched} | ${pct(recallOf(s))} | ${pct(accessAgreementOf(s))} | ${s.invented} | ${s.surplus} | ${s.silentMisses} | ${s.unknown} |`,
  );
  return ['| family | files | labels | matched | recall | access | invented | surplus | silent misses | unknown |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |', ...rows].join('\n');
}
