import type { ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const DOCS = 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_tokens_scopes.htm&type=5';

// Salesforce OAuth scopes act with the running user's permissions, over every record
// that user can see: data scopes are `workspace`.
const ROWS: CatalogRow[] = [
  ['full', 'admin', 'workspace', ['api', 'refresh_token'], 'all data the user can access, every API'],
  ['api', 'write', 'workspace', [], "REST/SOAP/Bulk API access to the user's data"],
  ['web', 'write', 'workspace'],
  ['refresh_token', 'read', 'resource', [], 'issues a refresh token (long-lived access); grants no data access by itself'],
  ['offline_access', 'read', 'resource', [], 'same as refresh_token'],
  ['openid', 'read', 'resource'],
  ['id', 'read', 'resource'],
  ['profile', 'read', 'resource'],
  ['email', 'read', 'resource'],
  ['address', 'read', 'resource'],
  ['phone', 'read', 'resource'],
  ['custom_permissions', 'read', 'resource'],
  ['chatter_api', 'write', 'workspace'],
  ['visualforce', 'write', 'workspace'],
  ['content', 'write', 'workspace'],
  ['lightning', 'write', 'workspace'],
  ['wave_api', 'write', 'workspace'],
  ['eclair_api', 'read', 'workspace'],
  ['pardot_api', 'write', 'workspace'],
  ['interaction_api', 'write', 'workspace'],
  ['user_registration_api', 'write', 'workspace'],
  ['pwdless_login_api', 'write', 'resource'],
  ['forgot_password', 'write', 'resource'],
  ['cdp_query_api', 'read', 'workspace'],
  ['cdp_profile_api', 'write', 'workspace'],
  ['cdp_ingest_api', 'write', 'workspace'],
  ['cdp_api', 'write', 'workspace'],
  ['cdp_segment_api', 'write', 'workspace'],
  ['cdp_identityresolution_api', 'write', 'workspace'],
  ['cdp_calculated_insight_api', 'read', 'workspace'],
  ['sfap_api', 'write', 'workspace'],
  ['einstein_gpt_api', 'write', 'workspace'],
  ['mcp_api', 'write', 'workspace'],
];

/** Salesforce connected-app OAuth scopes. */
export const salesforceCatalog: ProviderCatalog = {
  provider: 'salesforce',
  title: 'Salesforce',
  docsUrl: DOCS,
  caseSensitive: true,
  entries: catalogRows(ROWS),
  family: (s) => (s === 'full' || s === 'api' || s === 'web' ? 'data' : s),
};
