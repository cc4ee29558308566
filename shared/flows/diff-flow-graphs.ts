import type { ChangeStatus, FlowEdge, FlowGraph, FlowNode } from './flow-graph.js';
import type { DataClass } from './manifest-schema.js';

/** A node with what the change did to it. */
export interface DiffNode extends FlowNode {
  readonly status: ChangeStatus;
}

/** An edge with what the change did to it; `addedClasses` lists classes the change added to an existing flow. */
export interface DiffEdge extends FlowEdge {
  readonly status: ChangeStatus;
  readonly addedClasses: readonly DataClass[];
}

/** The head graph with base-only nodes and edges kept as `removed`. */
export interface FlowDiff {
  readonly nodes: readonly DiffNode[];
  readonly edges: readonly DiffEdge[];
}

/**
 * Compares the graph at the base of a change with the graph at its head. Without a
 * base (a scan) everything is `unchanged`. Nodes match by system id, edges by
 * `from->to`; a node whose kind, region, vendor or boundary changed, or an edge whose
 * data classes changed, is `changed`.
 */
export function diffFlowGraphs(base: FlowGraph | undefined, head: FlowGraph): FlowDiff {
  if (!base) {
    return {
      nodes: head.nodes.map((n) => ({ ...n, status: 'unchanged' })),
      edges: head.edges.map((e) => ({ ...e, status: 'unchanged', addedClasses: [] })),
    };
  }
  const baseNodes = new Map(base.nodes.map((n) => [n.id, n]));
  const baseEdges = new Map(base.edges.map((e) => [e.id, e]));
  const headNodeIds = new Set(head.nodes.map((n) => n.id));
  const headEdgeIds = new Set(head.edges.map((e) => e.id));
  const nodes: DiffNode[] = head.nodes.map((n) => {
    const before = baseNodes.get(n.id);
    if (!before) return { ...n, status: 'added' };
    const same =
      before.kind === n.kind &&
      before.region === n.region &&
      before.vendor === n.vendor &&
      before.boundary === n.boundary &&
      before.declared === n.declared;
    return { ...n, status: same ? 'unchanged' : 'changed' };
  });
  for (const n of base.nodes) if (!headNodeIds.has(n.id)) nodes.push({ ...n, status: 'removed' });
  const edges: DiffEdge[] = head.edges.map((e) => {
    const before = baseEdges.get(e.id);
    if (!before) return { ...e, status: 'added', addedClasses: e.classes };
    const added = e.classes.filter((c) => !before.classes.includes(c));
    const same = added.length === 0 && before.classes.length === e.classes.length;
    return { ...e, status: same ? 'unchanged' : 'changed', addedClasses: added };
  });
  for (const e of base.edges) if (!headEdgeIds.has(e.id)) edges.push({ ...e, status: 'removed', addedClasses: [] });
  nodes.sort((a, b) => a.id.localeCompare(b.id));
  edges.sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, edges };
}
