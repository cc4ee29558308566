import { diffAccessLocks } from '../access/access-lock.js';
import { createHash } from 'node:crypto';
import type { ReviewResult } from '../engine/run-review.js';
import type { Finding } from '../model/finding.js';
import type { AgentsData } from '../agents/agents-analyzer.js';
import { analyzerData } from '../analyzer/analyzer-data.js';
import { flowsAnalyzer } from '../flows/flows-analyzer.js';
import { scopesAnalyzer } from '../scopes/scopes-analyzer.js';
import { CHECKLIST } from './build-checklist.js';
import { CONTROLS, controlsForRule, GATE_CONTROLS } from './controls.js';
import type { Review } from './evaluate-approvals.js';
import { EVIDENCE_VERSION, type EvidenceRecord, type EvidenceRequirement } from './evidence-schema.js';
import type { RequirementResult } from './evaluate-approvals.js';
import { approversData, riskData } from './risk-data.js';

/** What the record needs beyond the decided result. */
export interface EvidenceInput {
  readonly toolVersion: string;
  /** The policy files that applied, with their text (hashed here, never stored). */
  readonly policySources: readonly { readonly file: string; readonly text: string }[];
  readonly policyValid: boolean;
  readonly base: { readonly ref?: string; readonly commit: string };
  readonly head: { readonly ref?: string; readonly commit: string };
  readonly reviews?: readonly Review[];
  /** ISO 8601 time from the adapter's clock. Default: not recorded. */
  readonly now?: string;
  readonly repository?: string;
  readonly pullRequest?: number;
  /** The access lock's text at base and head, when the repository has one: its touched entries are recorded. */
  readonly accessLock?: { readonly base?: string; readonly head?: string };
}

function toFinding(f: Finding): EvidenceRecord['findings'][number] {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    path: f.path,
    line: f.location.startLine,
    message: f.message,
    fingerprint: f.fingerprint,
    controls: controlsForRule(f.ruleId),
    ...(f.suppression
      ? {
          suppression: {
            kind: f.suppression.kind,
            ...(f.suppression.reason !== undefined ? { reason: f.suppression.reason } : {}),
            ...(f.suppression.path ? { path: f.suppression.path } : {}),
            ...(f.suppression.line ? { line: f.suppression.line } : {}),
          },
        }
      : {}),
  };
}

/** The servers and tools the change adds, changes or removes, with access, pinning and approval. */
function agentsEvidence(data: AgentsData): NonNullable<EvidenceRecord['agents']> {
  const diff = data.diff ?? { servers: [], tools: [] };
  return {
    servers: diff.servers.map((c) => ({
      change: c.change,
      name: c.server.name,
      path: c.server.path,
      line: c.server.line,
      transport: c.server.transport,
      target: c.server.target,
      ...(c.before && c.before.target !== c.server.target ? { targetBefore: c.before.target } : {}),
      pinned: c.server.pinned,
      reaches: c.server.reaches,
      access: c.server.access,
    })),
    tools: diff.tools.map((c) => ({
      change: c.change,
      name: c.tool.name,
      path: c.tool.path,
      line: c.tool.line,
      framework: c.tool.framework,
      access: c.tool.access,
      ...(c.before && c.before.access !== c.tool.access ? { accessBefore: c.before.access } : {}),
      approval: c.tool.approval,
      ...(c.before && c.before.approval !== c.tool.approval ? { approvalBefore: c.before.approval } : {}),
      systems: [...c.tool.systems],
    })),
  };
}

function toRequirement(r: RequirementResult): EvidenceRequirement {
  return {
    name: r.name,
    kind: r.kind,
    satisfied: r.satisfied,
    why: r.why,
    detail: r.detail,
    ...(r.count !== undefined ? { count: r.count } : {}),
    ...(r.users ? { users: [...r.users] } : {}),
    ...(r.teams ? { teams: [...r.teams] } : {}),
    approvedBy: [...r.approvedBy],
    ignored: r.ignored.map((i) => ({ ...i })),
    ...(r.children ? { children: r.children.map(toRequirement) } : {}),
  };
}

/**
 * The evidence record of one decision (see `evidenceSchema`): policy sources and
 * their SHA-256, base and head commits, masked findings with fingerprints, the scope
 * diff, flows, the agent servers and tools the change touches, facts, tier and reasons, approvals, checklist, and every rule mapped
 * to the controls it supports. Pure (the time comes in as `now`). Undefined when the
 * result carries no risk decision (a scan).
 */
