import type { ProviderCatalog, ScopeProvider } from '../scope-model.js';
import { atlassianCatalog } from './atlassian-catalog.js';
import { awsCatalog } from './aws-catalog.js';
import { azureCatalog } from './azure-catalog.js';
import { gcpCatalog } from './gcp-catalog.js';
import { githubCatalog } from './github-catalog.js';
import { googleCatalog } from './google-catalog.js';
import { hubspotCatalog } from './hubspot-catalog.js';
import { kubernetesCatalog } from './kubernetes-catalog.js';
import { microsoftCatalog } from './microsoft-catalog.js';
import { oidcCatalog } from './oidc-catalog.js';
import { salesforceCatalog } from './salesforce-catalog.js';
import { shopifyCatalog } from './shopify-catalog.js';
import { slackCatalog } from './slack-catalog.js';
import { stripeCatalog } from './stripe-catalog.js';

/** Every provider catalog, one file per provider, keyed by provider id. */
export const SCOPE_CATALOGS: Readonly<Record<ScopeProvider, ProviderCatalog>> = {
  google: googleCatalog,
  microsoft: microsoftCatalog,
  slack: slackCatalog,
  github: githubCatalog,
  salesforce: salesforceCatalog,
  hubspot: hubspotCatalog,
  shopify: shopifyCatalog,
  atlassian: atlassianCatalog,
  stripe: stripeCatalog,
  aws: awsCatalog,
  gcp: gcpCatalog,
  azure: azureCatalog,
  kubernetes: kubernetesCatalog,
  oidc: oidcCatalog,
};

/** Whether `name` is a provider the catalog knows. */
export function isScopeProvider(name: string): name is ScopeProvider {
  return Object.prototype.hasOwnProperty.call(SCOPE_CATALOGS, name);
}
