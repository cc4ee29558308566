import { createRule } from '../model/rule.js';

/** Every rule of the `agents` analyzer (MCP servers, agent tools, AI agents in CI). */
export const agentsRules = {
  inlineSecret: createRule({
    id: 'agents/inline-secret',
    description:
      'A literal credential in an MCP server entry (env, headers or args) instead of a reference to a secret store or environment variable.',
    defaultSeverity: 'error',
    messages: {
      inline:
        'MCP server "{{server}}" has a literal credential in {{source}} `{{key}}` ({{masked}}). Use a reference (`${env:NAME}`, `${input:id}`, `${NAME}`) and rotate the exposed value.',
    },
  }),
  unpinnedServer: createRule({
    id: 'agents/unpinned-server',
    description: 'An MCP server launched from a package or image without an exact version or digest: each start may run different code.',
    defaultSeverity: 'warning',
    messages: {
      unpinned:
        'MCP server "{{server}}" runs `{{target}}` through {{launcher}} without an exact version; pin it (`pkg@1.2.3`, `pkg==1.2.3`, `image@sha256:...`).',
    },
  }),
  insecureTransport: createRule({
    id: 'agents/insecure-transport',
    description: 'A remote MCP server reached over plain http:// on a non-loopback host: requests, tool results and credentials travel unencrypted.',
    defaultSeverity: 'error',
    messages: {
      http: 'MCP server "{{server}}" is reached over plain http:// at {{host}}; use https://.',
    },
  }),
  unauthenticatedRemote: createRule({
    id: 'agents/unauthenticated-remote',
    description: 'A remote MCP server configured without any credential, or an MCP server that listens on every network interface.',
    defaultSeverity: 'warning',
    messages: {
      noAuth:
        'Remote MCP server "{{server}}" ({{host}}) has no credential in its entry (no Authorization header, token or auth provider); anyone who can reach it can call its tools.',
      listens:
        'This MCP server listens on every interface (0.0.0.0) over HTTP with no authentication in sight; bind it to 127.0.0.1 or put authentication in front of it.',
    },
  }),
  filesystemRoot: createRule({
    id: 'agents/filesystem-root',
    description: 'A filesystem MCP server rooted at `/`, `~` or a home directory: the agent can read and write every file of the user.',
    defaultSeverity: 'error',
    messages: {
      root: 'Filesystem MCP server "{{server}}" is rooted at `{{root}}`; give it only the folders it needs.',
    },
  }),
  shellServer: createRule({
    id: 'agents/shell-server',
    description: 'An MCP server or tool that runs arbitrary shell commands.',
    defaultSeverity: 'warning',
    messages: {
      shellCommand: 'MCP server "{{server}}" is started through a shell command string (`{{launcher}} -c ...`); start the server binary directly.',
      shellServer: 'MCP server "{{server}}" exposes arbitrary command execution ({{system}}).',
      shellTool: 'Tool "{{tool}}" runs arbitrary shell commands ({{reason}}); restrict it to a fixed list of commands behind an approval.',
    },
  }),
  unapprovedWrite: createRule({
    id: 'agents/unapproved-write',
    description: 'A tool that writes or destroys (creates, sends, deletes, pays, runs shell or SQL) with no human-approval gate.',
    defaultSeverity: 'warning',
    messages: {
      noGate:
        'Tool "{{tool}}" ({{framework}}) is {{access}} ({{reason}}) and has no human-approval gate; add one (`needsApproval`, `interrupt()`, a HITL middleware) or list the gate in `agents.approval.wrappers`.',
    },
  }),
  mislabelledReadOnly: createRule({
    id: 'agents/mislabelled-read-only',
    description: 'A tool annotated `readOnlyHint: true` whose handler writes or deletes: clients may run it without asking.',
    defaultSeverity: 'error',
    messages: {
      mislabelled: 'Tool "{{tool}}" claims `readOnlyHint: true` but its handler is {{access}} ({{reason}}).',
    },
  }),
  lethalTrifecta: createRule({
    id: 'agents/lethal-trifecta',
    description: 'One agent combines untrusted content, private data and a way to send data out: a prompt injection can exfiltrate the private data.',
    defaultSeverity: 'warning',
    messages: {
      trifecta:
        'This agent reads untrusted content ({{untrusted}}), reaches private data ({{private}}) and can send data out ({{outbound}}); split them across agents or put an approval on the outbound side.',
    },
  }),
  untrustedCiAgent: createRule({
    id: 'agents/untrusted-ci-agent',
    description:
      'An AI agent action runs in CI on a trigger outsiders control (issue comments, pull_request_target...) while holding write permissions or secrets, with no actor check.',
    defaultSeverity: 'error',
    messages: {
      untrusted:
        '`{{action}}` runs on `{{triggers}}`, which anyone can trigger, with {{holds}} and no `author_association` / actor check; gate the job on trusted authors or drop the write permissions and secrets.',
    },
  }),
  notAllowedServer: createRule({
    id: 'agents/not-allowed-server',
    description: "An MCP server that is not on the policy's approved list (`agents.servers.allow`), once the list exists.",
    defaultSeverity: 'error',
    messages: {
      notAllowed: 'MCP server "{{server}}" (`{{target}}`) is not on the approved list (`agents.servers.allow` in the policy).',
    },
  }),
  unresolved: createRule({
    id: 'agents/unresolved',
    description:
      'An agent configuration or declaration that could not be read fully (malformed file, dynamic name, command or URL): it cannot be verified.',
    defaultSeverity: 'note',
    messages: {
      malformed: 'This agent configuration could not be read ({{reason}}); its MCP servers are not checked.',
      dynamicName: 'Tool name `{{expression}}` is computed at run time; it cannot be verified.',
      dynamicServer: 'MCP server "{{server}}" has a {{what}} computed at run time; it cannot be verified.',
    },
  }),
};
