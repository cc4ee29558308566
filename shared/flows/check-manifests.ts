import type { RawFinding } from '../model/finding.js';
import { createRegionClassifier } from './classify-region.js';
import type { FlowEdge, FlowGraph, FlowNode, EdgeRisk } from './flow-graph.js';
import type { FlowsPolicy } from './flows-policy.js';
import { flowsRules } from './flows-rules.js';
import type { LoadedManifest } from './load-manifests.js';
import { defaultBoundary, type DataClass, type ManifestSystem, type StoreKind } from './manifest-schema.js';

const SENSITIVE: readonly DataClass[] = ['pii', 'financial', 'health', 'credentials'];
const STORE_SYSTEM_KINDS = new Set(['queue', 'vector_store', 'storage']);
const VALID_MECHANISMS = new Set(['adequacy', 'scc', 'bcr', 'dpf', 'derogation']);

/** A system as resolved for the checks: the declaring manifest's entry, with its boundary. */
interface Resolved {
  readonly system: ManifestSystem;
  readonly boundary: FlowNode['boundary'];
  readonly manifest: LoadedManifest;
  readonly index: number;
}

/**
 * Runs the manifest checks (DPA, cross-border, approved processors, retention,
 * audit, TLS, unused and undeclared systems, duplicate names) and builds the
 * declared part of the data-flow graph. Every finding points at the manifest line
 * that causes it. Pure; `manifests` in path order.
 */
