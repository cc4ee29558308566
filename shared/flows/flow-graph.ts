import type { Boundary, DataClass, SystemKind } from './manifest-schema.js';

/** Why an edge is risky: each maps to a governance check or a sensitive flow. */
export type EdgeRisk = 'sensitive-to-llm' | 'no-dpa' | 'cross-border' | 'unapproved' | 'undeclared';

/** A system in the data-flow graph. */
export interface FlowNode {
  /** The system id (manifest `systems[].id`, or the catalog id for a system seen only in code). */
  readonly id: string;
  readonly kind: SystemKind;
  readonly boundary: Boundary;
  readonly vendor?: string;
  readonly region?: string;
  /** Connectors (manifest names) that declare it; empty for a system seen only in code. */
  readonly connectors: readonly string[];
  /** False for a system the code reaches that no manifest declares. */
  readonly declared: boolean;
}

/** Data moving between two systems, merged over every manifest that declares it. */
export interface FlowEdge {
  /** `from->to`. */
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly classes: readonly DataClass[];
  readonly connectors: readonly string[];
  readonly risks: readonly EdgeRisk[];
  /** False for an edge from the code to an undeclared system. */
  readonly declared: boolean;
}

/** Systems and flows, sorted by id. */
export interface FlowGraph {
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
}

/** What a change did to a node or edge. */
export type ChangeStatus = 'added' | 'removed' | 'changed' | 'unchanged';

/** The pseudo-system standing for "this repository's code" in edges to undeclared systems. */
export const CODE_NODE_ID = '(code)';
