import type { ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const JIRA = 'https://developer.atlassian.com/cloud/jira/platform/scopes-for-oauth-2-3LO-and-forge-apps/';
const CONFLUENCE = 'https://developer.atlassian.com/cloud/confluence/scopes-for-oauth-2-3LO-and-forge-apps/';

const JIRA_ROWS: CatalogRow[] = [
  ['read:jira-user', 'read', 'workspace'],
  ['read:jira-work', 'read', 'workspace', ['granular scopes such as read:issue:jira']],
  ['write:jira-work', 'write', 'workspace', ['granular scopes such as write:issue:jira', 'read:jira-work']],
  ['manage:jira-project', 'admin', 'workspace', [], 'creates and deletes projects, changes project settings'],
  ['manage:jira-configuration', 'admin', 'workspace', [], 'Jira administration'],
  ['manage:jira-webhook', 'admin', 'workspace', [], "registers webhooks that receive every matching event: Atlassian's `manage:` verb"],
  ['manage:jira-data-provider', 'write', 'workspace'],
  ['read:servicedesk-request', 'read', 'workspace'],
  ['write:servicedesk-request', 'write', 'workspace'],
  ['manage:servicedesk-customer', 'admin', 'workspace'],
  ['offline_access', 'read', 'resource', [], 'issues a refresh token; grants no data access by itself'],
];
const CONFLUENCE_ROWS: CatalogRow[] = [
  ['read:confluence-content.all', 'read', 'workspace', ['read:confluence-content.summary', 'granular scopes such as read:page:confluence']],
  ['read:confluence-content.summary', 'read', 'workspace'],
  ['read:confluence-content.permission', 'read', 'workspace'],
  ['read:confluence-space.summary', 'read', 'workspace'],
  ['read:confluence-props', 'read', 'workspace'],
  ['read:confluence-user', 'read', 'workspace'],
  ['read:confluence-groups', 'read', 'workspace'],
  ['write:confluence-content', 'write', 'workspace', ['granular scopes such as write:page:confluence']],
  ['write:confluence-space', 'write', 'workspace'],
  ['write:confluence-file', 'write', 'workspace'],
  ['write:confluence-props', 'write', 'workspace'],
  ['write:confluence-groups', 'admin', 'workspace', [], 'manages group membership'],
  ['search:confluence', 'read', 'workspace'],
  ['readonly:content.attachment:confluence', 'read', 'workspace'],
  ['manage:confluence-configuration', 'admin', 'workspace'],
];

/** Atlassian (Jira, Confluence) OAuth 2.0 (3LO) and Forge scopes, classic and granular. */
export const atlassianCatalog: ProviderCatalog = {
  provider: 'atlassian',
  title: 'Atlassian',
  docsUrl: JIRA,
  caseSensitive: true,
  entries: [...catalogRows(JIRA_ROWS, JIRA), ...catalogRows(CONFLUENCE_ROWS, CONFLUENCE)],
  family: (s) => s.replace(/^(read|write|manage|delete|search|readonly):/, '').replace(/\.(all|summary)$/, ''),
  // Atlassian's convention, classic (`read:jira-work`) and granular (`read:issue:jira`):
  // the verb comes first; `manage` administers, `delete` changes data.
  convention: (s) => {
    const m = /^(read|write|delete|manage|readonly):[a-z0-9.-]+(?::(jira|confluence|jira-service-management|compass|bitbucket))?$/.exec(s);
    if (!m) return undefined;
    const verb = m[1];
    const docsUrl = s.includes('confluence') ? CONFLUENCE : JIRA;
    return { access: verb === 'manage' ? 'admin' : verb === 'read' || verb === 'readonly' ? 'read' : 'write', breadth: 'workspace', docsUrl };
  },
};
