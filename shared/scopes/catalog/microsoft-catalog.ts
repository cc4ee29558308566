import type { ConventionClass, ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const DOCS = 'https://learn.microsoft.com/en-us/graph/permissions-reference';
/** Graph permission names follow `resource.operation.constraint`; this page defines the convention. */
const CONVENTION_DOCS = 'https://learn.microsoft.com/en-us/security/zero-trust/develop/protected-api-example';

// Delegated and application permissions share names. Without `.All` a delegated
// permission reaches only the signed-in user's own data (`resource`); `.All` reaches
// every object of that type in the tenant (`workspace`). An application permission
// without a signed-in user always reaches the whole tenant: the reviewer sees the
// flow in the code (client credentials use `.default`, reported as not verifiable).
const ROWS: CatalogRow[] = [
  ['User.Read', 'read', 'resource'],
  ['User.ReadWrite', 'write', 'resource', ['User.Read']],
  ['User.ReadBasic.All', 'read', 'workspace'],
  ['User.Read.All', 'read', 'workspace', ['User.ReadBasic.All']],
  ['User.ReadWrite.All', 'admin', 'workspace', ['User.ReadWrite', 'User.Read.All'], 'changes every user profile in the tenant'],
  ['User.Invite.All', 'write', 'workspace'],
  ['User.Export.All', 'read', 'workspace'],
  ['Mail.Read', 'read', 'resource', ['Mail.ReadBasic']],
  ['Mail.ReadBasic', 'read', 'resource'],
  ['Mail.ReadBasic.All', 'read', 'workspace'],
  ['Mail.Read.All', 'read', 'workspace', ['Mail.Read']],
  ['Mail.Read.Shared', 'read', 'workspace', ['Mail.Read']],
  ['Mail.ReadWrite', 'write', 'resource', ['Mail.Read', 'Mail.Send']],
  ['Mail.ReadWrite.Shared', 'write', 'workspace', ['Mail.ReadWrite']],
  ['Mail.Send', 'write', 'resource'],
  ['Mail.Send.Shared', 'write', 'workspace', ['Mail.Send']],
  ['MailboxSettings.Read', 'read', 'resource'],
  ['MailboxSettings.ReadWrite', 'write', 'resource', ['MailboxSettings.Read']],
  ['Calendars.Read', 'read', 'resource'],
  ['Calendars.ReadBasic', 'read', 'resource'],
  ['Calendars.ReadWrite', 'write', 'resource', ['Calendars.Read']],
  ['Calendars.Read.Shared', 'read', 'workspace', ['Calendars.Read']],
  ['Calendars.ReadWrite.Shared', 'write', 'workspace', ['Calendars.ReadWrite']],
  ['Contacts.Read', 'read', 'resource'],
  ['Contacts.ReadWrite', 'write', 'resource', ['Contacts.Read']],
  ['Files.Read', 'read', 'resource'],
  ['Files.Read.All', 'read', 'workspace', ['Files.Read', 'Files.SelectedOperations.Selected']],
  ['Files.ReadWrite', 'write', 'resource', ['Files.Read', 'Files.ReadWrite.AppFolder']],
  ['Files.ReadWrite.All', 'write', 'workspace', ['Files.ReadWrite', 'Files.ReadWrite.AppFolder', 'Files.SelectedOperations.Selected']],
  ['Files.ReadWrite.AppFolder', 'write', 'resource'],
  ['Files.SelectedOperations.Selected', 'write', 'resource', [], 'only the files an admin grants'],
  ['Sites.Read.All', 'read', 'workspace', ['Sites.Selected']],
  ['Sites.ReadWrite.All', 'write', 'workspace', ['Sites.Selected']],
  ['Sites.Manage.All', 'write', 'workspace', ['Sites.Selected']],
  ['Sites.FullControl.All', 'admin', 'workspace', ['Sites.Selected', 'Sites.ReadWrite.All']],
  ['Sites.Selected', 'write', 'resource', [], 'only the site collections an admin grants'],
  ['Group.Read.All', 'read', 'workspace', ['GroupMember.Read.All']],
  [
    'Group.ReadWrite.All',
    'admin',
    'workspace',
    ['GroupMember.ReadWrite.All', 'Group.Read.All'],
    "creates groups and changes every group's membership, which grants access",
  ],
  ['Group.Create', 'write', 'workspace'],
  ['GroupMember.Read.All', 'read', 'workspace'],
  ['GroupMember.ReadWrite.All', 'write', 'workspace'],
  ['Directory.Read.All', 'read', 'workspace', ['User.ReadBasic.All', 'User.Read.All', 'Group.Read.All']],
  [
    'Directory.ReadWrite.All',
    'admin',
    'workspace',
    ['User.ReadWrite.All', 'Group.ReadWrite.All', 'Directory.Read.All'],
    'write access to the whole directory',
  ],
  ['Directory.AccessAsUser.All', 'admin', 'workspace', ['Directory.Read.All'], 'everything the signed-in user can do in the directory'],
  ['Application.Read.All', 'read', 'workspace'],
  [
    'Application.ReadWrite.All',
    'admin',
    'workspace',
    ['Application.ReadWrite.OwnedBy'],
    'can add credentials to any app: a privilege escalation path',
  ],
  ['Application.ReadWrite.OwnedBy', 'write', 'resource'],
  ['AppRoleAssignment.ReadWrite.All', 'admin', 'workspace', [], 'can grant itself any permission'],
  ['DelegatedPermissionGrant.ReadWrite.All', 'admin', 'workspace'],
  ['RoleManagement.Read.Directory', 'read', 'workspace'],
  ['RoleManagement.ReadWrite.Directory', 'admin', 'workspace', ['RoleManagement.Read.Directory']],
  ['Policy.Read.All', 'read', 'workspace'],
  ['Policy.ReadWrite.ConditionalAccess', 'admin', 'workspace', ['Policy.Read.All']],
  ['AuditLog.Read.All', 'read', 'workspace'],
  ['Reports.Read.All', 'read', 'workspace'],
  ['Organization.Read.All', 'read', 'workspace'],
  ['Organization.ReadWrite.All', 'admin', 'workspace', ['Organization.Read.All']],
  ['Domain.ReadWrite.All', 'admin', 'workspace'],
  ['Chat.Read', 'read', 'resource'],
  ['Chat.ReadBasic', 'read', 'resource'],
  ['Chat.ReadWrite', 'write', 'resource', ['Chat.Read']],
  ['Chat.Read.All', 'read', 'workspace', ['Chat.Read']],
  ['Chat.ReadWrite.All', 'write', 'workspace', ['Chat.ReadWrite']],
  ['ChatMessage.Send', 'write', 'resource'],
  ['ChannelMessage.Read.All', 'read', 'workspace', ['ChannelMessage.Read.Group']],
  ['ChannelMessage.Read.Group', 'read', 'resource', [], 'resource-specific consent: only teams the app is installed in'],
  ['ChannelMessage.Send', 'write', 'resource'],
  ['Channel.ReadBasic.All', 'read', 'workspace'],
  ['Team.ReadBasic.All', 'read', 'workspace'],
  ['TeamMember.Read.All', 'read', 'workspace'],
  ['OnlineMeetings.Read', 'read', 'resource'],
  ['OnlineMeetings.ReadWrite', 'write', 'resource', ['OnlineMeetings.Read']],
  ['Tasks.Read', 'read', 'resource'],
  ['Tasks.ReadWrite', 'write', 'resource', ['Tasks.Read']],
  ['Notes.Read', 'read', 'resource'],
  ['Notes.ReadWrite', 'write', 'resource', ['Notes.Read']],
  ['Notes.Read.All', 'read', 'workspace', ['Notes.Read']],
  ['Notes.ReadWrite.All', 'write', 'workspace', ['Notes.ReadWrite']],
  ['People.Read', 'read', 'resource'],
  ['People.Read.All', 'read', 'workspace', ['People.Read']],
  ['Presence.Read', 'read', 'resource'],
  ['Presence.Read.All', 'read', 'workspace'],
  ['Device.Read.All', 'read', 'workspace'],
  ['Device.ReadWrite.All', 'write', 'workspace'],
  ['SecurityEvents.Read.All', 'read', 'workspace'],
  ['SecurityEvents.ReadWrite.All', 'write', 'workspace'],
  ['IdentityRiskyUser.ReadWrite.All', 'write', 'workspace'],
  ['offline_access', 'read', 'resource', [], 'issues a refresh token; grants no data access by itself'],
];

const OPERATIONS: Readonly<Record<string, ConventionClass['access']>> = {
  Read: 'read',
  ReadBasic: 'read',
  ReadWrite: 'write',
  Send: 'write',
  Write: 'write',
  Create: 'write',
  Manage: 'write',
  Invite: 'write',
  FullControl: 'admin',
  AccessAsUser: 'admin',
};

/** Microsoft Graph permissions (delegated and application). */
export const microsoftCatalog: ProviderCatalog = {
  provider: 'microsoft',
  title: 'Microsoft Graph',
  docsUrl: DOCS,
  caseSensitive: false,
  entries: catalogRows(ROWS),
  normalize: (scope) => scope.replace(/^https:\/\/graph\.microsoft\.com\//i, '').replace(/^api:\/\/[^/]+\//i, ''),
  family: (s) => s.split('.')[0] ?? s,
  convention: (s) => {
    const m =
      /^([A-Za-z]+(?:\.[A-Za-z]+)*?)\.(Read|ReadBasic|ReadWrite|Send|Write|Create|Manage|Invite|FullControl|AccessAsUser)(?:\.([A-Za-z]+))?$/i.exec(
        s,
      );
    if (!m) return undefined;
    const op = Object.keys(OPERATIONS).find((k) => k.toLowerCase() === (m[2] ?? '').toLowerCase());
    if (!op) return undefined;
    const constraint = (m[3] ?? '').toLowerCase();
    return {
      access: OPERATIONS[op] as ConventionClass['access'],
      breadth: constraint === 'all' || constraint === 'shared' || constraint === 'directory' ? 'workspace' : 'resource',
      docsUrl: CONVENTION_DOCS,
    };
  },
};
