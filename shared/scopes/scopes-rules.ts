import { createRule } from '../model/rule.js';

/** Every rule of the `scopes` analyzer (scopes, permissions and identity). */
export const scopesRules = {
  adminScope: createRule({
    id: 'scopes/admin-scope',
    description: 'A connector asks for an admin scope, a wildcard or a full-account grant.',
    defaultSeverity: 'warning',
    messages: {
      admin: '{{connector}} asks for `{{scope}}` ({{provider}}), an admin grant: {{why}}{{narrower}}',
      wildcard:
        '{{connector}} asks for the wildcard `{{scope}}` ({{provider}}): it grants every matching permission, including ones added later.{{narrower}}',
      inverted:
        '{{connector}} allows everything except `{{scope}}` (AWS `NotAction` in an `Allow`): an inverted grant reaches every other action of every service. List the actions it needs.',
    },
  }),
  escalation: createRule({
    id: 'scopes/escalation',
    description:
      'A change widens what a connector may do: a scope escalates (read to write to admin, resource to workspace), or a new write/admin scope or wildcard is added.',
    defaultSeverity: 'warning',
    messages: {
      escalated: '{{connector}}: `{{scope}}` ({{provider}}) escalates {{family}} from {{before}} (`{{beforeScope}}`) to {{after}}.{{narrower}}',
      broadened: '{{connector}}: `{{scope}}` ({{provider}}) widens {{family}} from one resource to the whole workspace.{{narrower}}',
      added: '{{connector}}: the change adds `{{scope}}` ({{provider}}), {{after}} access.{{narrower}}',
      newWildcard: '{{connector}}: the change adds the wildcard `{{scope}}` ({{provider}}).{{narrower}}',
    },
  }),
  notAllowed: createRule({
    id: 'scopes/not-allowed',
    description: "A scope is not on the policy's allow list for its connector or provider (deny by default once a list exists).",
    defaultSeverity: 'error',
    messages: {
      connector:
        '`{{scope}}` ({{provider}}) is not on the allow list for connector {{connector}} (`scopes.allow.connectors.{{connector}}` in the policy).',
      provider: '`{{scope}}` is not on the allow list for {{provider}} (`scopes.allow.providers.{{provider}}` in the policy).',
    },
  }),
  workspaceWide: createRule({
    id: 'scopes/workspace-wide',
    description: 'A workspace- or account-wide grant where a resource-scoped alternative exists.',
    defaultSeverity: 'warning',
    messages: {
      narrower: '{{connector}}: `{{scope}}` ({{provider}}) reaches the whole workspace; `{{alternative}}` is limited to specific resources.',
      resourceStar: '{{connector}}: `{{scope}}` is granted on `Resource: "*"`; name the resources (ARNs) it needs instead.',
    },
  }),
  unknownScope: createRule({
    id: 'scopes/unknown-scope',
    description: 'A scope the catalog does not know and no vendor naming convention classifies; reported as unknown, never guessed.',
    defaultSeverity: 'note',
    messages: {
      unknown: '`{{scope}}` is not a {{provider}} scope the catalog knows; its access could not be classified. Check the name against {{docs}}.',
      unknownProvider: '{{connector}}: the provider of `{{scope}}` could not be told; its access could not be classified.',
    },
  }),
  dynamicScope: createRule({
    id: 'scopes/dynamic-scope',
    description: 'A scope built at run time (template, expression) or resolved outside the code (`.default`): it cannot be verified.',
    defaultSeverity: 'note',
    messages: {
      template:
        'Dynamic scope, cannot verify: `{{expression}}` is built from a template. Write the scopes as literals so reviewers (and Tollgate) can see them.',
      expression: 'Dynamic scope, cannot verify: `{{expression}}` is computed at run time. Write the scopes as literals.',
      appRegistration:
        'Dynamic scope, cannot verify: `{{expression}}` requests every permission granted to the app registration; what that is lives in Entra ID, not in the code. Declare the permissions in the connector manifest.',
    },
  }),
  grantNotInLock: createRule({
    id: 'scopes/grant-not-in-lock',
    description:
      "The change adds or widens a grant that the repository's access lock (`.github/tollgate-access.yml`) does not list: an access change nobody recorded an approval for.",
    defaultSeverity: 'error',
    messages: {
      missing:
        'The access lock has no approved entry for {{provider}} `{{scope}}` ({{access}}) of connector {{connector}}. Add it with `tollgate access lock --approved-by @you` in this pull request, so the approval is reviewed with the change.',
      invalidLock:
        'The access lock .github/tollgate-access.yml cannot be read ({{problem}}); grants this change adds cannot be checked against it. Fix it or rewrite it with `tollgate access lock`.',
    },
  }),
  unresolved: createRule({
    id: 'scopes/unresolved',
    description:
      'A scope-bearing call, property or grant whose value Tollgate could not resolve statically (a parameter, an environment variable, a name it could not follow): the scopes there are unknown, not absent.',
    defaultSeverity: 'note',
    messages: {
      variable:
        'Unresolved scopes: `{{expression}}` is where scopes are requested, but its value comes from a name Tollgate could not follow (a parameter, an environment variable, another module). Write the scopes as literals, or in a constant named for them.',
    },
  }),
  malformedFile: createRule({
    id: 'scopes/malformed-file',
    description: 'A connector manifest, workflow, GitHub App manifest, IAM policy or RBAC file could not be read; its scopes were not checked.',
    defaultSeverity: 'warning',
    messages: {
      'iam-policy': 'IAM policy {{message}}. {{hint}}',
      manifest: 'Connector manifest {{message}}. {{hint}}',
      workflow: 'Workflow {{message}}. {{hint}}',
      'github-app': 'GitHub App manifest {{message}}. {{hint}}',
      kubernetes: 'Kubernetes RBAC {{message}}. {{hint}}',
    },
  }),
  staticCloudKey: createRule({
    id: 'scopes/static-cloud-key-in-ci',
    description: 'A pipeline authenticates to a cloud with a stored long-lived key where workload identity (OIDC) fits.',
    defaultSeverity: 'warning',
    messages: {
      aws: 'This workflow uses a stored AWS access key (`{{key}}`). Use OIDC instead: `permissions: id-token: write` and `aws-actions/configure-aws-credentials` with `role-to-assume`.',
      gcp: 'This workflow uses a stored Google Cloud service-account key (`{{key}}`). Use Workload Identity Federation: `permissions: id-token: write` and `google-github-actions/auth` with `workload_identity_provider`.',
      azure:
        'This workflow uses a stored Azure client secret (`{{key}}`). Use OIDC federation: `permissions: id-token: write` and `azure/login` with `client-id`, `tenant-id` and `subscription-id`.',
    },
  }),
  personalToken: createRule({
    id: 'scopes/personal-token',
    description:
      "A pipeline or connector uses a long-lived personal credential: a user OAuth token, a classic personal access token, or a developer's own token.",
    defaultSeverity: 'warning',
    messages: {
      secret:
        '`{{name}}` looks like a personal token ({{why}}). Use a credential that belongs to the app or pipeline (a GitHub App installation token, `GITHUB_TOKEN`, a bot token), not to a person.',
      env: "The code reads `{{name}}`, which looks like a personal token ({{why}}). Connectors should use an app or service credential, not a person's.",
      manifest:
        'Connector {{connector}} authenticates with a personal credential ({{why}}). Use an app, bot or service credential that does not leave with the person.',
    },
  }),
  sharedCredential: createRule({
    id: 'scopes/shared-credential',
    description: 'One credential reference is shared by several connectors, or by several environments of one connector.',
    defaultSeverity: 'warning',
    messages: {
      connectors:
        'Connector {{connector}} uses the same credential (`{{ref}}`) as {{others}}. Give each connector its own credential so each can be scoped, rotated and revoked alone.',
      environments:
        'Connector {{connector}} uses one credential (`{{ref}}`) for {{count}} environments ({{environments}}). Use a separate credential per environment so a staging leak cannot reach production.',
    },
  }),
  noRotation: createRule({
    id: 'scopes/no-rotation',
    description: 'A connector that holds a stored credential declares no token expiry or rotation.',
    defaultSeverity: 'warning',
    messages: {
      missing:
        'Connector {{connector}} declares no rotation or expiry for its credential. Add `auth.credential.rotation` (e.g. `90d`), or use workload identity (short-lived tokens).',
    },
  }),
} as const;
