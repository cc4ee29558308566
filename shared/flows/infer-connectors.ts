import { catalogEntry } from './catalog/find-catalog-entry.js';
import type { CodeSystem } from './flows-analyzer.js';

/** A connector manifest `tollgate init` proposes for one system the code reaches. */
export interface InferredConnector {
  /** The connector's name: the catalog entry's id. */
  readonly name: string;
  /** Repository-relative path: `connectors/<name>/connector.yml`. */
  readonly path: string;
  /** The manifest, with `TODO` comments where a person must decide. */
  readonly text: string;
  /** The files (repository-relative) whose code reaches the system. */
  readonly evidence: readonly string[];
  /** What a person must fill in, one line each. */
  readonly todo: readonly string[];
}

/** What `inferConnectors` needs besides the code's systems. */
export interface InferOptions {
  /** GitHub user or team that owns the new connectors (`@acme/platform`). */
  readonly owner: string;
  /** Id of this repository's own service in the diagram (lower-case; see `repositorySystemId`). */
  readonly repository: string;
}

/** A system id for this repository, from its folder name: lower-case letters, digits, `.`, `_`, `-`. */
export function repositorySystemId(folderName: string): string {
  const id = folderName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .slice(0, 100);
  return id === '' ? 'this-repository' : id;
}

const yamlString = (s: string): string => JSON.stringify(s);

/**
 * One connector manifest per system the code reaches that no manifest declares
 * (the flows analyzer's `codeSystems` with `declared: false`), so that a repository
 * without manifests can opt in with what its code already shows. Each declares this
 * repository and the system (with `catalog:` so the code's imports match it), one
 * flow carrying `internal` data, and `dpa: pending`; region, data classes, audit
 * sink and retention are left as `TODO` comments for a person: a manifest never
 * claims what nobody checked. Sorted by name.
 */
export function inferConnectors(codeSystems: readonly CodeSystem[], options: InferOptions): InferredConnector[] {
  const byEntry = new Map<string, string[]>();
  for (const system of codeSystems) {
    if (system.declared) continue;
    const paths = byEntry.get(system.entry) ?? [];
    if (!paths.includes(system.path)) paths.push(system.path);
    byEntry.set(system.entry, paths);
  }
  const out: InferredConnector[] = [];
  for (const [entryId, paths] of [...byEntry].sort(([a], [b]) => a.localeCompare(b))) {
    const entry = catalogEntry(entryId);
    if (!entry) continue;
    const ours = options.repository === entry.id ? `${options.repository}-service` : options.repository;
    const evidence = [...paths].sort();
    const shown = evidence.slice(0, 5).join(', ') + (evidence.length > 5 ? ` and ${evidence.length - 5} more` : '');
    const todo = [
      `region of ${entry.name} (where it processes the data)`,
      `data classes the flow to ${entry.name} carries (pii, financial, health, credentials, internal, public)`,
      `DPA status with ${entry.name} (dpa: pending until signed)`,
      'audit.sink and audit.retentionDays',
      'retention of every store the connector writes',
    ];
    const text = [
      `# Connector manifest written by \`tollgate init\` from the code: ${entry.name} is reached in`,
      `# ${shown}.`,
      '# Fill in every TODO, then review it like code: the gate trusts what this file says.',
      `name: ${entry.id}`,
      `owner: ${yamlString(options.owner)}`,
      `purpose: ${yamlString(`TODO: what ${options.repository} uses ${entry.name} for.`)}`,
      'systems:',
      `  - id: ${ours}`,
      '    kind: internal',
      '    # region: TODO (e.g. eu-central-1)',
      `  - id: ${entry.id}`,
      `    kind: ${entry.kind}`,
      `    vendor: ${yamlString(entry.name)}`,
      `    catalog: ${entry.id}`,
      '    # region: TODO where the provider processes the data (unknown counts as outside the EU)',
      '    dpa: pending  # TODO: signed, none or not_required once known',
      'flows:',
      `  - from: ${ours}`,
      `    to: ${entry.id}`,
      '    data: [internal]  # TODO: add pii, financial, health or credentials if the calls carry them',
      `    purpose: ${yamlString(`TODO: what ${options.repository} sends to ${entry.name}`)}`,
      '# audit:',
      '#   sink: TODO (where call events are written, e.g. cloudwatch:/team/app/audit)',
      '#   retentionDays: 365',
      '# retention:',
      '#   stores: []  # TODO: every staging table, queue, cache or vector store it writes',
      '',
    ].join('\n');
    out.push({ name: entry.id, path: `connectors/${entry.id}/connector.yml`, text, evidence, todo });
  }
  return out;
}

/** The starter `.github/tollgate.yml`: version 1 and every section commented with its default. */
export function starterPolicy(): string {
  return [
    '# Tollgate policy (docs/policy.md; JSON Schema: schema/tollgate-policy.schema.json).',
    '# Written by `tollgate init`: the defaults are in effect; uncomment to change them.',
    'version: 1',
    '',
    '# Paths never analyzed (globs).',
    '# ignore:',
    '#   - "vendor/**"',
    '',
    '# Rule severities: error | warning | note | off.',
    '# rules:',
    '#   flows/undeclared-system:',
    '#     severity: warning',
    '',
    '# Analyzers (all on by default).',
    '# analyzers:',
    '#   secrets: { enabled: true }',
    '#   flows: { enabled: true }',
    '#   scopes: { enabled: true }',
    '#   risk: { enabled: true }',
    '',
    '# Where connector manifests live (default below).',
    '# flows:',
    '#   manifests: ["**/connectors/*/connector.yml", "**/connectors/*/connector.yaml"]',
    '',
  ].join('\n');
}
