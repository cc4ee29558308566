import { ACCESS_LOCK_PATH, diffAccessLocks } from '../access/access-lock.js';
import { globMatcher } from '../policy/glob-matcher.js';
import { analyzerData } from '../analyzer/analyzer-data.js';
import type { ChangeSet } from '../diff/parse-unified-diff.js';
import type { ReviewResult } from '../engine/run-review.js';
import type { FileSet } from '../files/file-set.js';
import { agentsAnalyzer } from '../agents/agents-analyzer.js';
import { flowsAnalyzer } from '../flows/flows-analyzer.js';
import { loadManifests, type LoadedManifest } from '../flows/load-manifests.js';
import { POLICY_PATH, POLICY_PATHS } from '../policy/policy-path.js';
import type { Policy } from '../policy/policy-schema.js';
import { scopesAnalyzer } from '../scopes/scopes-analyzer.js';
import { accessRank } from '../scopes/scope-model.js';
import { findInlineSuppressions } from '../suppressions/find-inline-suppressions.js';
import type { ChangeFact, FactEvidence } from './change-fact.js';
import { FACT_IDS, type FactId } from './fact-ids.js';
import { CODEOWNERS_PATHS } from './parse-codeowners.js';

/** What the facts are computed from: the engine's result and the change it reviewed. */
export interface FactInput {
  readonly result: ReviewResult;
  readonly head: FileSet;
  readonly base: FileSet;
  readonly changes: ChangeSet;
  /** Every changed path, deleted files included. Default: the keys of `changes`. */
  readonly changedPaths?: readonly string[];
  readonly policy: Policy;
  /** The policy file's path. Default: `.github/tollgate.yml`. */
  readonly policyFile?: string;
}

/** A connector the change touches, with its owner (from its manifest at head, else at base). */
export interface TouchedConnector {
  readonly name: string;
  readonly owner: string;
  readonly path: string;
  /** Why it counts as touched. */
  readonly why: string;
}

/** The facts of a change and the connectors it touches. */
export interface ComputedFacts {
  readonly facts: readonly ChangeFact[];
  readonly connectors: readonly TouchedConnector[];
  readonly changedPaths: readonly string[];
}

const IDENTITY_RULES = new Set(['scopes/static-cloud-key-in-ci', 'scopes/personal-token', 'scopes/shared-credential', 'scopes/no-rotation']);
const SENSITIVE = new Set(['pii', 'health', 'financial']);

/**
 * Derives the change facts (see `FACT_DESCRIPTIONS`) from the analyzers' data (scope
 * diff, flow diff), the findings on added lines, and the changed paths; each fact
 * lists the files and lines that establish it. Pure.
 */