export function buildEvidence(result: ReviewResult, input: EvidenceInput): EvidenceRecord | undefined {
  const decision = riskData(result);
  const approvers = approversData(result);
  if (!decision || !approvers || typeof decision.tier !== 'string') return undefined;
  const scopes = analyzerData(result, scopesAnalyzer);
  const flows = analyzerData(result, flowsAnalyzer);
  // By key, as `riskData` does: importing the agents analyzer here is not needed for its type.
  const agents = result.data.agents as AgentsData | undefined;
  const rules = result.rules.map((r) => ({ ruleId: r.id, controls: controlsForRule(r.id) }));
  const checklist = decision.checklist.map((item) => ({
    ...item,
    rules: [...item.rules],
    findings: [...item.findings],
    controls: [...new Set((CHECKLIST.find((c) => c.id === item.id)?.rules ?? []).flatMap((r) => controlsForRule(r.replace('/*', '/x'))))],
  }));
  const used = new Set<string>([...GATE_CONTROLS, ...rules.flatMap((r) => r.controls), ...checklist.flatMap((c) => c.controls)]);
  return {
    version: EVIDENCE_VERSION,
    kind: 'tollgate-evidence',
    tool: { name: 'tollgate', version: input.toolVersion },
    ...(input.now ? { createdAt: input.now } : {}),
    ...(input.repository ? { repository: input.repository } : {}),
    ...(input.pullRequest ? { pullRequest: input.pullRequest } : {}),
    policy: {
      sources: input.policySources.map((s) => ({ file: s.file, sha256: createHash('sha256').update(s.text, 'utf8').digest('hex') })),
      valid: input.policyValid,
    },
    base: { ...(input.base.ref ? { ref: input.base.ref } : {}), commit: input.base.commit },
    head: { ...(input.head.ref ? { ref: input.head.ref } : {}), commit: input.head.commit },
    findings: result.findings.map(toFinding),
    suppressed: result.suppressed.map(toFinding),
    scopeDiff: (scopes?.diff?.changes ?? []).map((r) => ({
      connector: r.connector,
      provider: r.provider,
      scope: r.scope,
      change: r.change,
      before: r.before,
      after: r.after,
      path: r.path,
      line: r.line,
    })),
    flows: {
      systems: (flows?.systems ?? []).map((n) => ({
        id: n.id,
        kind: n.kind,
        boundary: n.boundary,
        ...(n.region ? { region: n.region } : {}),
        status: n.status,
      })),
      flows: (flows?.flows ?? []).map((e) => ({
        from: e.from,
        to: e.to,
        classes: [...e.classes],
        addedClasses: [...e.addedClasses],
        risks: [...e.risks],
        status: e.status,
      })),
    },
    ...(agents ? { agents: agentsEvidence(agents) } : {}),
    ...(input.accessLock && (input.accessLock.base !== undefined || input.accessLock.head !== undefined)
      ? { accessLock: diffAccessLocks(input.accessLock.base, input.accessLock.head).map((e) => ({ ...e })) }
      : {}),
    facts: decision.facts.map((f) => ({ id: f.id, evidence: f.evidence.map((e) => ({ ...e })) })),
    risk: {
      tier: decision.tier,
      label: decision.label,
      ...(decision.fallback ? { fallback: decision.fallback } : {}),
      reasons: decision.reasons.map((r) => ({
        rule: r.rule,
        ...(r.fact ? { fact: r.fact } : {}),
        detail: r.detail,
        evidence: r.evidence.map((e) => ({ ...e })),
      })),
      tiers: decision.tiers.map((t) => ({ name: t.name, holds: t.holds })),
      controls: [...GATE_CONTROLS],
    },
    approvals: {
      pending: approvers.pending,
      reviewsKnown: approvers.reviewsKnown,
      options: { ...decision.approval },
      requirements: approvers.requirements.map(toRequirement),
      reviews: (input.reviews ?? []).map((r) => ({ user: r.user, state: r.state, ...(r.commit ? { commit: r.commit } : {}), time: r.time })),
    },
    checklist,
    controls: { catalog: Object.fromEntries([...used].sort().map((k) => [k, { ...(CONTROLS[k] as (typeof CONTROLS)[string]) }])), rules },
  };
}
