/**
 * Which compliance controls each Tollgate rule (and the approval gate itself)
 * supports, for the evidence record. A mapping is a claim that the rule produces
 * evidence for the control, not that the control is met.
 *
 * Sources:
 * - SOC 2: AICPA, 2017 Trust Services Criteria (revised points of focus, 2022),
 *   CC6 "Logical and Physical Access Controls", CC7.2 (monitoring), CC8.1 (change
 *   management). https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022
 * - ISO/IEC 27001:2022 Annex A (control titles as in ISO/IEC 27002:2022).
 *   https://www.iso.org/standard/27001
 * - GDPR, Regulation (EU) 2016/679: Art. 5(1)(e) storage limitation, Art. 28
 *   processor, Art. 30 records of processing activities, Art. 32 security of
 *   processing, Art. 44 general principle for transfers. https://eur-lex.europa.eu/eli/reg/2016/679/oj
 */

/** One control of one framework. */
export interface Control {
  readonly framework: 'SOC 2' | 'ISO 27001' | 'GDPR';
  readonly id: string;
  readonly title: string;
}

/** Every control the mapping uses, by id. */
export const CONTROLS: Readonly<Record<string, Control>> = {
  'CC6.1': { framework: 'SOC 2', id: 'CC6.1', title: 'Logical access security software, infrastructure and architectures' },
  'CC6.2': { framework: 'SOC 2', id: 'CC6.2', title: 'Registration and authorization of users before access is granted' },
  'CC6.3': { framework: 'SOC 2', id: 'CC6.3', title: 'Role-based access, least privilege and segregation of duties' },
  'CC6.6': { framework: 'SOC 2', id: 'CC6.6', title: 'Protection against threats from sources outside system boundaries' },
  'CC6.7': { framework: 'SOC 2', id: 'CC6.7', title: 'Restriction of the transmission, movement and removal of information' },
  'CC7.2': { framework: 'SOC 2', id: 'CC7.2', title: 'Monitoring of system components for anomalies' },
  'CC8.1': { framework: 'SOC 2', id: 'CC8.1', title: 'Changes are authorized, designed, tested, approved and implemented' },
  'A.5.14': { framework: 'ISO 27001', id: 'A.5.14', title: 'Information transfer' },
  'A.5.15': { framework: 'ISO 27001', id: 'A.5.15', title: 'Access control' },
  'A.5.17': { framework: 'ISO 27001', id: 'A.5.17', title: 'Authentication information' },
  'A.5.18': { framework: 'ISO 27001', id: 'A.5.18', title: 'Access rights' },
  'A.5.19': { framework: 'ISO 27001', id: 'A.5.19', title: 'Information security in supplier relationships' },
  'A.5.34': { framework: 'ISO 27001', id: 'A.5.34', title: 'Privacy and protection of PII' },
  'A.8.2': { framework: 'ISO 27001', id: 'A.8.2', title: 'Privileged access rights' },
  'A.8.5': { framework: 'ISO 27001', id: 'A.8.5', title: 'Secure authentication' },
  'A.8.10': { framework: 'ISO 27001', id: 'A.8.10', title: 'Information deletion' },
  'A.8.15': { framework: 'ISO 27001', id: 'A.8.15', title: 'Logging' },
  'A.8.24': { framework: 'ISO 27001', id: 'A.8.24', title: 'Use of cryptography' },
  'A.8.32': { framework: 'ISO 27001', id: 'A.8.32', title: 'Change management' },
  'GDPR-5-1-e': { framework: 'GDPR', id: 'Art. 5(1)(e)', title: 'Storage limitation' },
  'GDPR-28': { framework: 'GDPR', id: 'Art. 28', title: 'Processor' },
  'GDPR-30': { framework: 'GDPR', id: 'Art. 30', title: 'Records of processing activities' },
  'GDPR-32': { framework: 'GDPR', id: 'Art. 32', title: 'Security of processing' },
  'GDPR-44': { framework: 'GDPR', id: 'Art. 44', title: 'General principle for transfers' },
};

