import type { ChangeStatus } from './flow-graph.js';

/**
 * An MCP server or agent tool drawn in the data-flow diagram, inside the
 * repository's boundary, with edges to the systems it reaches. Built from the
 * agents analyzer's data (`agentNodes`); the flows code only draws it.
 */
export interface AgentNode {
  /** Unique per diagram (`server:<path>:<name>`, `tool:<path>:<name>`). */
  readonly key: string;
  readonly kind: 'server' | 'tool';
  readonly name: string;
  /** The second line of the label (transport and pinning, or access and gate). */
  readonly detail: string;
  readonly status: ChangeStatus;
  /** Deletes, cancels, moves money, runs shell commands or raw SQL: marked `⚠`. */
  readonly destructive: boolean;
  /** What it may do on the systems it reaches (the edges' label). */
  readonly access: string;
  /**
   * What it reaches: flows catalog ids where known (an edge to the graph's node for
   * that system when one matches), else words (`payments`, `local files`).
   */
  readonly reaches: readonly string[];
}
