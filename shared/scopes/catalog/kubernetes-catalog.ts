import type { ProviderCatalog } from '../scope-model.js';

const DOCS = 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/';

const READ = new Set(['get', 'list', 'watch']);
const WRITE = new Set(['create', 'update', 'patch', 'delete', 'deletecollection', 'proxy', 'use']);
const ADMIN = new Set(['escalate', 'bind', 'impersonate', 'approve', 'sign']);

/**
 * Kubernetes RBAC rules, one scope per resource and verb: `<resource>:<verb>`
 * (`secrets:get`, `pods:*`). Verbs are the API's; `escalate`, `bind` and
 * `impersonate` change who may do what.
 */
export const kubernetesCatalog: ProviderCatalog = {
  provider: 'kubernetes',
  title: 'Kubernetes RBAC',
  docsUrl: DOCS,
  caseSensitive: true,
  entries: [],
  family: (s) => s.split(':')[0] ?? s,
  convention: (s) => {
    const [resource = '', verb = ''] = s.split(':');
    if (resource === '*' || verb === '*' || ADMIN.has(verb)) return { access: 'admin', breadth: resource === '*' ? 'workspace' : 'resource', docsUrl: DOCS };
    if (READ.has(verb)) return { access: 'read', breadth: 'resource', docsUrl: DOCS };
    if (WRITE.has(verb)) return { access: 'write', breadth: 'resource', docsUrl: DOCS };
    return undefined;
  },
};
