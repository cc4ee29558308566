/**
 * The change facts Tollgate derives from a reviewed change, by id. Tier conditions in
 * the policy (`risk.tiers[].if`) name these; an unknown id is a policy error. Each
 * description says what establishes the fact (see `computeFacts`).
 */
export const FACT_DESCRIPTIONS = {
  'connector-added': 'a connector manifest exists at the head that did not exist at the base',
  'connector-removed': 'a connector manifest that existed at the base is gone at the head',
  'scope-added': 'a connector asks for a scope, permission or IAM action it did not ask for before',
  'scope-escalated-write': 'a scope now grants write access where the connector had read or nothing',
  'scope-escalated-admin': 'a scope now grants admin or wildcard access (or cannot be classified, assumed admin)',
  'flow-added': 'a data flow between two systems exists at the head that did not exist at the base',
  'data-class-outside': 'a data class is sent to a third-party or LLM system that did not receive it before',
  'pii-to-llm': 'personal, health or financial data is newly sent to an LLM provider',
  'cross-border-flow': 'a new or changed flow moves EU personal data outside the EU/EEA',
  'processor-added': 'a third-party or LLM system (a processor) is reached that was not before',
  'secret-found': 'a secret is committed on an added line',
  'identity-finding': 'an identity problem on an added line: a static cloud key in CI, a personal token, a shared or never-rotated credential',
  'suppression-changed': 'a suppression comment is added or changed, or the baseline file changes',
  'policy-changed': 'the Tollgate policy file changes',
  'manifest-changed': 'a connector manifest changes',
  'codeowners-changed': 'the CODEOWNERS file changes',
  'docs-or-tests-only': 'every changed file is documentation or a test',
  'file-not-analyzed':
    "a changed file could not be analyzed (binary, too large, unreadable, past GitHub's file list), so nothing about it is verified",
  'owner-changed': "a connector's owner (manifest `owner`) changes; the owner at the base approves",
  'mcp-server-added': "an MCP server is configured (agent config or client code) that was not before, or a server's package, image or URL changes",
  'agent-tool-write-added':
    'an agent tool that writes or destroys (creates, sends, deletes, pays, runs shell or SQL) is added, or an existing tool now does',
  'approval-gate-removed': 'a human-approval gate on an agent tool (`needsApproval`, `interrupt()`, a HITL middleware) is removed',
  'ci-agent-added': 'a workflow step runs an AI agent action (Claude Code, Codex, Gemini CLI, or one the policy lists) that did not before',
  'access-lock-changed': 'the access lock (`.github/tollgate-access.yml`, the approved grants) changes: an approval of access is being recorded',
} as const;

/** A change fact's id. */
export type FactId = keyof typeof FACT_DESCRIPTIONS;

/** Every fact id, in a stable order (the order of {@link FACT_DESCRIPTIONS}). */
export const FACT_IDS = Object.keys(FACT_DESCRIPTIONS) as [FactId, ...FactId[]];