export function computeFacts(input: FactInput): ComputedFacts {
  const { result, head, base, changes, policy } = input;
  const changedPaths = [...new Set(input.changedPaths ?? [...changes.keys()])].sort();
  const found = new Map<FactId, FactEvidence[]>();
  const add = (id: FactId, evidence: FactEvidence): void => {
    const list = found.get(id) ?? [];
    if (!list.some((e) => e.path === evidence.path && e.line === evidence.line && e.detail === evidence.detail)) list.push(evidence);
    found.set(id, list);
  };
  const firstAdded = (path: string): number | undefined => changes.get(path)?.addedLines[0]?.start;
  const at = (path: string, detail: string): FactEvidence => {
    const line = firstAdded(path);
    return line !== undefined ? { path, line, detail } : { path, detail };
  };

  // Connector manifests at both ends.
  const isManifest = globMatcher(policy.flows.manifests);
  const headManifests = loadManifests(head, [...head.keys()].filter((p) => isManifest(p)).sort()).manifests;
  const baseManifests = loadManifests(base, [...base.keys()].filter((p) => isManifest(p)).sort()).manifests;
  const byName = (list: readonly LoadedManifest[]): Map<string, LoadedManifest> => new Map(list.map((m) => [m.manifest.name, m]));
  const headByName = byName(headManifests);
  const baseByName = byName(baseManifests);
  const touched = new Map<string, TouchedConnector>();
  // The owner who approves comes from the base when the connector exists there: a
  // change cannot name its own approver. A new connector's owner can only come from the head.
  const touch = (name: string, why: string): void => {
    const m = baseByName.get(name) ?? headByName.get(name);
    if (!m || touched.has(name)) return;
    const at = headByName.get(name) ?? m;
    touched.set(name, { name, owner: m.manifest.owner, path: at.path, why });
  };
  for (const [name, m] of headByName) {
    const before = baseByName.get(name);
    if (!before || before.manifest.owner === m.manifest.owner) continue;
    add('owner-changed', {
      path: m.path,
      ...lineField(lineOf(head.get(m.path), /^owner\s*:/m)),
      detail: `connector ${name}: ${before.manifest.owner} → ${m.manifest.owner}`,
    });
    touch(name, `its owner changes from ${before.manifest.owner} to ${m.manifest.owner}`);
  }
  for (const [name, m] of headByName) {
    if (baseByName.has(name)) continue;
    add('connector-added', { path: m.path, line: lineOf(head.get(m.path), /^name\s*:/m), detail: `connector ${name}` });
    touch(name, 'added');
  }
  for (const [name, m] of baseByName) {
    // A manifest still present at the head but invalid there is not a removal (its
    // problems are reported as flows/manifest-invalid; the change is manifest-changed).
    if (headByName.has(name) || head.has(m.path)) continue;
    add('connector-removed', { path: m.path, line: lineOf(base.get(m.path), /^name\s*:/m), detail: `connector ${name} (at the base)` });
    touch(name, 'removed');
  }
  for (const path of changedPaths.filter((p) => isManifest(p))) {
    add('manifest-changed', at(path, changes.get(path)?.status ?? 'deleted'));
    const m = headManifests.find((x) => x.path === path) ?? baseManifests.find((x) => x.path === path);
    if (m) touch(m.manifest.name, 'its manifest changed');
  }

  // Scopes.
  const scopes = analyzerData(result, scopesAnalyzer);
  for (const row of scopes?.diff?.changes ?? []) {
    if (row.change === 'removed' || row.change === 'reduced') continue;
    const evidence: FactEvidence = {
      path: row.path,
      line: row.line,
      detail: `${row.connector}: ${row.scope} (${row.before ?? 'none'} → ${row.after ?? 'none'}${row.change === 'broadened' ? ', workspace-wide' : ''})`,
    };
    if (row.change === 'added' || row.change === 'broadened') add('scope-added', evidence);
    const before = row.before === null ? 0 : accessRank(row.before);
    const after = row.after === null ? 0 : accessRank(row.after);
    if (row.newWildcard || ((row.after === 'admin' || row.after === 'unknown') && after > before)) add('scope-escalated-admin', evidence);
    else if (row.after === 'write' && after > before) add('scope-escalated-write', evidence);
    touch(row.connector, `scope ${row.scope} ${row.change}`);
  }

  // Flows.
  const flows = analyzerData(result, flowsAnalyzer);
  if (flows?.compared) {
    const nodes = new Map(flows.systems.map((n) => [n.id, n]));
    const whereEdge = (from: string, to: string, connectors: readonly string[]): FactEvidence[] => {
      const out: FactEvidence[] = [];
      for (const name of connectors) {
        const m = headByName.get(name);
        if (m)
          out.push({
            path: m.path,
            ...lineField(lineOf(head.get(m.path), new RegExp(`^\\s*(?:-\\s*)?to\\s*:\\s*['"]?${escapeRegExp(to)}['"]?\\s*$`, 'm'))),
            detail: `${from} → ${to}`,
          });
      }
      if (out.length === 0) {
        const code = flows.codeSystems.find((c) => c.entry === to);
        if (code)
          out.push({
            path: code.path,
            ...lineField(lineOf(head.get(code.path), new RegExp(escapeRegExp(code.evidence)))),
            detail: `${from} → ${to} (${code.evidence})`,
          });
      }
      return out.length > 0 ? out : [{ path: '.', detail: `${from} → ${to}` }];
    };
    for (const edge of flows.flows) {
      if (edge.status !== 'added' && edge.status !== 'changed') continue;
      const target = nodes.get(edge.to);
      const evidence = whereEdge(edge.from, edge.to, edge.connectors);
      if (edge.status === 'added') for (const e of evidence) add('flow-added', e);
      const outside = target !== undefined && target.boundary !== 'ours';
      const newClasses = edge.addedClasses.filter((c) => c !== 'public');
      if (outside && newClasses.length > 0)
        for (const e of evidence) add('data-class-outside', { ...e, detail: `${newClasses.join(', ')}: ${e.detail}` });
      const sensitive = edge.addedClasses.filter((c) => SENSITIVE.has(c));
      if (target && (target.boundary === 'llm' || target.kind === 'llm') && sensitive.length > 0)
        for (const e of evidence) add('pii-to-llm', { ...e, detail: `${sensitive.join(', ')}: ${e.detail}` });
      if (edge.risks.includes('cross-border') && (edge.status === 'added' || edge.addedClasses.length > 0))
        for (const e of evidence) add('cross-border-flow', { ...e, detail: `${e.detail}${target?.region ? ` (${target.region})` : ''}` });
      for (const c of edge.connectors) touch(c, `flow ${edge.from} → ${edge.to} ${edge.status}`);
    }
    for (const node of flows.systems) {
      if (node.status !== 'added' || node.boundary === 'ours') continue;
      const m = node.connectors.map((c) => headByName.get(c)).find((x) => x !== undefined);
      const code = flows.codeSystems.find((c) => c.entry === node.id);
      const evidence: FactEvidence = m
        ? {
            path: m.path,
            ...lineField(lineOf(head.get(m.path), new RegExp(`^\\s*(?:-\\s*)?id\\s*:\\s*['"]?${escapeRegExp(node.id)}['"]?\\s*$`, 'm'))),
            detail: `${node.id}${node.vendor ? ` (${node.vendor})` : ''}`,
          }
        : code
          ? {
              path: code.path,
              ...lineField(lineOf(head.get(code.path), new RegExp(escapeRegExp(code.evidence)))),
              detail: `${node.id} (${code.evidence})`,
            }
          : { path: '.', detail: node.id };
      add('processor-added', evidence);
    }
  }

  // Agents: MCP servers, tools and CI agents the change adds or changes.
  const agents = analyzerData(result, agentsAnalyzer);
  for (const c of agents?.diff?.servers ?? []) {
    if (c.change === 'removed') continue;
    const s = c.server;
    add('mcp-server-added', {
      path: s.path,
      line: s.line,
      detail: c.change === 'added' ? `${s.name} (${s.target || s.transport})` : `${s.name}: ${c.before?.target || '—'} → ${s.target || '—'}`,
    });
  }
  for (const c of agents?.diff?.tools ?? []) {
    if (c.change === 'removed') continue;
    const t = c.tool;
    const before = c.before;
    const writes =
      t.access !== 'read' && (before === undefined || before.access === 'read' || (before.access === 'write' && t.access === 'destructive'));
    if (writes)
      add('agent-tool-write-added', {
        path: t.path,
        line: t.line,
        detail: `${t.name} (${before ? `${before.access} → ` : ''}${t.access}${t.approval ? ', gated' : ', no approval gate'})`,
      });
    if (before?.approval === true && !t.approval) add('approval-gate-removed', { path: t.path, line: t.line, detail: `${t.name} (${t.access})` });
  }
  if (agents?.baseCiAgents) {
    const before = new Set(agents.baseCiAgents.map((c) => `${c.path}\0${c.action.split('@')[0]}`));
    for (const c of agents.ciAgents)
      if (!before.has(`${c.path}\0${c.action.split('@')[0]}`)) add('ci-agent-added', { path: c.path, line: c.line, detail: c.action });
  }

  // Findings on added lines.
  for (const f of result.findings) {
    if (f.ruleId === 'tollgate/file-not-analyzed' && f.severity !== 'note')
      add('file-not-analyzed', { path: f.path, detail: String(f.data.reason ?? f.messageId) });
    if (f.ruleId === 'suppressions/moved')
      add('suppression-changed', { path: f.path, line: f.location.startLine, detail: 'a suppression comment now targets a line this change added' });
    if (f.ruleId.startsWith('secrets/')) add('secret-found', { path: f.path, line: f.location.startLine, detail: f.ruleId });
    if (IDENTITY_RULES.has(f.ruleId)) add('identity-finding', { path: f.path, line: f.location.startLine, detail: f.ruleId });
  }

  // Suppressions: new or edited suppression comments on added lines, or the baseline file.
  for (const [path, change] of changes) {
    const text = head.get(path);
    if (text === undefined) continue;
    for (const s of findInlineSuppressions(text)) {
      if (change.addedLines.some((span) => s.commentLine >= span.start && s.commentLine <= span.end)) {
        add('suppression-changed', {
          path,
          line: s.commentLine,
          detail: s.kind === 'inline' ? `tollgate-ignore ${s.rules.join(', ')}` : 'legacy suppression marker',
        });
      }
    }
  }
  const baseline = policy.suppressions.baseline;
  if (changedPaths.includes(baseline)) add('suppression-changed', at(baseline, 'the baseline file changed'));

  // Every name the policy may have: adding `.github/tollgate.yaml` where no `.yml` exists sets a policy.
  for (const policyFile of new Set([input.policyFile ?? POLICY_PATH, ...POLICY_PATHS])) {
    if (changedPaths.includes(policyFile)) add('policy-changed', at(policyFile, changes.get(policyFile)?.status ?? 'deleted'));
  }
  for (const p of CODEOWNERS_PATHS) if (changedPaths.includes(p)) add('codeowners-changed', at(p, changes.get(p)?.status ?? 'deleted'));
  if (changedPaths.includes(ACCESS_LOCK_PATH)) {
    add('access-lock-changed', at(ACCESS_LOCK_PATH, changes.get(ACCESS_LOCK_PATH)?.status ?? 'deleted'));
    // Recording an approval of a connector's access is that connector's business too:
    // its owner (from the base) is asked, as for any change to the connector.
    for (const e of diffAccessLocks(base.get(ACCESS_LOCK_PATH), head.get(ACCESS_LOCK_PATH)))
      touch(e.connector, `its access-lock entry for ${e.scope} is ${e.change}`);
  }

  const isDocOrTest = globMatcher(policy.risk.docsAndTests);
  if (changedPaths.length > 0 && changedPaths.every((p) => isDocOrTest(p))) {
    for (const p of changedPaths.slice(0, 10)) add('docs-or-tests-only', { path: p, detail: 'documentation or test' });
  }

  const facts = FACT_IDS.filter((id) => found.has(id)).map((id) => ({ id, evidence: found.get(id) ?? [] }));
  return { facts, connectors: [...touched.values()].sort((a, b) => a.name.localeCompare(b.name)), changedPaths };
}

function lineOf(text: string | undefined, pattern: RegExp): number | undefined {
  if (text === undefined) return undefined;
  const match = pattern.exec(text);
  if (!match) return undefined;
  let line = 1;
  for (let i = 0; i < match.index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lineField(line: number | undefined): { line?: number } {
  return line === undefined ? {} : { line };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
