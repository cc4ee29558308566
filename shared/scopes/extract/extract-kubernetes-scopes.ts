import { describeYamlError } from '../../policy/describe-yaml-error.js';
import { isMap, parseAllDocuments, type Document } from 'yaml';
import { emptyExtraction, type Extraction } from './extraction.js';
import { nodeRange, scalarText, scalarValueRange, seqItems, valueOf } from './yaml-nodes.js';

/**
 * Extracts Kubernetes RBAC grants from `Role` / `ClusterRole` documents: one
 * scope per resource and verb, `<resource>:<verb>` (`secrets:get`), positioned on
 * the verb. A ClusterRole reaches every namespace (workspace). Rules that are not
 * lists are problems with their position.
 */
export function extractKubernetesScopes(path: string, text: string): Extraction {
  const out = emptyExtraction();
  if (!/kind:\s*["']?(Cluster)?Role["']?\s*$/m.test(text)) return out;
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
    if (kind !== 'Role' && kind !== 'ClusterRole') continue;
    if (doc.errors.length > 0) {
      const start = doc.errors[0]?.pos[0] ?? 0;
      out.problems.push({ path, start, end: Math.min(text.length, start + 1), kind: 'kubernetes', message: `is not valid YAML: ${describeYamlError(doc.errors[0]?.code ?? '').message}`, hint: 'Fix the YAML syntax at this line.' });
      continue;
    }
    const breadth = kind === 'ClusterRole' ? 'workspace' : 'resource';
    const rulesNode = valueOf(root, 'rules');
    const rules = seqItems(rulesNode);
    if (rulesNode !== undefined && rulesNode !== null && !rules) {
      out.problems.push({ path, ...nodeRange(rulesNode), kind: 'kubernetes', message: '`rules` must be a list', hint: 'Write `rules:` as a list of `{apiGroups, resources, verbs}`.' });
      continue;
    }
    for (const rule of rules ?? []) {
      if (!isMap(rule)) continue;
      const resources = (seqItems(valueOf(rule, 'resources')) ?? []).map(scalarText).filter((r): r is string => r !== undefined);
      if (resources.length === 0) continue; // nonResourceURLs only
      const verbs = seqItems(valueOf(rule, 'verbs'));
      if (!verbs) {
        out.problems.push({ path, ...nodeRange(rule), kind: 'kubernetes', message: 'a rule has no `verbs` list', hint: 'List the verbs, e.g. `verbs: ["get", "list"]`.' });
        continue;
      }
      for (const verbNode of verbs) {
        const verb = scalarText(verbNode);
        if (verb === undefined) continue;
        for (const resource of resources) out.scopes.push({ path, ...scalarValueRange(verbNode, text), scope: `${resource}:${verb}`, provider: 'kubernetes', source: 'kubernetes', breadth });
      }
    }
  }
  return out;
}
