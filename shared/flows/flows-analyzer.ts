import { globMatcher } from '../policy/glob-matcher.js';
import { CONNECTOR_MANIFEST_GLOBS } from './manifest-globs.js';
import { defineAnalyzer, type AnalyzerContext, type AnalyzerResult } from '../analyzer/analyzer.js';
import type { FileSet } from '../files/file-set.js';
import type { RawFinding } from '../model/finding.js';
import { catalogEntry, systemMatchesEntry } from './catalog/find-catalog-entry.js';
import { checkManifests } from './check-manifests.js';
import { codeLanguageOf, type CodeFact } from './code-fact.js';
import { diffFlowGraphs, type DiffEdge, type DiffNode } from './diff-flow-graphs.js';
import { CODE_NODE_ID, type FlowEdge, type FlowGraph, type FlowNode } from './flow-graph.js';
import { DEFAULT_FLOWS_POLICY, flowsPolicySchema, type FlowsPolicy } from './flows-policy.js';
import { flowsReport } from './flows-report.js';
import { flowsRules, FLOWS_RULES } from './flows-rules.js';
import { loadManifests, type LoadedManifest } from './load-manifests.js';
import { renderMermaid, type MermaidDiagram, type MermaidLimits } from './render-mermaid.js';
import { scanCode, type CodeScan } from './scan-code.js';
import { codeScanOf, isFlowsFileResult, scanFlowsFile, type FlowsFileResult } from './flows-per-file.js';
import type { PerFilePhase } from '../analyzer/per-file-phase.js';
import { fileNotAnalyzedFinding } from '../typescript/file-not-analyzed-finding.js';

/** The default manifest glob (also the analyzer's context files, loaded whole in reviews). */

/** A system the code reaches, where it was first seen in a file. */
export interface CodeSystem {
  readonly entry: string;
  readonly name: string;
  readonly path: string;
  readonly evidence: string;
  readonly detail: string;
  readonly declared: boolean;
}

/** What the flows analyzer stores at `result.data.flows` (and reports as `diagram` / `flows`). */
export interface FlowsData {
  readonly manifests: readonly {
    readonly path: string;
    readonly name: string;
    readonly owner: string;
    readonly systems: number;
    readonly flows: number;
  }[];
  readonly systems: readonly DiffNode[];
  readonly flows: readonly DiffEdge[];
  readonly codeSystems: readonly CodeSystem[];
  /** The flows alone; reports draw `reviewDiagram(result)`, which adds the agents analyzer's servers and tools. */
  readonly diagram: MermaidDiagram;
  /** The policy's `flows.diagram` limits, for redrawing with agents. */
  readonly diagramLimits: MermaidLimits;
  /** Whether a base was compared (a review) or not (a scan). */
  readonly compared: boolean;
}

const CODE_RULES: Record<Exclude<CodeFact['type'], 'system'>, { ruleId: string; messageId: string; key: string }> = {
  'weak-tls': { ruleId: flowsRules.weakTls.id, messageId: 'code', key: 'setting' },
  'tls-verification-off': { ruleId: flowsRules.tlsVerificationOff.id, messageId: 'off', key: 'setting' },
  'plaintext-http': { ruleId: flowsRules.plaintextHttp.id, messageId: 'http', key: 'host' },
  'credentials-in-logs': { ruleId: flowsRules.credentialsInLogs.id, messageId: 'logged', key: 'name' },
  'prompt-in-logs': { ruleId: flowsRules.promptInLogs.id, messageId: 'logged', key: 'name' },
};

interface Snapshot {
  manifests: LoadedManifest[];
  manifestFindings: RawFinding[];
  graph: FlowGraph;
  codeFacts: Map<string, CodeFact[]>;
  codeSystems: CodeSystem[];
  notAnalyzed: RawFinding[];
}

/** Builds the graph and findings of one snapshot (head or base). */
async function snapshot(files: FileSet, paths: readonly string[], policy: FlowsPolicy, scanned?: CodeScan): Promise<Snapshot> {
  const isManifest = globMatcher(policy.manifests);
  const manifestPaths = paths.filter((p) => isManifest(p));
  const loaded = loadManifests(files, manifestPaths);
  const checked = checkManifests(loaded.manifests, policy);
  const { facts: codeFacts, notAnalyzed } =
    scanned ??
    (await scanCode(
      files,
      paths.filter((p) => !isManifest(p)),
    ));

  const declaredSystems = loaded.manifests.flatMap((m) => m.manifest.systems);
  const codeSystems: CodeSystem[] = [];
  const seen = new Set<string>();
  for (const [path, facts] of codeFacts) {
    for (const fact of facts) {
      if (fact.type !== 'system' || seen.has(`${path}\u0000${fact.entryId}`)) continue;
      seen.add(`${path}\u0000${fact.entryId}`);
      const entry = catalogEntry(fact.entryId);
      if (!entry) continue;
      codeSystems.push({
        entry: entry.id,
        name: entry.name,
        path,
        evidence: fact.evidence,
        detail: fact.detail,
        declared: declaredSystems.some((s) => systemMatchesEntry(s, entry)),
      });
    }
  }

  // Systems only the code knows join the graph, reached from "this repository".
  const nodes: FlowNode[] = [...checked.graph.nodes];
  const edges: FlowEdge[] = [...checked.graph.edges];
  const undeclared = [...new Set(codeSystems.filter((c) => !c.declared).map((c) => c.entry))].sort();
  if (undeclared.length > 0) {
    nodes.push({ id: CODE_NODE_ID, kind: 'internal', boundary: 'ours', connectors: [], declared: true });
    for (const id of undeclared) {
      const entry = catalogEntry(id);
      if (!entry || nodes.some((n) => n.id === id)) continue;
      nodes.push({ id, kind: entry.kind, boundary: entry.boundary, vendor: entry.name, connectors: [], declared: false });
      edges.push({ id: `${CODE_NODE_ID}->${id}`, from: CODE_NODE_ID, to: id, classes: [], connectors: [], risks: ['undeclared'], declared: false });
    }
  }
  return {
    manifests: loaded.manifests,
    manifestFindings: [...loaded.findings, ...checked.findings],
    graph: { nodes: nodes.sort((a, b) => a.id.localeCompare(b.id)), edges: edges.sort((a, b) => a.id.localeCompare(b.id)) },
    codeFacts,
    codeSystems,
    notAnalyzed: notAnalyzed.map((n) => fileNotAnalyzedFinding(n.path, n.limit)),
  };
}

