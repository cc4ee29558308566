import { globMatcher } from '../policy/glob-matcher.js';
import { CONNECTOR_MANIFEST_GLOBS } from '../flows/manifest-globs.js';
import { ACCESS_LOCK_PATH, grantKey, parseAccessLock } from '../access/access-lock.js';
import { defineAnalyzer, type AnalyzerContext, type AnalyzerResult } from '../analyzer/analyzer.js';
import type { RawFinding, Severity } from '../model/finding.js';
import type { Policy } from '../policy/policy-schema.js';
import { splitPermission } from './catalog/github-catalog.js';
import { catalogEntry, lookupScope, normalizeScope } from './catalog/lookup-scope.js';
import { isScopeProvider, SCOPE_CATALOGS } from './catalog/scope-catalogs.js';
import { checkIdentity } from './check-identity.js';
import { collectInventory, type InventoryEntry } from './collect-inventory.js';
import { diffScopes, type ScopeDiff, type ScopeDiffRow } from './diff-scopes.js';
import { accessRank, type AccessClass } from './scope-model.js';
import { DEFAULT_SCOPES_POLICY, scopesPolicySchema } from './scopes-policy.js';
import { scopesReport } from './scopes-report.js';
import { scopesRules } from './scopes-rules.js';
import { fileNotAnalyzedFinding } from '../typescript/file-not-analyzed-finding.js';
import type { PerFilePhase } from '../analyzer/per-file-phase.js';
import { extractionsByPath, extractScopesFile, hasScopeExtractor, isScopesFileResult, type ScopesFileResult } from './scopes-per-file.js';

/** One inventory row as reports and the CLI show it (no offsets). */
export interface ScopeInventoryRow {
  readonly path: string;
  readonly line: number;
  readonly provider: string;
  readonly scope: string;
  /** `unknown` when neither the catalog nor a vendor convention classifies the scope. */
  readonly access: AccessClass | 'unknown';
  /** True when the catalog or a vendor naming convention classifies the scope. */
  readonly known: boolean;
  readonly basis: 'catalog' | 'convention' | 'unknown';
  readonly breadth: 'resource' | 'workspace';
  readonly wildcard: boolean;
  readonly connector: string;
  readonly narrower: readonly string[];
  readonly source: string;
}

/** A scope that could not be read, as reports show it. */
export interface DynamicScopeRow {
  readonly path: string;
  readonly line: number;
  readonly reason: string;
  readonly provider?: string;
  readonly expression: string;
}

/** `result.data.scopes`: the inventory at head and, for a review, the diff against base. */
export interface ScopesData {
  readonly inventory: readonly ScopeInventoryRow[];
  /** Null for a whole-file scan (there is no base). */
  readonly diff: ScopeDiff | null;
  readonly dynamic: readonly DynamicScopeRow[];
}

const RULES = Object.values(scopesRules);

/** What `analyze` reads: the context, and the head's per-file extractions when the per-file phase did them. */
interface ScopesContext extends AnalyzerContext {
  readonly headFiles?: readonly ScopesFileResult[];
}

/**
 * The scopes analyzer's work on one head file is its extractor's (`extractScopesFile`),
 * a function of the path and the text alone, unless a TS/JS file follows an import
 * into another file (then it is extracted every run). Connector manifests, the
 * connectors files belong to, the diff, the lock and the identity checks span files
 * and are built every run. No policy key is read per file.
 */
const scopesPerFile: PerFilePhase<ScopesData, ScopesFileResult> = {
  cacheVersion: '1',
  isWorthCaching: hasScopeExtractor,
  policyKey: () => null,
  analyzeFile: extractScopesFile,
  isFileResult: isScopesFileResult,
  combine(files, context) {
    const withFiles: ScopesContext = { ...context, headFiles: files };
    return scopesAnalyzer.analyze(withFiles);
  },
};

/**
 * The scopes analyzer: inventories the OAuth scopes, API permissions and IAM
 * grants every connector asks for (manifests, TS/JS, Python, workflows, GitHub App
 * manifests, IAM policies, RBAC, Terraform), classifies each with the catalog,
 * diffs base and head per connector, and reports admin and wildcard grants,
 * escalations, scopes outside the policy's allow lists, workspace-wide grants with
 * a narrower alternative, unknown and dynamic scopes, malformed inputs, and the
 * identity checks (static cloud keys in CI, personal tokens, shared credentials,
 * missing rotation).
 */
