import { isMap, isSeq, parseAllDocuments, type Document } from 'yaml';
import { emptyExtraction, type Extraction } from './extraction.js';
import { mapPairs, scalarText, scalarValueRange, seqItems, valueOf } from './yaml-nodes.js';

/** The lists of a Slack manifest's `oauth_config.scopes` that request scopes. */
const SCOPE_LISTS = ['bot', 'user', 'bot_optional', 'user_optional'];

/**
 * Extracts the scopes of a Slack app manifest in JSON or YAML (`manifest.json`,
 * `manifest.yml`, `slack-app-manifest.*`, or an `app_manifest:` block inside a
 * larger file): every string under `oauth_config.scopes.bot` / `.user` (and the
 * optional lists), wherever the `oauth_config` map sits. The format is Slack's
 * (https://api.slack.com/reference/manifests#oauth_config).
 */
export function extractSlackManifestScopes(path: string, text: string): Extraction {
  const out = emptyExtraction();
  if (!/oauth_config/.test(text)) return out;
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, { prettyErrors: false }) as Document[];
  } catch {
    return out;
  }
  if (!Array.isArray(docs)) return out;
  const visit = (node: unknown, depth: number): void => {
    if (depth > 12) return;
    if (isSeq(node)) for (const item of node.items) visit(item, depth + 1);
    if (!isMap(node)) return;
    for (const pair of mapPairs(node) ?? []) {
      if (scalarText(pair.key) === 'oauth_config') {
        const scopes = valueOf(pair.value, 'scopes');
        for (const list of SCOPE_LISTS) {
          for (const item of seqItems(valueOf(scopes, list)) ?? []) {
            const scope = scalarText(item);
            if (scope !== undefined && scope.trim() !== '')
              out.scopes.push({ path, ...scalarValueRange(item, text), scope, provider: 'slack', source: 'manifest' });
          }
        }
      } else visit(pair.value, depth + 1);
    }
  };
  for (const doc of docs) visit(doc.contents, 0);
  return out;
}