/** Rule ids (exact, or `prefix/*`) to the controls they support; first match wins. */
const RULE_CONTROLS: readonly (readonly [string, readonly string[]])[] = [
  ['secrets/*', ['CC6.1', 'A.5.17', 'GDPR-32']],
  ['scopes/static-cloud-key-in-ci', ['CC6.1', 'A.5.17', 'A.8.5']],
  ['scopes/personal-token', ['CC6.1', 'CC6.2', 'A.5.17']],
  ['scopes/shared-credential', ['CC6.1', 'A.5.17']],
  ['scopes/no-rotation', ['CC6.1', 'A.5.17']],
  ['scopes/admin-scope', ['CC6.3', 'A.5.15', 'A.8.2']],
  ['scopes/escalation', ['CC6.3', 'A.5.18', 'A.8.2']],
  ['scopes/*', ['CC6.3', 'A.5.15', 'A.5.18']],
  ['flows/pii-to-llm-without-dpa', ['GDPR-28', 'GDPR-30', 'A.5.34', 'A.5.19']],
  ['flows/cross-border-without-mechanism', ['GDPR-44', 'A.5.14', 'A.5.34']],
  ['flows/unapproved-processor', ['GDPR-28', 'GDPR-30', 'A.5.19']],
  ['flows/retention-missing', ['GDPR-5-1-e', 'A.8.10']],
  ['flows/retention-too-long', ['GDPR-5-1-e', 'A.8.10']],
  ['flows/audit-log-missing', ['CC7.2', 'A.8.15']],
  ['flows/audit-retention-too-short', ['CC7.2', 'A.8.15']],
  ['flows/weak-tls', ['CC6.7', 'A.8.24', 'GDPR-32']],
  ['flows/tls-verification-off', ['CC6.7', 'A.8.24', 'GDPR-32']],
  ['flows/plaintext-http', ['CC6.7', 'A.8.24', 'GDPR-32']],
  ['flows/credentials-in-logs', ['CC6.1', 'A.8.15', 'A.5.17']],
  ['flows/prompt-in-logs', ['A.8.15', 'A.5.34']],
  ['flows/*', ['CC6.7', 'GDPR-30', 'A.5.14']],
  ['agents/inline-secret', ['CC6.1', 'A.5.17', 'GDPR-32']],
  ['agents/insecure-transport', ['CC6.7', 'A.8.24', 'GDPR-32']],
  ['agents/unauthenticated-remote', ['CC6.1', 'CC6.6', 'A.8.5']],
  ['agents/unpinned-server', ['CC8.1', 'A.5.19', 'A.8.32']],
  ['agents/not-allowed-server', ['CC8.1', 'A.5.19']],
  ['agents/untrusted-ci-agent', ['CC6.6', 'CC8.1', 'A.8.32']],
  ['agents/lethal-trifecta', ['CC6.7', 'A.5.14', 'GDPR-32']],
  ['agents/*', ['CC6.3', 'A.5.15', 'A.8.2']],
  ['suppressions/*', ['CC8.1', 'A.8.32']],
  ['tollgate/*', ['CC8.1', 'A.8.32']],
  ['risk/*', ['CC6.3', 'CC8.1', 'A.8.32']],
];

/** The controls the approval gate itself (tiers and required approvers) supports. */
export const GATE_CONTROLS: readonly string[] = ['CC8.1', 'CC6.3', 'A.8.32'];

/** The control keys (see {@link CONTROLS}) a rule supports; empty when none is mapped. */
export function controlsForRule(ruleId: string): string[] {
  for (const [pattern, controls] of RULE_CONTROLS) {
    if (pattern === ruleId || (pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1)))) return controls.filter((c) => c in CONTROLS);
  }
  return [];
}
