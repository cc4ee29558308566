import type { ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const DOCS = 'https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles';

// Breadth comes from the assignment scope (subscription vs one resource); the
// general-purpose roles reach every resource type in that scope: `workspace`.
// Microsoft lists Owner, Contributor, User Access Administrator and Role Based Access
// Control Administrator as "privileged administrator roles": `admin`.
const ROWS: CatalogRow[] = [
  ['Owner', 'admin', 'workspace', ['a job-function role such as Storage Blob Data Contributor'], 'privileged administrator role'],
  [
    'Contributor',
    'admin',
    'workspace',
    ['a job-function role such as Storage Blob Data Contributor'],
    'privileged administrator role: manage every resource',
  ],
  ['Reader', 'read', 'workspace', ['a job-function reader role']],
  ['User Access Administrator', 'admin', 'workspace', [], 'privileged administrator role'],
  ['Role Based Access Control Administrator', 'admin', 'workspace', [], 'privileged administrator role'],
  ['Storage Blob Data Owner', 'admin', 'resource', ['Storage Blob Data Contributor', 'Storage Blob Data Reader']],
  ['Storage Blob Data Contributor', 'write', 'resource', ['Storage Blob Data Reader']],
  ['Storage Blob Data Reader', 'read', 'resource'],
  ['Storage Queue Data Contributor', 'write', 'resource'],
  ['Storage Queue Data Reader', 'read', 'resource'],
  ['Storage Account Contributor', 'admin', 'resource', ['Storage Blob Data Contributor'], 'can list the account keys: full data access'],
  ['Key Vault Administrator', 'admin', 'resource', ['Key Vault Secrets User']],
  ['Key Vault Secrets Officer', 'write', 'resource', ['Key Vault Secrets User']],
  ['Key Vault Secrets User', 'read', 'resource'],
  ['Key Vault Reader', 'read', 'resource'],
  ['Key Vault Crypto User', 'write', 'resource'],
  ['Cognitive Services OpenAI User', 'read', 'resource', [], 'calls deployed models; changes nothing'],
  ['Cognitive Services OpenAI Contributor', 'write', 'resource', ['Cognitive Services OpenAI User']],
  ['Cognitive Services User', 'write', 'resource', ['Cognitive Services OpenAI User'], 'can list keys'],
  ['Cognitive Services Contributor', 'admin', 'resource', ['Cognitive Services OpenAI User'], 'can list and regenerate keys'],
  ['Azure Service Bus Data Owner', 'admin', 'resource', ['Azure Service Bus Data Sender', 'Azure Service Bus Data Receiver']],
  ['Azure Service Bus Data Sender', 'write', 'resource'],
  ['Azure Service Bus Data Receiver', 'read', 'resource'],
  ['Azure Event Hubs Data Owner', 'admin', 'resource', ['Azure Event Hubs Data Sender', 'Azure Event Hubs Data Receiver']],
  ['Azure Event Hubs Data Sender', 'write', 'resource'],
  ['Azure Event Hubs Data Receiver', 'read', 'resource'],
  ['Monitoring Reader', 'read', 'workspace'],
  ['Monitoring Contributor', 'write', 'workspace'],
  ['Monitoring Metrics Publisher', 'write', 'resource'],
  ['Log Analytics Reader', 'read', 'workspace'],
  ['Log Analytics Contributor', 'write', 'workspace'],
  ['AcrPull', 'read', 'resource'],
  ['AcrPush', 'write', 'resource', ['AcrPull']],
  ['Virtual Machine Contributor', 'write', 'resource'],
  ['Website Contributor', 'write', 'resource'],
  ['SQL DB Contributor', 'write', 'resource'],
  ['Managed Identity Operator', 'admin', 'resource', [], 'can assign the identity: act as it'],
  ['Azure Kubernetes Service Cluster Admin Role', 'admin', 'resource', ['Azure Kubernetes Service Cluster User Role']],
  ['Azure Kubernetes Service Cluster User Role', 'read', 'resource'],
];

/** Azure built-in RBAC roles. */
export const azureCatalog: ProviderCatalog = {
  provider: 'azure',
  title: 'Azure RBAC',
  docsUrl: DOCS,
  caseSensitive: false,
  entries: catalogRows(ROWS),
  family: (s) =>
    s.replace(/\s+(Owner|Contributor|Reader|Administrator|Admin|User|Officer|Sender|Receiver|Publisher|Operator)(\s+Role)?$/i, '').toLowerCase() ||
    'subscription',
  // Built-in role names end in their job: Reader, Contributor, Owner, Administrator.
  convention: (s) => {
    if (/\b(Owner|Administrator|Admin)$/i.test(s)) return { access: 'admin', breadth: 'resource', docsUrl: DOCS };
    if (/\b(Contributor|Sender|Writer|Editor|Publisher)$/i.test(s)) return { access: 'write', breadth: 'resource', docsUrl: DOCS };
    if (/\b(Reader|Receiver|Viewer)$/i.test(s)) return { access: 'read', breadth: 'resource', docsUrl: DOCS };
    return undefined;
  },
};
