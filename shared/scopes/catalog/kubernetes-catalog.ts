import type { ProviderCatalog } from '../scope-model.js';

const DOCS = 'https://kubernetes.io/docs/reference/access-authn-authz/rbac/';

const READ = new Set(['get', 'list', 'watch']);
const WRITE = new Set(['create', 'update', 'patch', 'delete', 'deletecollection', 'proxy', 'use']);
const REVIEWS = /^(tokenreviews|subjectaccessreviews|selfsubjectaccessreviews|selfsubjectrulesreviews|localsubjectaccessreviews|selfsubjectreviews)$/;
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
  // A binding to a built-in user-facing ClusterRole grants what that role allows.
  entries: [
    { scope: 'clusterrole:cluster-admin', access: 'admin', breadth: 'workspace', note: 'super-user access: any action on any resource' },
    {
      scope: 'clusterrole:admin',
      access: 'admin',
      breadth: 'resource',
      narrower: ['clusterrole:edit'],
      note: 'read/write on most resources of a namespace, including Roles and RoleBindings',
    },
    {
      scope: 'clusterrole:edit',
      access: 'write',
      breadth: 'resource',
      narrower: ['clusterrole:view'],
      note: 'read/write on most objects of a namespace, including Secrets; not Roles',
    },
    { scope: 'clusterrole:view', access: 'read', breadth: 'resource', note: 'read-only on most objects of a namespace; not Secrets' },
  ],
  family: (s) => s.split(':')[0] ?? s,
  convention: (s) => {
    const [resource = '', verb = ''] = s.split(':');
    if (resource === '*' || verb === '*' || ADMIN.has(verb))
      return { access: 'admin', breadth: resource === '*' ? 'workspace' : 'resource', docsUrl: DOCS };
    if (READ.has(verb)) return { access: 'read', breadth: 'resource', docsUrl: DOCS };
    // Review APIs (TokenReview, SubjectAccessReview...) are created to ask a question; nothing is stored or changed.
    if (verb === 'create' && REVIEWS.test(resource)) return { access: 'read', breadth: 'workspace', docsUrl: DOCS };
    if (WRITE.has(verb)) return { access: 'write', breadth: 'resource', docsUrl: DOCS };
    return undefined;
  },
};
