import type { CatalogEntry, ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const OAUTH_DOCS = 'https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps';
const APP_DOCS = 'https://docs.github.com/en/rest/authentication/permissions-required-for-github-apps';
const WORKFLOW_DOCS = 'https://docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions#permissions';

// OAuth app scopes. `workspace`: every repository (or org) the user can reach.
const OAUTH_ROWS: CatalogRow[] = [
  [
    'repo',
    'admin',
    'workspace',
    ['public_repo', 'repo:status', 'a fine-grained token limited to the repositories it needs'],
    'full control of every private repository, including collaborators and webhooks',
  ],
  ['repo:status', 'write', 'workspace'],
  ['repo_deployment', 'write', 'workspace'],
  ['public_repo', 'write', 'workspace'],
  ['repo:invite', 'write', 'workspace'],
  ['security_events', 'write', 'workspace'],
  ['admin:repo_hook', 'admin', 'workspace', ['write:repo_hook', 'read:repo_hook']],
  ['write:repo_hook', 'write', 'workspace', ['read:repo_hook']],
  ['read:repo_hook', 'read', 'workspace'],
  ['admin:org', 'admin', 'workspace', ['write:org', 'read:org']],
  ['write:org', 'write', 'workspace', ['read:org']],
  ['read:org', 'read', 'workspace'],
  ['admin:public_key', 'admin', 'resource', ['write:public_key', 'read:public_key']],
  ['write:public_key', 'write', 'resource', ['read:public_key']],
  ['read:public_key', 'read', 'resource'],
  ['admin:org_hook', 'admin', 'workspace'],
  ['gist', 'write', 'resource'],
  ['notifications', 'read', 'resource'],
  ['user', 'write', 'resource', ['read:user', 'user:email']],
  ['read:user', 'read', 'resource'],
  ['user:email', 'read', 'resource'],
  ['user:follow', 'write', 'resource'],
  ['project', 'write', 'workspace', ['read:project']],
  ['read:project', 'read', 'workspace'],
  ['delete_repo', 'admin', 'workspace'],
  ['write:packages', 'write', 'workspace', ['read:packages']],
  ['read:packages', 'read', 'workspace'],
  ['delete:packages', 'write', 'workspace', [], 'deletes package versions: data, not access'],
  ['admin:gpg_key', 'admin', 'resource', ['write:gpg_key', 'read:gpg_key']],
  ['write:gpg_key', 'write', 'resource'],
  ['read:gpg_key', 'read', 'resource'],
  ['admin:ssh_signing_key', 'admin', 'resource'],
  ['write:ssh_signing_key', 'write', 'resource'],
  ['read:ssh_signing_key', 'read', 'resource'],
  ['codespace', 'write', 'workspace'],
  ['workflow', 'write', 'workspace', [], "can change workflow files, and so run code with the repository's secrets"],
  ['admin:enterprise', 'admin', 'workspace', ['manage_runners:enterprise', 'read:enterprise']],
  ['manage_runners:enterprise', 'admin', 'workspace'],
  ['manage_billing:enterprise', 'admin', 'workspace'],
  ['read:enterprise', 'read', 'workspace'],
  ['read:audit_log', 'read', 'workspace'],
  ['audit_log', 'read', 'workspace'],
  ['copilot', 'write', 'workspace'],
];

// GitHub App permissions (snake_case) and workflow `permissions:` keys (kebab-case).
// Repository permissions reach only the repositories the app is installed on.
const REPO_KEYS = [
  'actions',
  'administration',
  'attestations',
  'checks',
  'codespaces',
  'contents',
  'custom_properties',
  'dependabot_secrets',
  'deployments',
  'discussions',
  'environments',
  'issues',
  'merge_queues',
  'metadata',
  'packages',
  'pages',
  'pull_requests',
  'repository_advisories',
  'repository_hooks',
  'repository_projects',
  'secret_scanning_alerts',
  'secrets',
  'security_events',
  'single_file',
  'statuses',
  'vulnerability_alerts',
  'workflows',
  // workflow `permissions:` spellings
  'id-token',
  'pull-requests',
  'repository-projects',
  'security-events',
  'models',
];
const ORG_KEYS = [
  'members',
  'organization_administration',
  'organization_announcement_banners',
  'organization_copilot_seat_management',
  'organization_custom_org_roles',
  'organization_custom_properties',
  'organization_custom_roles',
  'organization_events',
  'organization_hooks',
  'organization_packages',
  'organization_personal_access_tokens',
  'organization_personal_access_token_requests',
  'organization_plan',
  'organization_projects',
  'organization_secrets',
  'organization_self_hosted_runners',
  'organization_user_blocking',
  'team_discussions',
  // account permissions
  'email_addresses',
  'followers',
  'gpg_keys',
  'git_ssh_keys',
  'interaction_limits',
  'profile',
  'starring',
];
/** Write on these manages access itself: it is administration. */
const ADMIN_ON_WRITE = new Set([
  'administration',
  'organization_administration',
  'members',
  'organization_custom_roles',
  'organization_custom_org_roles',
  'organization_personal_access_tokens',
]);

function permissionEntries(): CatalogEntry[] {
  const out: CatalogEntry[] = [];
  for (const key of [...REPO_KEYS, ...ORG_KEYS]) {
    const breadth = ORG_KEYS.includes(key) ? 'workspace' : 'resource';
    const docsUrl = key.includes('-') || key === 'models' ? WORKFLOW_DOCS : APP_DOCS;
    out.push({ scope: `${key}:read`, access: 'read', breadth, docsUrl });
    out.push({
      scope: `${key}:write`,
      access: ADMIN_ON_WRITE.has(key) ? 'admin' : 'write',
      breadth,
      narrower: key === 'id-token' ? [] : [`${key}: read`],
      docsUrl,
      ...(key === 'id-token' ? { note: 'lets the job request an OIDC token: the way to short-lived cloud credentials' } : {}),
    });
    out.push({ scope: `${key}:admin`, access: 'admin', breadth, narrower: [`${key}: write`, `${key}: read`], docsUrl });
  }
  out.push({
    scope: 'write-all',
    access: 'admin',
    breadth: 'resource',
    narrower: ['the permissions the job needs, e.g. `contents: read`'],
    docsUrl: WORKFLOW_DOCS,
    note: 'write access to every permission of the repository',
  });
  out.push({
    scope: 'read-all',
    access: 'read',
    breadth: 'resource',
    narrower: ['the permissions the job needs, e.g. `contents: read`'],
    docsUrl: WORKFLOW_DOCS,
  });
  return out;
}

/** Splits `contents: write` into its key and level, or returns undefined. */
export function splitPermission(scope: string): { key: string; level: string } | undefined {
  const m = /^([a-z][a-z0-9_-]*)\s*[:=]\s*(read|write|admin|none)$/.exec(scope.trim());
  return m ? { key: m[1] as string, level: m[2] as string } : undefined;
}

/** GitHub: OAuth app scopes, GitHub App permissions and workflow `permissions:`. */
export const githubCatalog: ProviderCatalog = {
  provider: 'github',
  title: 'GitHub',
  docsUrl: OAUTH_DOCS,
  caseSensitive: true,
  entries: [...catalogRows(OAUTH_ROWS, OAUTH_DOCS), ...permissionEntries()],
  normalize: (scope) => {
    const p = splitPermission(scope);
    return p ? `${p.key}:${p.level}` : scope.trim();
  },
  family: (s) => {
    const p = splitPermission(s);
    if (p) return `permission:${p.key.replace(/-/g, '_')}`;
    if (s === 'write-all' || s === 'read-all') return 'permission:*';
    return s.replace(/^(read|write|admin|delete|manage_runners|manage_billing):/, '').replace(/:.*$/, '');
  },
  isWildcard: (s) => s === 'write-all' || s === 'read-all',
  // OAuth convention `read:<thing>` / `write:<thing>` / `admin:<thing>`; App permission levels.
  convention: (s) => {
    const p = splitPermission(s);
    if (p && p.level !== 'none') return { access: p.level as 'read' | 'write' | 'admin', breadth: 'resource', docsUrl: APP_DOCS };
    const m = /^(read|write|admin):[a-z_]+$/.exec(s);
    return m ? { access: m[1] as 'read' | 'write' | 'admin', breadth: 'workspace', docsUrl: OAUTH_DOCS } : undefined;
  },
};