/** What `analyze` reads: the context, and the head's code scan when the per-file phase did it. */
interface FlowsContext extends AnalyzerContext {
  readonly headScan?: CodeScan;
}

/**
 * The flows analyzer's work on one head file is its code scan (`scanFlowsFile`,
 * what `scanCode` does for that file among the others), a function of the path, the
 * text and `flows.manifests` (which files are manifests). Manifests, the graph, the
 * undeclared-system summary and the base side span files and are built every run.
 */
const flowsPerFile: PerFilePhase<FlowsData, FlowsFileResult> = {
  cacheVersion: '1',
  // Other files get a line check at most (`NODE_TLS_REJECT_UNAUTHORIZED` in config files).
  isWorthCaching: (path) => codeLanguageOf(path) !== undefined,
  policyKey: (policy) => policy.flows.manifests,
  analyzeFile: scanFlowsFile,
  isFileResult: isFlowsFileResult,
  combine(files, context) {
    const withScan: FlowsContext = { ...context, headScan: codeScanOf(files) };
    return flowsAnalyzer.analyze(withScan);
  },
};

/**
 * The flows analyzer: connector manifests (validated, then checked for DPA,
 * cross-border transfers, approved processors, retention, audit logs and TLS),
 * systems inferred from code (SDK imports, clients, known hosts) that no manifest
 * declares, risky code (TLS off or below 1.2, plain http, credentials or prompts in
 * logs), and the data-flow diagram of the change.
 */
export const flowsAnalyzer = defineAnalyzer({
  id: 'flows',
  description:
    'Data flow and governance: connector manifests, systems reached by code, the data-flow diagram, DPA / transfer / retention / audit / TLS / logging checks.',
  rules: FLOWS_RULES,
  contextFiles: [...CONNECTOR_MANIFEST_GLOBS],
  policy: { schema: flowsPolicySchema, default: DEFAULT_FLOWS_POLICY },
  report: flowsReport,
  perFile: flowsPerFile,
  async analyze(context: FlowsContext): Promise<AnalyzerResult<FlowsData>> {
    const policy = context.policy.flows;
    const head = await snapshot(context.head, context.paths, policy, context.headScan);
    const findings: RawFinding[] = [...head.manifestFindings, ...head.notAnalyzed];

    // A repository without any manifest has not opted in yet: each undeclared system
    // is reported once (its first file, with the count), not once per file.
    const optedIn = head.manifests.length > 0;
    const reportedSystems = new Set<string>();
    const filesPerSystem = new Map<string, number>();
    for (const c of head.codeSystems) if (!c.declared) filesPerSystem.set(c.entry, (filesPerSystem.get(c.entry) ?? 0) + 1);
    for (const [path, facts] of [...head.codeFacts].sort(([a], [b]) => a.localeCompare(b))) {
      const reported = new Set<string>();
      for (const fact of facts) {
        if (fact.type === 'system') {
          const system = head.codeSystems.find((c) => c.path === path && c.entry === fact.entryId);
          if (!system || system.declared || reported.has(fact.entryId)) continue;
          reported.add(fact.entryId);
          if (!optedIn && reportedSystems.has(fact.entryId)) continue;
          reportedSystems.add(fact.entryId);
          const others = (filesPerSystem.get(fact.entryId) ?? 1) - 1;
          findings.push({
            ruleId: flowsRules.undeclaredSystem.id,
            messageId: optedIn || others === 0 ? 'undeclared' : 'undeclaredSummary',
            path,
            range: { start: fact.start, end: fact.end },
            data: { name: system.name, entry: system.entry, evidence: fact.evidence, detail: fact.detail, ...(optedIn ? {} : { others }) },
            fingerprintHint: fact.entryId,
          });
          continue;
        }
        const rule = CODE_RULES[fact.type];
        findings.push({
          ruleId: rule.ruleId,
          messageId: rule.messageId,
          path,
          range: { start: fact.start, end: fact.end },
          data: { [rule.key]: fact.detail },
        });
      }
    }

    let baseGraph: FlowGraph | undefined;
    if (context.base) {
      const ignored = globMatcher(context.policy.ignore);
      const basePaths = [...context.base.keys()].filter((p) => !ignored(p)).sort();
      baseGraph = (await snapshot(context.base, basePaths, policy)).graph;
    }
    const diff = diffFlowGraphs(baseGraph, head.graph);
    const diagram = renderMermaid(diff, policy.diagram);
    const data: FlowsData = {
      manifests: head.manifests.map((m) => ({
        path: m.path,
        name: m.manifest.name,
        owner: m.manifest.owner,
        systems: m.manifest.systems.length,
        flows: m.manifest.flows.length,
      })),
      systems: diff.nodes,
      flows: diff.edges,
      codeSystems: head.codeSystems,
      diagram,
      diagramLimits: policy.diagram,
      compared: baseGraph !== undefined,
    };
    return { findings, data };
  },
});