export function checkManifests(manifests: readonly LoadedManifest[], policy: FlowsPolicy): { findings: RawFinding[]; graph: FlowGraph } {
  const findings: RawFinding[] = [];
  const regionOf = createRegionClassifier(policy);
  const approved = policy.approvedProcessors?.map((p) => p.toLowerCase());

  // Systems by id over every manifest (the first declaration wins in the diagram).
  const global = new Map<string, Resolved>();
  for (const m of manifests) {
    m.manifest.systems.forEach((system, index) => {
      if (!global.has(system.id)) global.set(system.id, { system, boundary: system.boundary ?? defaultBoundary(system.kind), manifest: m, index });
    });
  }

  const byName = new Map<string, string[]>();
  for (const m of manifests) byName.set(m.manifest.name, [...(byName.get(m.manifest.name) ?? []), m.path]);
  const nodes = new Map<string, { node: FlowNode; connectors: Set<string> }>();
  const edges = new Map<string, { from: string; to: string; classes: Set<DataClass>; connectors: Set<string>; risks: Set<EdgeRisk> }>();

  for (const m of manifests) {
    const { manifest, path, rangeOf } = m;
    const name = manifest.name;
    const push = (finding: Omit<RawFinding, 'path'>): void => {
      findings.push({ ...finding, path });
    };

    // Reported on every manifest sharing the name, so a review shows it on whichever one the change adds.
    const others = (byName.get(name) ?? []).filter((p) => p !== path);
    if (others.length > 0) {
      push({ ruleId: flowsRules.duplicateConnector.id, messageId: 'duplicate', range: rangeOf(['name']), data: { name, other: others.join(', ') } });
    }

    const local = new Map<string, Resolved>();
    manifest.systems.forEach((system, index) => {
      local.set(system.id, { system, boundary: system.boundary ?? defaultBoundary(system.kind), manifest: m, index });
    });
    const resolve = (id: string): Resolved | undefined => local.get(id) ?? global.get(id);

    // Systems: TLS, approval, use.
    const used = new Set(manifest.flows.flatMap((f) => [f.from, f.to]));
    manifest.systems.forEach((system, index) => {
      const boundary = system.boundary ?? defaultBoundary(system.kind);
      const entry = nodes.get(system.id);
      if (entry) entry.connectors.add(name);
      else
        nodes.set(system.id, {
          node: {
            id: system.id,
            kind: system.kind,
            boundary,
            ...(system.vendor ? { vendor: system.vendor } : {}),
            ...(system.region ? { region: system.region } : {}),
            connectors: [],
            declared: true,
          },
          connectors: new Set([name]),
        });
      if (system.tls === '1.0' || system.tls === '1.1') {
        push({
          ruleId: flowsRules.weakTls.id,
          messageId: 'manifest',
          range: rangeOf(['systems', index, 'tls']),
          data: { system: system.id, version: system.tls },
        });
      }
      if (approved && boundary !== 'ours') {
        const names = [system.id, system.vendor, system.catalog].filter((v): v is string => v !== undefined).map((v) => v.toLowerCase());
        if (!names.some((n) => approved.includes(n))) {
          push({
            ruleId: flowsRules.unapprovedProcessor.id,
            messageId: 'unapproved',
            range: rangeOf(['systems', index, 'id']),
            data: { system: system.id, vendor: system.vendor ?? system.id },
          });
        }
      }
      if (!used.has(system.id)) {
        push({ ruleId: flowsRules.unusedSystem.id, messageId: 'unused', range: rangeOf(['systems', index, 'id']), data: { system: system.id } });
      }
    });

    // Flows: declared ends, DPA, cross-border.
    manifest.flows.forEach((flow, index) => {
      const from = resolve(flow.from);
      const to = resolve(flow.to);
      for (const [side, id, resolved] of [
        ['source', flow.from, from],
        ['target', flow.to, to],
      ] as const) {
        if (!resolved) {
          push({
            ruleId: flowsRules.flowToUndeclaredSystem.id,
            messageId: 'undeclared',
            range: rangeOf(['flows', index, side === 'source' ? 'from' : 'to']),
            data: { side, system: id },
          });
        }
      }
      const key = `${flow.from}->${flow.to}`;
      let edge = edges.get(key);
      if (!edge) {
        edge = { from: flow.from, to: flow.to, classes: new Set(), connectors: new Set(), risks: new Set() };
        edges.set(key, edge);
      }
      for (const c of flow.data) edge.classes.add(c);
      edge.connectors.add(name);
      if (!to) {
        edge.risks.add('undeclared');
        return;
      }

      const classes = [...new Set(flow.data)];
      if (to.boundary === 'llm' && classes.some((c) => SENSITIVE.includes(c))) edge.risks.add('sensitive-to-llm');
      const needDpa = classes.filter((c) => policy.dpaRequired.includes(c));
      if (needDpa.length > 0 && to.boundary !== 'ours' && policy.dpaKinds.includes(to.system.kind) && to.system.dpa !== 'signed') {
        edge.risks.add('no-dpa');
        push({
          ruleId: flowsRules.piiToLlmWithoutDpa.id,
          messageId: 'noDpa',
          range: rangeOf(['flows', index, 'to']),
          data: { from: flow.from, to: flow.to, classes: needDpa.join(', '), dpa: to.system.dpa ?? 'not declared' },
        });
      }

      const personal = classes.filter((c) => policy.transferDataClasses.includes(c));
      const fromRegion = from?.system.region;
      const toRegion = flow.region ?? to.system.region;
      const target = regionOf(toRegion);
      if (
        personal.length > 0 &&
        regionOf(fromRegion) === 'eu' &&
        (target === 'third-country' || target === 'unknown') &&
        !VALID_MECHANISMS.has(to.system.transferMechanism ?? 'none')
      ) {
        edge.risks.add('cross-border');
        push({
          ruleId: flowsRules.crossBorderWithoutMechanism.id,
          messageId: target === 'unknown' ? 'unknownRegion' : 'noMechanism',
          range: rangeOf(['flows', index, flow.region !== undefined ? 'region' : 'to']),
          data: { from: flow.from, to: flow.to, classes: personal.join(', '), fromRegion: fromRegion ?? '', toRegion: toRegion ?? 'unknown' },
        });
      }
      if (approved && to.boundary !== 'ours') {
        const names = [to.system.id, to.system.vendor, to.system.catalog].filter((v): v is string => v !== undefined).map((v) => v.toLowerCase());
        if (!names.some((n) => approved.includes(n))) edge.risks.add('unapproved');
      }
    });

    // Retention.
    const stores = manifest.retention?.stores ?? [];
    const storeNames = new Set(stores.map((s) => s.name));
    const targets = new Set(manifest.flows.map((f) => f.to));
    manifest.systems.forEach((system, index) => {
      if (!STORE_SYSTEM_KINDS.has(system.kind) || !targets.has(system.id) || storeNames.has(system.id)) return;
      push({
        ruleId: flowsRules.retentionMissing.id,
        messageId: 'missing',
        range: rangeOf(['systems', index, 'id']),
        data: { system: system.id, kind: system.kind, max: policy.retentionMaxDays.staging },
      });
    });
    stores.forEach((store, index) => {
      const max = policy.retentionMaxDays[store.kind as StoreKind];
      if (store.days > max) {
        push({
          ruleId: flowsRules.retentionTooLong.id,
          messageId: 'tooLong',
          range: rangeOf(['retention', 'stores', index, 'days']),
          data: { store: store.name, kind: store.kind, days: store.days, max },
        });
      }
    });

    // Audit log.
    const audit = manifest.audit;
    if (!audit?.sink) {
      push({
        ruleId: flowsRules.auditLogMissing.id,
        messageId: 'missing',
        range: audit ? rangeOf(['audit'], true) : rangeOf(['name'], true),
        data: { connector: name },
      });
    } else if (audit.retentionDays === undefined) {
      push({
        ruleId: flowsRules.auditRetentionTooShort.id,
        messageId: 'missing',
        range: rangeOf(['audit', 'sink']),
        data: { connector: name, min: policy.auditRetentionMinDays },
      });
    } else if (audit.retentionDays < policy.auditRetentionMinDays) {
      push({
        ruleId: flowsRules.auditRetentionTooShort.id,
        messageId: 'tooShort',
        range: rangeOf(['audit', 'retentionDays']),
        data: { connector: name, days: audit.retentionDays, min: policy.auditRetentionMinDays },
      });
    }
  }

  // Flow ends nobody declares still appear in the diagram, marked undeclared.
  for (const edge of edges.values()) {
    for (const id of [edge.from, edge.to]) {
      if (!nodes.has(id))
        nodes.set(id, { node: { id, kind: 'internal', boundary: 'third_party', connectors: [], declared: false }, connectors: new Set() });
    }
  }

  const graph: FlowGraph = {
    nodes: [...nodes.values()]
      .map(({ node, connectors }) => ({ ...node, connectors: [...connectors].sort() }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    edges: [...edges.entries()]
      .map(([id, e]): FlowEdge => ({
        id,
        from: e.from,
        to: e.to,
        classes: [...e.classes].sort(),
        connectors: [...e.connectors].sort(),
        risks: [...e.risks].sort(),
        declared: true,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
  return { findings, graph };
}
