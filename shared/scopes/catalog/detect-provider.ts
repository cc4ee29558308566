import type { ScopeProvider } from '../scope-model.js';
import { catalogEntry } from './lookup-scope.js';
import { SCOPE_CATALOGS } from './scope-catalogs.js';

const ALL = Object.keys(SCOPE_CATALOGS) as ScopeProvider[];

/** Shapes that name their provider whatever the context. */
function strongShape(scope: string): ScopeProvider | undefined {
  if (scope.startsWith('https://www.googleapis.com/auth/') || /^https:\/\/mail\.google\.com\/?$/.test(scope)) return 'google';
  if (/^https:\/\/graph\.microsoft\.com\//i.test(scope) || /^(https:\/\/|api:\/\/)[A-Za-z0-9.-]+\/\.default$/.test(scope)) return 'microsoft';
  if (/^roles\/[A-Za-z0-9_.]+$/.test(scope)) return 'gcp';
  if (/^arn:aws[\w-]*:iam::aws:policy\//.test(scope)) return 'aws';
  if (/^[a-z0-9-]+:(?:[A-Z][A-Za-z0-9]*\*?|\*|[A-Z]?[A-Za-z0-9]*\*[A-Za-z0-9]*)$/.test(scope) && !/^[a-z_.]+:(read|write|history|manage)/.test(scope))
    return 'aws';
  return undefined;
}

/** Shapes of unlisted scopes that only one vendor's convention produces. */
function weakShape(scope: string): ScopeProvider | undefined {
  if (/^[A-Z][A-Za-z]+\.(Read|ReadBasic|ReadWrite|Send|Manage|FullControl|AccessAsUser)(\.[A-Za-z]+)?$/.test(scope)) return 'microsoft';
  if (/^crm\.(objects|schemas|lists)\./.test(scope)) return 'hubspot';
  if (/^(read|write|delete|manage):[a-z0-9.-]+:(jira|confluence)$/.test(scope) || /^(read|write|manage):(jira|confluence)-/.test(scope))
    return 'atlassian';
  if (/^(unauthenticated_|customer_)?(read|write)_[a-z_]+$/.test(scope) && scope !== 'read_write' && scope !== 'read_only') return 'shopify';
  if (/^[a-z_.]+:(read|write|history|manage)(\.[a-z_]+)?$/.test(scope)) return 'slack';
  return undefined;
}

/**
 * Tells which provider a scope belongs to. Order: shapes only one vendor uses
 * (Google scope URLs, `roles/...`, `s3:GetObject`); then the context's hints
 * (imports, the SDK call, the manifest) when one of them lists or names the scope;
 * then the one catalog that lists it (the OpenID Connect scopes win ties); then
 * vendor naming conventions; then the first hint (an unknown scope of a known
 * provider). Undefined when nothing says.
 */
export function detectProvider(
  scope: string,
  hints: readonly ScopeProvider[] = [],
  options: { readonly onlyHints?: boolean; readonly fallback?: ScopeProvider } = {},
): ScopeProvider | undefined {
  const s = scope.trim();
  const strong = strongShape(s);
  if (strong) return strong;
  for (const hint of hints) if (catalogEntry(hint, s)) return hint;
  for (const hint of hints) if (SCOPE_CATALOGS[hint].convention?.(SCOPE_CATALOGS[hint].normalize?.(s) ?? s)) return hint;
  const listing = ALL.filter((p) => catalogEntry(p, s) !== undefined);
  if (listing.length === 1) return listing[0];
  if (listing.includes('oidc')) return 'oidc';
  const weak = weakShape(s);
  if (!options.onlyHints) return weak ?? hints[0];
  // A manifest names its systems: never attribute a scope to a provider it does not name.
  if (weak && hints.includes(weak)) return weak;
  return options.fallback;
}
