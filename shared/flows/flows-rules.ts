import { createRule, type RuleMeta } from '../model/rule.js';

/** The rules of the flows analyzer (data flow and governance). */
export const flowsRules = {
  piiToLlmWithoutDpa: createRule({
    id: 'flows/pii-to-llm-without-dpa',
    description: 'Personal, financial or health data flows to an LLM provider without a signed data processing agreement.',
    defaultSeverity: 'error',
    messages: {
      noDpa:
        'Flow {{from}} -> {{to}} sends {{classes}} to LLM provider "{{to}}" whose DPA is {{dpa}}. Sign a DPA with the provider and set `dpa: signed` on the system, or stop sending {{classes}}.',
    },
  }),
  crossBorderWithoutMechanism: createRule({
    id: 'flows/cross-border-without-mechanism',
    description: 'EU personal data flows to a system outside the EU (and outside adequacy regions) without a transfer mechanism.',
    defaultSeverity: 'error',
    messages: {
      noMechanism:
        'Flow {{from}} -> {{to}} moves {{classes}} from the EU ({{fromRegion}}) to {{toRegion}} without a transfer mechanism. Set `transferMechanism` on "{{to}}" (scc, dpf, bcr, adequacy, derogation) or process the data in the EU.',
      unknownRegion:
        'Flow {{from}} -> {{to}} moves {{classes}} from the EU ({{fromRegion}}) to "{{to}}", whose region is not declared. Declare `region` on "{{to}}", and a `transferMechanism` if it is outside the EU.',
    },
  }),
  unapprovedProcessor: createRule({
    id: 'flows/unapproved-processor',
    description: "A third-party processor (LLM provider, SaaS, vendor) that is not on the policy's approved list.",
    defaultSeverity: 'error',
    messages: {
      unapproved:
        'System "{{system}}" ({{vendor}}) is a third-party processor not on the approved list (`flows.approvedProcessors`). Get it approved and add it to the policy, or use an approved processor.',
    },
  }),
  retentionMissing: createRule({
    id: 'flows/retention-missing',
    description: 'A store the connector writes (queue, vector store, database, bucket) has no declared retention.',
    defaultSeverity: 'warning',
    messages: {
      missing:
        'Store "{{system}}" ({{kind}}) receives data but has no retention. Add `retention.stores` with `name: {{system}}`, its `kind` and `days` (at most {{max}} for staging).',
    },
  }),
  retentionTooLong: createRule({
    id: 'flows/retention-too-long',
    description: "A store keeps data longer than the policy's maximum for its kind (default 30 days).",
    defaultSeverity: 'error',
    messages: {
      tooLong:
        'Store "{{store}}" ({{kind}}) keeps data {{days}} days; the policy allows at most {{max}}. Shorten it, or change `flows.retentionMaxDays.{{kind}}` in the policy.',
    },
  }),
  auditLogMissing: createRule({
    id: 'flows/audit-log-missing',
    description: 'A connector declares no audit log sink for its external and LLM calls.',
    defaultSeverity: 'error',
    messages: {
      missing:
        'Connector "{{connector}}" declares no audit log sink. Add `audit.sink` (where its call events are written) and `audit.retentionDays`.',
    },
  }),
  auditRetentionTooShort: createRule({
    id: 'flows/audit-retention-too-short',
    description: "A connector's audit log is kept for less than the policy minimum (default 365 days), or for an undeclared time.",
    defaultSeverity: 'error',
    messages: {
      tooShort: 'Audit log of "{{connector}}" is kept {{days}} days; the policy requires at least {{min}}. Raise `audit.retentionDays`.',
      missing: 'Audit log of "{{connector}}" has no declared retention; the policy requires at least {{min}} days. Add `audit.retentionDays`.',
    },
  }),
  weakTls: createRule({
    id: 'flows/weak-tls',
    description: 'TLS below 1.2 is allowed, in code or in a manifest.',
    defaultSeverity: 'error',
    messages: {
      code: 'TLS below 1.2 is allowed here ({{setting}}). Use TLS 1.2 or later (e.g. `minVersion: "TLSv1.2"`, `ssl.TLSVersion.TLSv1_2`).',
      manifest: 'System "{{system}}" is reached with TLS {{version}}. Require TLS 1.2 or later.',
    },
  }),
  tlsVerificationOff: createRule({
    id: 'flows/tls-verification-off',
    description: 'Certificate verification is turned off, so any server can impersonate the one called.',
    defaultSeverity: 'error',
    messages: {
      off: 'Certificate verification is turned off ({{setting}}). Remove it; to trust a private CA, pass its certificate (`ca`, `verify="/path/ca.pem"`, NODE_EXTRA_CA_CERTS).',
    },
  }),
  plaintextHttp: createRule({
    id: 'flows/plaintext-http',
    description: 'A plain `http://` URL to a non-local host: data and credentials travel unencrypted.',
    defaultSeverity: 'error',
    messages: {
      http: 'Plain http:// to "{{host}}": data and credentials travel unencrypted. Use https://.',
    },
  }),
  credentialsInLogs: createRule({
    id: 'flows/credentials-in-logs',
    description: 'A logging call writes a value that carries a credential (token, key, password, authorization header).',
    defaultSeverity: 'error',
    messages: {
      logged:
        'A logging call writes "{{name}}", which carries a credential. Log a masked form or an identifier instead (never the token, key, password or authorization header).',
    },
  }),
  promptInLogs: createRule({
    id: 'flows/prompt-in-logs',
    description: 'A logging call writes a whole prompt or chat history, which may hold personal data, into logs kept outside retention limits.',
    defaultSeverity: 'warning',
    messages: {
      logged:
        'A logging call writes "{{name}}", a whole prompt or conversation. Log its id, length or a hash instead; prompts may hold personal data.',
    },
  }),
  undeclaredSystem: createRule({
    id: 'flows/undeclared-system',
    description: 'The code reaches a system (SDK import, client, known host) that no connector manifest declares.',
    defaultSeverity: 'error',
    messages: {
      undeclared:
        'This code reaches {{name}} ({{evidence}} "{{detail}}"), which no connector manifest declares. Declare it in a manifest (`systems` with `vendor: {{name}}` or `catalog: {{entry}}`, and its flows).',
      undeclaredSummary:
        'This code reaches {{name}} ({{evidence}} "{{detail}}"), and so do {{others}} other file(s); the repository has no connector manifest yet, so each system is reported once. Run `tollgate init` to write a manifest per system, then fill in its TODOs.',
    },
  }),
  unusedSystem: createRule({
    id: 'flows/unused-system',
    description: 'A manifest declares a system that none of its flows uses.',
    defaultSeverity: 'warning',
    messages: {
      unused: 'System "{{system}}" is declared but no flow uses it. Add the flows it takes part in, or remove it.',
    },
  }),
  flowToUndeclaredSystem: createRule({
    id: 'flows/flow-to-undeclared-system',
    description: 'A flow names a system that no manifest declares.',
    defaultSeverity: 'error',
    messages: {
      undeclared:
        'Flow {{side}} "{{system}}" is not declared in `systems` of this or any other manifest. Declare it (with kind and region) or fix the id.',
    },
  }),
  duplicateConnector: createRule({
    id: 'flows/duplicate-connector',
    description: 'Two connector manifests use the same name.',
    defaultSeverity: 'error',
    messages: {
      duplicate: 'Connector name "{{name}}" is also used by {{other}}. Give each connector a unique name.',
    },
  }),
  manifestInvalid: createRule({
    id: 'flows/manifest-invalid',
    description:
      'A connector manifest cannot be read: bad YAML, an unknown key or a wrong value. It is left out of the checks and the diagram until fixed.',
    defaultSeverity: 'error',
    messages: {
      invalid: '{{key}} {{problem}}. {{hint}} This manifest is left out of the data-flow checks until it is fixed.',
    },
  }),
} satisfies Record<string, RuleMeta>;

/** The rules as a list. */
export const FLOWS_RULES: readonly RuleMeta[] = Object.values(flowsRules);
