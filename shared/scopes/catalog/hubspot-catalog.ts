import type { ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const DOCS = 'https://developers.hubspot.com/docs/apps/developer-platform/build-apps/authentication/scopes';

// HubSpot scopes reach every record of that type in the portal: `workspace`.
const ROWS: CatalogRow[] = [
  ['oauth', 'read', 'resource'],
  ['crm.objects.contacts.read', 'read', 'workspace'],
  ['crm.objects.contacts.write', 'write', 'workspace', ['crm.objects.contacts.read']],
  ['crm.objects.companies.read', 'read', 'workspace'],
  ['crm.objects.companies.write', 'write', 'workspace', ['crm.objects.companies.read']],
  ['crm.objects.deals.read', 'read', 'workspace'],
  ['crm.objects.deals.write', 'write', 'workspace', ['crm.objects.deals.read']],
  ['crm.objects.line_items.read', 'read', 'workspace'],
  ['crm.objects.line_items.write', 'write', 'workspace'],
  ['crm.objects.quotes.read', 'read', 'workspace'],
  ['crm.objects.quotes.write', 'write', 'workspace'],
  ['crm.objects.owners.read', 'read', 'workspace'],
  ['crm.objects.users.read', 'read', 'workspace'],
  ['crm.objects.users.write', 'write', 'workspace'],
  ['crm.objects.custom.read', 'read', 'workspace'],
  ['crm.objects.custom.write', 'write', 'workspace'],
  ['crm.objects.marketing_events.read', 'read', 'workspace'],
  ['crm.objects.marketing_events.write', 'write', 'workspace'],
  ['crm.objects.orders.read', 'read', 'workspace'],
  ['crm.objects.orders.write', 'write', 'workspace'],
  ['crm.objects.invoices.read', 'read', 'workspace'],
  ['crm.objects.goals.read', 'read', 'workspace'],
  ['crm.schemas.contacts.read', 'read', 'workspace'],
  ['crm.schemas.contacts.write', 'write', 'workspace'],
  ['crm.schemas.companies.read', 'read', 'workspace'],
  ['crm.schemas.companies.write', 'write', 'workspace'],
  ['crm.schemas.deals.read', 'read', 'workspace'],
  ['crm.schemas.deals.write', 'write', 'workspace'],
  ['crm.schemas.custom.read', 'read', 'workspace'],
  ['crm.lists.read', 'read', 'workspace'],
  ['crm.lists.write', 'write', 'workspace'],
  ['crm.import', 'write', 'workspace'],
  ['crm.export', 'read', 'workspace', [], 'bulk export of every CRM record'],
  ['tickets', 'write', 'workspace'],
  ['e-commerce', 'write', 'workspace'],
  ['content', 'write', 'workspace'],
  ['forms', 'write', 'workspace'],
  ['forms-uploaded-files', 'read', 'workspace'],
  ['files', 'write', 'workspace'],
  ['files.ui_hidden.read', 'read', 'workspace'],
  ['automation', 'write', 'workspace'],
  ['timeline', 'write', 'workspace'],
  ['conversations.read', 'read', 'workspace'],
  ['conversations.write', 'write', 'workspace'],
  ['sales-email-read', 'read', 'workspace'],
  ['communication_preferences.read', 'read', 'workspace'],
  ['communication_preferences.write', 'write', 'workspace'],
  ['settings.users.read', 'read', 'workspace'],
  ['settings.users.write', 'admin', 'workspace', ['settings.users.read'], 'creates and removes users'],
  ['settings.users.teams.read', 'read', 'workspace'],
  ['settings.users.teams.write', 'admin', 'workspace'],
  ['account-info.security.read', 'read', 'workspace'],
  ['business-intelligence', 'read', 'workspace'],
];

/** HubSpot app scopes. */
export const hubspotCatalog: ProviderCatalog = {
  provider: 'hubspot',
  title: 'HubSpot',
  docsUrl: DOCS,
  caseSensitive: true,
  entries: catalogRows(ROWS),
  family: (s) => s.replace(/\.(read|write)$/, ''),
  // HubSpot's convention: scopes end in `.read` or `.write`.
  convention: (s) =>
    /\.read$/.test(s)
      ? { access: 'read', breadth: 'workspace', docsUrl: DOCS }
      : /\.write$/.test(s)
        ? { access: 'write', breadth: 'workspace', docsUrl: DOCS }
        : undefined,
};
