import type { ProviderCatalog } from '../scope-model.js';
import { catalogRows } from './catalog-rows.js';

const DOCS = 'https://openid.net/specs/openid-connect-core-1_0.html#ScopeClaims';

/** The OpenID Connect standard scopes every identity provider shares. */
export const oidcCatalog: ProviderCatalog = {
  provider: 'oidc',
  title: 'OpenID Connect',
  docsUrl: DOCS,
  caseSensitive: true,
  entries: catalogRows([
    ['openid', 'read', 'resource'],
    ['profile', 'read', 'resource'],
    ['email', 'read', 'resource'],
    ['address', 'read', 'resource'],
    ['phone', 'read', 'resource'],
    ['offline_access', 'read', 'resource', [], 'issues a refresh token (long-lived access); grants no data access by itself'],
  ]),
  family: (s) => s,
};
