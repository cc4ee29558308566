import { describeYamlError } from '../../policy/describe-yaml-error.js';
import { isMap, parseAllDocuments, type Document } from 'yaml';
import { emptyExtraction, type Extraction } from './extraction.js';
import { nodeRange, scalarText, scalarValueRange, seqItems, valueOf } from './yaml-nodes.js';

/** The user-facing ClusterRoles every cluster has (https://kubernetes.io/docs/reference/access-authn-authz/rbac/#user-facing-roles). */
const BUILT_IN_CLUSTER_ROLES = new Set(['cluster-admin', 'admin', 'edit', 'view']);

/**
 * A RoleBinding / ClusterRoleBinding whose `roleRef` names a built-in ClusterRole
 * grants that role: `clusterrole:<name>`, positioned on the name. Bindings to other
 * roles grant what those roles' rules say, which are read where the roles are written.
 */
function readBinding(path: string, text: string, root: unknown, kind: string, out: Extraction): void {
  const ref = valueOf(root, 'roleRef');
  const nameNode = valueOf(ref, 'name');
  const name = scalarText(nameNode);
  if (scalarText(valueOf(ref, 'kind')) !== 'ClusterRole' || name === undefined || !BUILT_IN_CLUSTER_ROLES.has(name)) return;
  // A ClusterRoleBinding grants the role in every namespace; a RoleBinding only in its own.
  out.scopes.push({
    path,
    ...scalarValueRange(nameNode, text),
    scope: `clusterrole:${name}`,
    provider: 'kubernetes',
    source: 'kubernetes',
    breadth: kind === 'ClusterRoleBinding' ? 'workspace' : 'resource',
  });
}

/**
 * Extracts Kubernetes RBAC grants from `Role` / `ClusterRole` documents: one
 * scope per resource and verb, `<resource>:<verb>` (`secrets:get`), positioned on
 * the verb; `nonResourceURLs` as `<url>:<verb>` (`/metrics:get`); and bindings to the
 * built-in ClusterRoles as `clusterrole:<name>` (`clusterrole:cluster-admin`). A ClusterRole reaches every namespace (workspace). Rules that are not
 * lists are problems with their position.
 */
export function extractKubernetesScopes(path: string, text: string): Extraction {
  const out = emptyExtraction();
  if (!/kind:\s*["']?(Cluster)?Role(Binding)?["']?\s*$/m.test(text)) return out;
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, { prettyErrors: false }) as Document[];
  } catch {
    return out;
  }
  if (!Array.isArray(docs)) return out;
  for (const doc of docs) {
    const root = doc.contents;
    const kind = scalarText(valueOf(root, 'kind'));
    if (kind === 'RoleBinding' || kind === 'ClusterRoleBinding') {
      if (doc.errors.length === 0) readBinding(path, text, root, kind, out);
      continue;
    }
    if (kind !== 'Role' && kind !== 'ClusterRole') continue;
    if (doc.errors.length > 0) {
      const start = doc.errors[0]?.pos[0] ?? 0;
      out.problems.push({
        path,
        start,
        end: Math.min(text.length, start + 1),
        kind: 'kubernetes',
        message: `is not valid YAML: ${describeYamlError(doc.errors[0]?.code ?? '').message}`,
        hint: 'Fix the YAML syntax at this line.',
      });
      continue;
    }
    const breadth = kind === 'ClusterRole' ? 'workspace' : 'resource';
    const rulesNode = valueOf(root, 'rules');
    const rules = seqItems(rulesNode);
    if (rulesNode !== undefined && rulesNode !== null && !rules) {
      out.problems.push({
        path,
        ...nodeRange(rulesNode),
        kind: 'kubernetes',
        message: '`rules` must be a list',
        hint: 'Write `rules:` as a list of `{apiGroups, resources, verbs}`.',
      });
      continue;
    }
    for (const rule of rules ?? []) {
      if (!isMap(rule)) continue;
      const resources = (seqItems(valueOf(rule, 'resources')) ?? []).map(scalarText).filter((r): r is string => r !== undefined);
      // `nonResourceURLs: ["/metrics"]` (ClusterRoles only): one grant per URL and verb, `<url>:<verb>`.
      const urls = (seqItems(valueOf(rule, 'nonResourceURLs')) ?? []).filter((u) => scalarText(u) !== undefined);
      const verbs = seqItems(valueOf(rule, 'verbs'));
      if (resources.length === 0 && urls.length === 0) continue;
      if (verbs && resources.length === 0) {
        for (const verbNode of verbs) {
          const verb = scalarText(verbNode);
          if (verb === undefined) continue;
          for (const url of urls)
            out.scopes.push({
              path,
              ...scalarValueRange(url, text),
              scope: `${scalarText(url) as string}:${verb}`,
              provider: 'kubernetes',
              source: 'kubernetes',
              breadth: 'workspace',
            });
        }
        continue;
      }
      if (!verbs) {
        out.problems.push({
          path,
          ...nodeRange(rule),
          kind: 'kubernetes',
          message: 'a rule has no `verbs` list',
          hint: 'List the verbs, e.g. `verbs: ["get", "list"]`.',
        });
        continue;
      }
      for (const verbNode of verbs) {
        const verb = scalarText(verbNode);
        if (verb === undefined) continue;
        for (const resource of resources)
          out.scopes.push({
            path,
            ...scalarValueRange(verbNode, text),
            scope: `${resource}:${verb}`,
            provider: 'kubernetes',
            source: 'kubernetes',
            breadth,
          });
      }
    }
  }
  return out;
}
