/**
 * What the agents analyzer inventories: MCP servers an agent connects to, tools
 * an agent may call, and AI agents run in CI. Located by character offsets (the
 * engine turns them into lines); values that could be secrets are never kept.
 */

/** How a tool or server may change the systems it reaches. */
export type AgentAccess = 'read' | 'write' | 'destructive';

/** How a client reaches an MCP server. */
export type McpTransport = 'stdio' | 'http' | 'sse' | 'unknown';

/** A half-open offset range in one file. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One `KEY: value` of a server's `env` or `headers` (or a credential flag in its args). */
export interface ServerSetting extends Span {
  readonly key: string;
  /** The literal value; read only by the analyzer to judge it, never reported. */
  readonly value: string;
  readonly source: 'env' | 'header' | 'arg';
}

/** An MCP server configured in a file (agent config or client code). */
export interface McpServer {
  readonly path: string;
  readonly name: string;
  /** The server's name key, or its constructor / transport call. */
  readonly span: Span;
  /** The block holding the server (its container for the lethal-trifecta rule). */
  readonly group: Span;
  readonly transport: McpTransport;
  readonly command?: string;
  readonly args: readonly string[];
  readonly url?: string;
  readonly settings: readonly ServerSetting[];
  readonly source: 'config' | 'code';
  /** Where the entry could not be read fully (a variable command, a dynamic URL). */
  readonly unresolved?: string;
}

/** Which agent framework declares a tool. */
export type ToolFramework = 'mcp-ts' | 'fastmcp' | 'openai-agents' | 'openai-agents-py' | 'vercel-ai' | 'langchain';

/** A tool an agent may call, as declared in code. */
export interface AgentTool {
  readonly path: string;
  readonly name: string;
  /** The token that becomes the tool's name (see LABELLING.md). */
  readonly span: Span;
  readonly framework: ToolFramework;
  /** The handler's source text (the function body, or the whole declaration). */
  readonly handler: string;
  /** A human gate on this tool (`needsApproval`, `interrupt()`, HITL middleware, a policy-named wrapper). */
  readonly approval: boolean;
  /** `readOnlyHint: true` (or an explicit read-only claim) on the tool. */
  readonly readOnlyHint: boolean;
  /** Set when the name is computed (a variable, a template): the span is the expression. */
  readonly dynamicName?: boolean;
}

/** An AI agent action used in a CI workflow step. */
export interface CiAgentStep {
  readonly path: string;
  /** The `uses:` value. */
  readonly action: string;
  /** The `uses:` line's value. */
  readonly span: Span;
  readonly triggers: readonly string[];
  readonly untrustedTrigger: boolean;
  readonly writePermissions: boolean;
  readonly secrets: boolean;
  /** The workflow or job checks `author_association` / the actor before the agent runs. */
  readonly actorGate: boolean;
}