export const scopesAnalyzer = defineAnalyzer({
  id: 'scopes',
  description: 'OAuth scopes, API permissions and IAM grants per connector, their diff, least privilege and workload identity.',
  rules: RULES,
  contextFiles: [...CONNECTOR_MANIFEST_GLOBS, '.github/workflows/*.yml', '.github/workflows/*.yaml', 'app.yml', '.github/app.yml', ACCESS_LOCK_PATH],
  policy: { schema: scopesPolicySchema, default: DEFAULT_SCOPES_POLICY },
  report: scopesReport,
  perFile: scopesPerFile,
  async analyze(context: ScopesContext): Promise<AnalyzerResult<ScopesData>> {
    const { policy } = context;
    const head = await collectInventory(context.head, context.paths, extractionsByPath(context.headFiles ?? []));
    let diff: ScopeDiff | null = null;
    const baseConnectors = new Set<string>();
    if (context.base) {
      const isIgnored = globMatcher(policy.ignore);
      const basePaths = [...context.base.keys()].filter((p) => !isIgnored(p)).sort();
      const base = await collectInventory(context.base, basePaths);
      diff = diffScopes(base.entries, head.entries);
      for (const e of base.entries) baseConnectors.add(e.connector);
    }

    const findings: RawFinding[] = [];
    const flowsReportsManifests = (policy.analyzers as Record<string, { enabled?: boolean } | undefined>).flows?.enabled === true;
    for (const p of head.problems) {
      // The flows analyzer validates whole manifests; report manifest problems once.
      if (p.kind === 'manifest' && flowsReportsManifests) continue;
      findings.push({
        ruleId: scopesRules.malformedFile.id,
        messageId: p.kind,
        path: p.path,
        range: { start: p.start, end: p.end },
        data: { message: p.message, hint: p.hint },
      });
    }
    for (const n of head.notAnalyzed) findings.push(fileNotAnalyzedFinding(n.path, n.limit));
    for (const d of head.dynamic) {
      // A name the extractor could not follow is unresolved; a value built at run time is dynamic.
      const unresolved = d.reason === 'variable';
      const messageId = d.reason === 'app-registration' ? 'appRegistration' : d.reason;
      findings.push({
        ruleId: unresolved ? scopesRules.unresolved.id : scopesRules.dynamicScope.id,
        messageId,
        path: d.path,
        range: { start: d.start, end: d.end },
        data: { expression: d.expression, ...(d.provider ? { provider: d.provider } : {}) },
      });
    }
    const escalations = diff ? escalationFindings(diff.changes, policy, baseConnectors) : [];
    const lockText = context.head.get(ACCESS_LOCK_PATH);
    if (diff && lockText !== undefined) findings.push(...grantsNotInLock(diff.changes, head.entries, lockText));
    findings.push(
      ...oneCausePerScope(
        head.entries.flatMap((e) => entryFindings(e, policy)),
        escalations,
      ),
    );
    findings.push(...checkIdentity(context.head, context.paths, head.connectors));

    const data: ScopesData = {
      inventory: head.entries.map(toRow),
      diff,
      dynamic: head.dynamic.map((d) => ({
        path: d.path,
        line: lineOf(context.head.get(d.path) ?? '', d.start),
        reason: d.reason,
        ...(d.provider ? { provider: d.provider } : {}),
        expression: d.expression,
      })),
    };
    return { findings, data };
  },
});

