import type { AgentAccess } from './agent-model.js';

/** What a server contributes to the "lethal trifecta" (untrusted content, private data, a way out). */
export type TrifectaLeg = 'untrusted' | 'private' | 'outbound';

/** A well-known MCP server: what it reaches and how much it can do. */
export interface ServerCatalogEntry {
  readonly id: string;
  /** The system it reaches, in words (`GitHub`, `local files`). */
  readonly system: string;
  readonly access: AgentAccess;
  readonly legs: readonly TrifectaLeg[];
  /** Runs arbitrary shell commands. */
  readonly shell?: boolean;
  /** A filesystem server: its path arguments are roots. */
  readonly filesystem?: boolean;
  /** Matched against the launched package / image / script, the URL host and the server's name. */
  readonly match: RegExp;
  /** Hosted remote endpoints that authenticate at connect time (OAuth) or serve public documents. */
  readonly hostedAuth?: 'oauth' | 'public';
}

/**
 * A small catalog of well-known MCP servers (reference servers of
 * modelcontextprotocol/servers, vendors' official servers, common community ones).
 * First match wins, so the specific entries come before the generic ones.
 */
export const SERVER_CATALOG: readonly ServerCatalogEntry[] = [
  { id: 'kali', system: 'Kali Linux host (offensive tooling)', access: 'destructive', legs: ['outbound'], shell: true, match: /kali/i },
  {
    id: 'shell',
    system: 'shell commands',
    access: 'destructive',
    legs: ['outbound'],
    shell: true,
    match: /(?:server-commands|mcp-shell|shell-mcp|mcp-server-shell|desktop-commander|terminal-mcp|mcp-terminal|bash-mcp|cli-mcp-server)/i,
  },
  {
    id: 'filesystem',
    system: 'local files',
    access: 'write',
    legs: ['private'],
    filesystem: true,
    match: /server-filesystem|mcp-server-filesystem|(?:^|[/_-])filesystem(?:$|[/_-])/i,
  },
  { id: 'git', system: 'git repository', access: 'write', legs: ['private'], match: /mcp-server-git\b|server-git\b/i },
  {
    id: 'github',
    system: 'GitHub',
    access: 'write',
    legs: ['untrusted', 'private', 'outbound'],
    match: /server-github|github-mcp-server|githubcopilot\.com|^github$/i,
    hostedAuth: 'oauth',
  },
  { id: 'gitlab', system: 'GitLab', access: 'write', legs: ['untrusted', 'private', 'outbound'], match: /server-gitlab|gitlab/i },
  { id: 'slack', system: 'Slack', access: 'write', legs: ['untrusted', 'private', 'outbound'], match: /server-slack|slack/i },
  { id: 'gmail', system: 'email', access: 'write', legs: ['untrusted', 'private', 'outbound'], match: /gmail|outlook|email|smtp/i },
  { id: 'twilio', system: 'Twilio (SMS, calls)', access: 'write', legs: ['outbound'], match: /twilio/i },
  { id: 'postgres', system: 'PostgreSQL', access: 'read', legs: ['private'], match: /server-postgres|postgres/i },
  { id: 'sqlite', system: 'SQLite', access: 'destructive', legs: ['private'], match: /sqlite/i },
  { id: 'supabase', system: 'Supabase', access: 'destructive', legs: ['private'], match: /supabase/i, hostedAuth: 'oauth' },
  { id: 'stripe', system: 'Stripe (payments)', access: 'destructive', legs: ['private', 'outbound'], match: /stripe/i, hostedAuth: 'oauth' },
  { id: 'notion', system: 'Notion', access: 'write', legs: ['private'], match: /notion/i, hostedAuth: 'oauth' },
  { id: 'linear', system: 'Linear', access: 'write', legs: ['private'], match: /linear/i, hostedAuth: 'oauth' },
  {
    id: 'atlassian',
    system: 'Jira / Confluence',
    access: 'write',
    legs: ['untrusted', 'private'],
    match: /atlassian|jira|confluence/i,
    hostedAuth: 'oauth',
  },
  {
    id: 'google-drive',
    system: 'Google Drive / Workspace',
    access: 'write',
    legs: ['private'],
    match: /gdrive|google-drive|google-workspace|gsuite|workspace-mcp/i,
  },
  { id: 'obsidian', system: 'Obsidian vault', access: 'write', legs: ['private'], match: /obsidian/i },
  {
    id: 'knowledge-base',
    system: 'knowledge base',
    access: 'read',
    legs: ['private'],
    match: /knowledge|(?:^|[_-])kb(?:$|[_-])|\brag\b|vector|memory/i,
  },
  {
    id: 'browser',
    system: 'web browser',
    access: 'write',
    legs: ['untrusted', 'outbound'],
    match: /playwright|puppeteer|browserbase|chrome-devtools|browser/i,
  },
  { id: 'fetch', system: 'web pages', access: 'read', legs: ['untrusted'], match: /mcp-server-fetch|server-fetch|(?:^|[/_-])fetch(?:$|[/_-])/i },
  {
    id: 'web-search',
    system: 'web search',
    access: 'read',
    legs: ['untrusted'],
    match: /brave|tavily|exa-mcp|firecrawl|serper|web-search|websearch|duckduckgo|perplexity/i,
  },
  {
    id: 'docs',
    system: 'public documentation',
    access: 'read',
    legs: [],
    match: /learn\.microsoft\.com|deepwiki|context7|docs\.|rust-docs|mcp-rust-docs/i,
    hostedAuth: 'public',
  },
  { id: 'vercel', system: 'Vercel', access: 'write', legs: ['private'], match: /vercel/i, hostedAuth: 'oauth' },
  { id: 'sentry', system: 'Sentry', access: 'read', legs: ['untrusted', 'private'], match: /sentry/i, hostedAuth: 'oauth' },
  { id: 'kubernetes', system: 'Kubernetes cluster', access: 'destructive', legs: ['private'], match: /kubernetes|k8s/i },
  { id: 'terraform', system: 'Terraform / cloud infrastructure', access: 'write', legs: ['private'], match: /terraform/i },
  { id: 'aws', system: 'AWS', access: 'destructive', legs: ['private'], match: /awslabs|aws-/i },
  { id: 'azure', system: 'Azure / Microsoft 365', access: 'write', legs: ['private'], match: /azure|m365|fabric-mcp|microsoft/i },
  { id: 'grafana', system: 'Grafana', access: 'read', legs: ['private'], match: /grafana|signoz|prometheus/i },
  { id: 'time', system: 'time zones', access: 'read', legs: [], match: /mcp\/time|server-time|mcp-server-time/i },
  { id: 'everything', system: 'MCP test server', access: 'read', legs: [], match: /server-everything/i },
];

/**
 * The catalog entry for a server, from what it launches (package, image, script),
 * its URL and its name, in that order.
 */
export function serverCatalogEntry(candidates: readonly (string | undefined)[]): ServerCatalogEntry | undefined {
  for (const c of candidates) {
    if (!c) continue;
    const hit = SERVER_CATALOG.find((e) => e.match.test(c));
    if (hit) return hit;
  }
  return undefined;
}
