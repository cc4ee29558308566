import { isMap, isSeq, parseAllDocuments, type Document } from 'yaml';
import { detectProvider } from '../catalog/detect-provider.js';
import type { ScopeProvider } from '../scope-model.js';
import { emptyExtraction, looksLikeSecret, type Extraction } from './extraction.js';
import { looksLikeScope } from './looks-like-scope.js';
import { providerOfHost, SCOPE_KEYS } from './provider-hints.js';
import { splitScopeString } from './split-scope-string.js';
import { mapPairs, scalarText, scalarValueRange } from './yaml-nodes.js';

/** `Scopes`, `scopes`, `scope`, `DefaultScopes`...: the scope keys, compared without case. */
const KEYS = new Set([...SCOPE_KEYS].map((k) => k.toLowerCase()));

/**
 * Extracts scopes from JSON/YAML configuration: a `Scopes` / `scopes` / `scope`
 * key (any case) holding a scope string (split on spaces and commas) or a list of
 * them — MSAL `appsettings.json` (`"DownstreamApi": {"Scopes": "user.read"}`),
 * MSAL/SPA config files, application YAML. The provider comes from the value's
 * shape or the file's auth hosts (`login.microsoftonline.com`: Microsoft); values
 * that do not read as scopes (`scope: Namespaced` in a CRD) are skipped. Slack
 * manifests' `oauth_config` is read by its own extractor.
 */
export function extractConfigScopes(path: string, text: string): Extraction {
  const out = emptyExtraction();
  if (!/["']?(\w*scopes?)["']?\s*:/i.test(text)) return out;
  let docs: Document[];
  try {
    docs = parseAllDocuments(text, { prettyErrors: false }) as Document[];
  } catch {
    return out;
  }
  if (!Array.isArray(docs)) return out;
  const hints: ScopeProvider[] = [];
  for (const m of text.matchAll(/https?:\/\/([A-Za-z0-9.-]+)/g)) {
    const p = providerOfHost(m[1] as string);
    if (p && !hints.includes(p)) hints.push(p);
  }
  if (/"AzureAd"|AzureAd:/.test(text) && !hints.includes('microsoft')) hints.unshift('microsoft');
  const emit = (node: unknown): void => {
    const value = scalarText(node);
    if (value === undefined) return;
    const { start } = scalarValueRange(node, text);
    // Offsets hold for plain and simply quoted values (no escapes in scope strings).
    for (const piece of splitScopeString(value, start)) {
      if (!looksLikeScope(piece.value) || looksLikeSecret(piece.value)) continue;
      const provider = detectProvider(piece.value, hints);
      if (provider) out.scopes.push({ path, start: piece.start, end: piece.end, scope: piece.value, provider, source: 'config' });
    }
  };
  const visit = (node: unknown, depth: number): void => {
    if (depth > 20) return;
    if (isSeq(node)) for (const item of node.items) visit(item, depth + 1);
    if (!isMap(node)) return;
    for (const pair of mapPairs(node) ?? []) {
      const key = scalarText(pair.key);
      if (key === 'oauth_config') continue;
      if (key !== undefined && KEYS.has(key.toLowerCase())) {
        if (isSeq(pair.value)) for (const item of pair.value.items) emit(item);
        else emit(pair.value);
      } else visit(pair.value, depth + 1);
    }
  };
  for (const doc of docs) if (doc.errors.length === 0) visit(doc.contents, 0);
  return out;
}