function toRow(e: InventoryEntry): ScopeInventoryRow {
  return {
    path: e.path,
    line: e.line,
    provider: e.provider,
    scope: e.scope,
    access: e.access,
    known: e.basis !== 'unknown',
    basis: e.basis,
    breadth: e.breadth,
    wildcard: e.wildcard,
    connector: e.connector,
    narrower: e.narrower,
    source: e.source,
  };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function narrowerText(narrower: readonly string[]): string {
  return narrower.length > 0 ? ` Narrower: ${narrower.map((n) => (n.includes(' ') && !n.includes(':') ? n : `\`${n}\``)).join(', ')}.` : '';
}

function entryFindings(e: InventoryEntry, policy: Policy): RawFinding[] {
  const out: RawFinding[] = [];
  const range = { start: e.start, end: e.end };
  const base = { path: e.path, range, fingerprintHint: e.key };
  const data = { connector: e.connector, scope: e.scope, provider: e.provider };
  if (e.access === 'unknown' && !e.wildcard) {
    out.push({
      ...base,
      ruleId: scopesRules.unknownScope.id,
      messageId: e.provider === 'unknown' ? 'unknownProvider' : 'unknown',
      data: { ...data, docs: e.docsUrl ?? 'the vendor documentation' },
    });
  } else if (e.scope.startsWith('NotAction ')) {
    out.push({ ...base, ruleId: scopesRules.adminScope.id, messageId: 'inverted', data: { ...data, scope: e.scope.slice('NotAction '.length) } });
  } else if (e.wildcard && e.access === 'admin') {
    out.push({ ...base, ruleId: scopesRules.adminScope.id, messageId: 'wildcard', data: { ...data, narrower: narrowerText(e.narrower) } });
  } else if (e.access === 'admin') {
    out.push({
      ...base,
      ruleId: scopesRules.adminScope.id,
      messageId: 'admin',
      data: { ...data, why: e.note ? `${e.note}.` : 'it can manage permissions or the whole account.', narrower: narrowerText(e.narrower) },
    });
  }

  // Workspace-wide where a resource-scoped alternative exists.
  if (e.breadth === 'workspace' && isScopeProvider(e.provider)) {
    const provider = e.provider;
    const family = e.family.slice(e.family.indexOf(':') + 1);
    const alternative = e.narrower.find((n) => catalogEntry(provider, n)?.breadth === 'resource' && lookupScope(provider, n).family === family);
    if (alternative) out.push({ ...base, ruleId: scopesRules.workspaceWide.id, messageId: 'narrower', data: { ...data, alternative } });
    else if ((e.source === 'iam-policy' || e.source === 'terraform') && e.provider === 'aws' && !e.wildcard && catalogBreadth(e) === 'resource') {
      out.push({ ...base, ruleId: scopesRules.workspaceWide.id, messageId: 'resourceStar', data });
    }
  }

  // Allow lists: deny by default once a list exists for the connector (or else the provider).
  const allow = policy.scopes.allow;
  const connectorList = Object.prototype.hasOwnProperty.call(allow.connectors, e.connector) ? allow.connectors[e.connector] : undefined;
  const providerList = isScopeProvider(e.provider) ? allow.providers[e.provider] : undefined;
  const list = connectorList ?? providerList;
  if (list && !isAllowed(list, e)) {
    out.push({ ...base, ruleId: scopesRules.notAllowed.id, messageId: connectorList ? 'connector' : 'provider', data });
  }
  return out;
}

function catalogBreadth(e: InventoryEntry): 'resource' | 'workspace' | undefined {
  if (!isScopeProvider(e.provider)) return undefined;
  const entry = catalogEntry(e.provider, e.normalized);
  if (entry) return entry.breadth;
  return SCOPE_CATALOGS[e.provider].convention?.(e.normalized)?.breadth;
}

/** Whether an allow list admits an entry: same scope (in the catalog's spelling), or the same permission at a level at most the one allowed. */
export function isAllowed(list: readonly string[], e: InventoryEntry): boolean {
  const provider = e.provider;
  const caseSensitive = isScopeProvider(provider) ? SCOPE_CATALOGS[provider].caseSensitive : true;
  const norm = (s: string): string => {
    const n = isScopeProvider(provider) ? normalizeScope(provider, s) : s.trim();
    return caseSensitive ? n : n.toLowerCase();
  };
  const target = norm(e.scope.replace(/^NotAction /, ''));
  const perm = splitPermission(e.scope);
  for (const item of list) {
    if (norm(item) === target) return true;
    const allowed = splitPermission(item);
    if (perm && allowed && allowed.key === perm.key && accessRank(allowed.level as AccessClass) >= accessRank(perm.level as AccessClass)) return true;
  }
  return false;
}

function escalationSeverity(row: ScopeDiffRow, policy: Policy): Severity | undefined {
  const esc = policy.scopes.escalation;
  const level =
    row.newWildcard || row.after === 'admin' ? esc.admin : row.change === 'broadened' ? esc.workspace : row.after === 'write' ? esc.write : undefined;
  return level === 'off' || level === undefined ? undefined : level;
}

/** Escalation findings for the diff rows at head; a new write/admin scope counts only for a connector that had scopes at base. */
/**
 * One finding per cause on a scope: a scope the change widens that is also
 * workspace-wide is one escalation (the more specific finding: it says what the
 * change did), with the workspace-wide facts in its data (`workspaceWide`, and the
 * narrower `alternative` when the catalog has one), not two findings on one line.
 */
function oneCausePerScope(entryFindingsList: readonly RawFinding[], escalations: readonly RawFinding[]): RawFinding[] {
  const at = (f: RawFinding): string => `${f.path}\0${f.range.start}\0${f.range.end}`;
  const wide = new Map(entryFindingsList.filter((f) => f.ruleId === scopesRules.workspaceWide.id).map((f) => [at(f), f]));
  const merged = escalations.map((e) => {
    const w = wide.get(at(e));
    if (!w) return e;
    const alternative = w.data?.alternative;
    return { ...e, data: { ...e.data, workspaceWide: true, ...(alternative !== undefined ? { alternative } : {}) } };
  });
  const escalated = new Set(escalations.map(at));
  return [...entryFindingsList.filter((f) => !(f.ruleId === scopesRules.workspaceWide.id && escalated.has(at(f)))), ...merged];
}

/**
 * When the repository keeps an access lock, every grant the change adds or widens
 * must be in it (at head: the pull request updates the lock with the grant, and that
 * update is reviewed as a risk fact). An unreadable lock is a finding, never a pass.
 */
function grantsNotInLock(rows: readonly ScopeDiffRow[], entries: readonly InventoryEntry[], lockText: string): RawFinding[] {
  const { lock, problems } = parseAccessLock(lockText);
  if (!lock) {
    const p = problems[0];
    return [
      {
        ruleId: scopesRules.grantNotInLock.id,
        messageId: 'invalidLock',
        path: ACCESS_LOCK_PATH,
        range: { start: 0, end: 0 },
        data: { problem: p ? `line ${p.line}${p.key ? `, ${p.key}` : ''}: ${p.message}` : 'invalid' },
      },
    ];
  }
  const locked = new Map(lock.grants.map((g) => [grantKey(g), g]));
  const out: RawFinding[] = [];
  for (const row of rows) {
    if (row.start === undefined || !['added', 'escalated', 'broadened'].includes(row.change)) continue;
    const entry = entries.find((e) => e.path === row.path && e.start === row.start);
    if (!entry) continue;
    const grant = { connector: entry.connector, provider: entry.provider, scope: entry.normalized };
    const approved = locked.get(grantKey(grant));
    if (approved && approved.access === entry.access) continue;
    out.push({
      ruleId: scopesRules.grantNotInLock.id,
      messageId: 'missing',
      path: row.path,
      range: { start: entry.start, end: entry.end },
      fingerprintHint: grantKey(grant),
      data: { ...grant, access: entry.access },
    });
  }
  return out;
}

function escalationFindings(rows: readonly ScopeDiffRow[], policy: Policy, connectorsAtBase: ReadonlySet<string>): RawFinding[] {
  const out: RawFinding[] = [];
  for (const row of rows) {
    if (row.start === undefined || row.end === undefined) continue;
    let messageId: string | undefined;
    if (row.newWildcard) messageId = 'newWildcard';
    else if (row.change === 'escalated') messageId = 'escalated';
    else if (row.change === 'broadened') messageId = 'broadened';
    else if (
      row.change === 'added' &&
      (row.after === 'write' || row.after === 'admin') &&
      (row.before !== null || connectorsAtBase.has(row.connector))
    )
      messageId = 'added';
    if (!messageId) continue;
    const severity = escalationSeverity(row, policy);
    if (!severity) continue;
    out.push({
      ruleId: scopesRules.escalation.id,
      messageId,
      path: row.path,
      range: { start: row.start, end: row.end },
      severity,
      fingerprintHint: `${row.family}:${row.scope}`,
      data: {
        connector: row.connector,
        scope: row.scope,
        provider: row.provider,
        family: row.family.slice(row.family.indexOf(':') + 1),
        before: row.before ?? 'none',
        after: row.after ?? 'none',
        beforeScope: row.beforeScope ?? '',
        narrower: narrowerText(row.narrower),
      },
    });
  }
  return out;
}
