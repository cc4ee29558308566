import type { ReviewResult } from '../engine/run-review.js';

/** One item of the sign-off checklist and its state for this change. */
export interface ChecklistItem {
  readonly id: string;
  readonly title: string;
  /** Rule ids (exact, or `prefix/*`) that verify it. */
  readonly rules: readonly string[];
  /**
   * `verified`: the analyzers that verify it ran and found nothing on this change;
   * `failed`: they found something (see `findings`); `attest`: verified as far as
   * Tollgate can, and a person must attest the rest; `not-checked`: the analyzer is off
   * (or, for `agent-tools`, the change has no MCP server or agent tool).
   */
  readonly status: 'verified' | 'failed' | 'attest' | 'not-checked';
  /** Fingerprints of the active findings that fail it. */
  readonly findings: readonly string[];
  /** What a person must attest, when Tollgate cannot verify it. */
  readonly attestation?: string;
}

interface ItemDefinition {
  readonly id: string;
  readonly title: string;
  readonly analyzer: string;
  readonly rules: readonly string[];
  readonly attestation?: string;
  /** Set when the item applies only to a change that has something for it to check: otherwise `not-checked`. */
  readonly applies?: (result: ReviewResult) => boolean;
}

/** Whether the agents analyzer found any MCP server or agent tool, at head or removed by the change. */
function hasAgentsData(result: ReviewResult): boolean {
  const data = result.data.agents as
    | { servers?: readonly unknown[]; tools?: readonly unknown[]; diff?: { servers: readonly unknown[]; tools: readonly unknown[] } | null }
    | undefined;
  if (!data) return false;
  return (data.servers?.length ?? 0) + (data.tools?.length ?? 0) + (data.diff?.servers.length ?? 0) + (data.diff?.tools.length ?? 0) > 0;
}

/** The pre-launch checklist (PRODUCT.md), each item with the rules that verify it. */
export const CHECKLIST: readonly ItemDefinition[] = [
  {
    id: 'access-controls',
    title: 'Least-privilege scopes; dedicated, short-lived credentials (workload identity)',
    analyzer: 'scopes',
    rules: [
      'scopes/admin-scope',
      'scopes/escalation',
      'scopes/not-allowed',
      'scopes/workspace-wide',
      'scopes/unknown-scope',
      'scopes/static-cloud-key-in-ci',
      'scopes/personal-token',
      'scopes/shared-credential',
      'scopes/no-rotation',
    ],
  },
  {
    id: 'secrets',
    title: 'No plaintext secrets in code, configs, prompts, Dockerfiles or pipelines',
    analyzer: 'secrets',
    rules: ['secrets/*', 'tollgate/file-not-analyzed', 'tollgate/analyzer-failed'],
  },
  {
    id: 'logging',
    title: 'Audit logging of every external and LLM call; no credentials or prompts in logs',
    analyzer: 'flows',
    rules: ['flows/audit-log-missing', 'flows/audit-retention-too-short', 'flows/credentials-in-logs', 'flows/prompt-in-logs'],
  },
  {
    id: 'transport',
    title: 'TLS 1.2 or later, certificate checks on',
    analyzer: 'flows',
    rules: ['flows/weak-tls', 'flows/tls-verification-off', 'flows/plaintext-http'],
  },
  {
    id: 'data-handling',
    title: 'Retention limits on every store; no PII to an LLM provider without a DPA',
    analyzer: 'flows',
    rules: ['flows/retention-missing', 'flows/retention-too-long', 'flows/pii-to-llm-without-dpa'],
    attestation: 'A signed DPA is on file for every processor that receives personal data.',
  },
  {
    id: 'data-flows',
    title: 'A reviewed data-flow diagram; approved processors; transfers with a mechanism',
    analyzer: 'flows',
    rules: ['flows/cross-border-without-mechanism', 'flows/unapproved-processor', 'flows/undeclared-system', 'flows/flow-to-undeclared-system'],
    attestation: 'A person reviewed the data-flow diagram of this change.',
  },
  {
    id: 'agent-tools',
    title: 'Agent tools least-privilege; write actions human-approved',
    analyzer: 'agents',
    rules: ['agents/unapproved-write', 'agents/unpinned-server', 'agents/shell-server', 'agents/filesystem-root', 'agents/lethal-trifecta'],
    applies: hasAgentsData,
  },
];

function matches(pattern: string, ruleId: string): boolean {
  return pattern === ruleId || (pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1)));
}

/**
 * The sign-off checklist for a reviewed change: each item verified, failed (with
 * findings), to attest, or not checked (its analyzer is off, or — for agent tools —
 * the change has no MCP server or agent tool to check). Pure.
 */
export function buildChecklist(result: ReviewResult): ChecklistItem[] {
  return CHECKLIST.map((item) => {
    // A file Tollgate could not read leaves the item unverified (a recognised image's note does not).
    const failing = result.findings.filter(
      (f) => item.rules.some((r) => matches(r, f.ruleId)) && !(f.ruleId === 'tollgate/file-not-analyzed' && f.severity === 'note'),
    );
    const ran = result.analyzers.includes(item.analyzer) && (item.applies?.(result) ?? true);
    const status: ChecklistItem['status'] = failing.length > 0 ? 'failed' : !ran ? 'not-checked' : item.attestation ? 'attest' : 'verified';
    return {
      id: item.id,
      title: item.title,
      rules: item.rules,
      status,
      findings: failing.map((f) => f.fingerprint),
      ...(item.attestation ? { attestation: item.attestation } : {}),
    };
  });
}
