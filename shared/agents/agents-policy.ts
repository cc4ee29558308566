import { z } from 'zod';

/** The `agents` section of the policy: approved servers, which tools need a gate, CI agent actions. */
export const agentsPolicySchema = z
  .object({
    servers: z
      .object({
        allow: z
          .array(z.string().min(1))
          .default([])
          .describe(
            'Approved MCP servers: server names, or the package / image / URL host they launch or reach (`@modelcontextprotocol/server-github`, `mcp/time`, `mcp.notion.com`), with or without a version. Once the list is not empty, any other server is reported (`agents/not-allowed-server`). Default: empty (no list).',
          ),
      })
      .strict()
      .default({ allow: [] })
      .describe('MCP servers.'),
    approval: z
      .object({
        required: z
          .array(z.enum(['write', 'destructive']))
          .default(['write', 'destructive'])
          .describe(
            'Access classes of tools that need a human-approval gate (`agents/unapproved-write`). Default: `[write, destructive]`; `[destructive]` reports only deletes, payments and shell/SQL.',
          ),
        wrappers: z
          .array(z.string().min(1))
          .default([])
          .describe(
            'Names of your own confirmation wrappers (`requireConfirmation`, `with_approval`) that count as a human-approval gate when a tool handler calls them or a Python tool is decorated with them. Default: none.',
          ),
      })
      .strict()
      .default({ required: ['write', 'destructive'], wrappers: [] })
      .describe('Human-approval gates on agent tools.'),
    ci: z
      .object({
        actions: z
          .array(z.string().min(1))
          .default([])
          .describe(
            'More AI agent actions (`owner/repo`) to check in workflows, besides anthropics/claude-code-action, anthropics/claude-code-base-action, openai/codex-action and google-github-actions/run-gemini-cli. Default: none.',
          ),
      })
      .strict()
      .default({ actions: [] })
      .describe('AI agents run in CI workflows.'),
  })
  .strict()
  .describe('AI agents: MCP servers they connect to, tools they may call, and agents run in CI.');

/** The validated `agents` section. */
export type AgentsPolicy = z.output<typeof agentsPolicySchema>;

/** The section's defaults. */
export const DEFAULT_AGENTS_POLICY: AgentsPolicy = agentsPolicySchema.parse({});
