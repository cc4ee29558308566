/**
 * The types the scope catalog, the extractors and the analyzer share.
 *
 * Access classes (`read` < `write` < `admin`) and breadth (`resource` < `workspace`)
 * are the two axes a reviewer cares about: what a grant lets a connector do, and over
 * how much. Wildcards and full-account grants are `admin`.
 */

/** What a grant lets its holder do. Ordered: read < write < admin. */
export type AccessClass = 'read' | 'write' | 'admin';

/** How far a grant reaches: one resource (a file, a channel, a bucket) or the whole workspace/org/account. */
export type Breadth = 'resource' | 'workspace';

/**
 * The providers the catalog knows. `oidc` holds the OpenID Connect standard scopes
 * (`openid`, `profile`, ...) every provider shares; `unknown` is a scope whose
 * provider could not be told.
 */
export type ScopeProvider =
  | 'google'
  | 'microsoft'
  | 'slack'
  | 'github'
  | 'salesforce'
  | 'hubspot'
  | 'shopify'
  | 'atlassian'
  | 'stripe'
  | 'aws'
  | 'gcp'
  | 'azure'
  | 'kubernetes'
  | 'oidc';

/** One scope / permission / role the vendor documents. */
export interface CatalogEntry {
  /** The scope as the vendor spells it (Google scopes without the `https://www.googleapis.com/auth/` prefix). */
  readonly scope: string;
  readonly access: AccessClass;
  readonly breadth: Breadth;
  /** Narrower alternatives a reviewer could ask for, most useful first. */
  readonly narrower?: readonly string[];
  /** Why the class is what it is, when not obvious from the name. */
  readonly note?: string;
  /** The vendor page this entry comes from; defaults to the catalog's page. */
  readonly docsUrl?: string;
}

/** What a naming convention says about a scope the catalog does not list. */
export interface ConventionClass {
  readonly access: AccessClass;
  readonly breadth: Breadth;
  /** Vendor page that defines the convention. */
  readonly docsUrl: string;
}

/** One provider's catalog: data plus the few functions its naming needs. */
export interface ProviderCatalog {
  readonly provider: ScopeProvider;
  /** Human name, e.g. `Microsoft Graph`. */
  readonly title: string;
  /** The vendor reference page the entries come from. */
  readonly docsUrl: string;
  readonly entries: readonly CatalogEntry[];
  /** Whether scope names are case-sensitive (Graph permissions and Azure roles are not). */
  readonly caseSensitive: boolean;
  /** Turns a scope as written into the catalog's spelling (strips URL prefixes). Default: identity. */
  readonly normalize?: (scope: string) => string;
  /**
   * The grouping used to pair scopes when diffing (`drive.readonly` and `drive`
   * are both `drive`), so that a change from one to the other is an escalation.
   */
  readonly family: (normalized: string) => string;
  /**
   * Classification by the vendor's documented naming convention for scopes the
   * catalog does not list (`read_*` on Shopify, `*.ReadWrite.All` on Graph).
   * Returns undefined when the convention does not say.
   */
  readonly convention?: (normalized: string) => ConventionClass | undefined;
  /** Whether a scope is a wildcard (`*`, `s3:*`, `s3:Get*`, `write-all`). Default: contains `*`. */
  readonly isWildcard?: (normalized: string) => boolean;
}

/** How a scope was classified. */
export type ClassBasis = 'catalog' | 'convention' | 'unknown';

/** The classification of one scope of one provider: what the catalog (or convention) says. */
export interface ScopeClass {
  readonly provider: ScopeProvider | 'unknown';
  /** The scope in the catalog's spelling. */
  readonly normalized: string;
  /** True when the catalog lists the scope. */
  readonly known: boolean;
  readonly basis: ClassBasis;
  /** `unknown` when neither the catalog nor a vendor convention classifies it. */
  readonly access: AccessClass | 'unknown';
  readonly breadth: Breadth;
  readonly wildcard: boolean;
  /** Diff grouping key within the provider (see {@link ProviderCatalog.family}). */
  readonly family: string;
  readonly narrower: readonly string[];
  readonly note?: string;
  /** Where the classification comes from (vendor page). */
  readonly docsUrl?: string;
}

/** Rank of an access class for comparisons; `unknown` ranks above `admin` (assume the worst). */
export function accessRank(access: AccessClass | 'unknown'): number {
  return access === 'read' ? 1 : access === 'write' ? 2 : access === 'admin' ? 3 : 4;
}
