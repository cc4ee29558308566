import type { ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const DOCS = 'https://cloud.google.com/iam/docs/roles-permissions';
const BASIC = 'https://cloud.google.com/iam/docs/roles-overview#basic';

// Predefined roles are `resource` here: they reach what the binding is on. Basic
// roles reach every service of the project: `workspace`.
const ROWS: CatalogRow[] = [
  ['roles/owner', 'admin', 'workspace', ['a predefined role of the service used'], 'basic role: full control, including IAM'],
  ['roles/editor', 'admin', 'workspace', ['a predefined role of the service used'], 'basic role: change almost every resource of the project'],
  ['roles/viewer', 'read', 'workspace', ['a predefined viewer role of the service used']],
  ['roles/browser', 'read', 'workspace'],
  ['roles/iam.securityAdmin', 'admin', 'workspace'],
  ['roles/resourcemanager.projectIamAdmin', 'admin', 'workspace'],
  ['roles/resourcemanager.organizationAdmin', 'admin', 'workspace'],
  ['roles/iam.serviceAccountAdmin', 'admin', 'resource'],
  ['roles/iam.serviceAccountUser', 'admin', 'resource', [], 'can act as the service account: every permission it has'],
  ['roles/iam.serviceAccountTokenCreator', 'admin', 'resource', [], 'mints tokens for the service account'],
  ['roles/iam.serviceAccountKeyAdmin', 'admin', 'resource', [], 'creates long-lived service account keys'],
  ['roles/iam.workloadIdentityUser', 'write', 'resource'],
  ['roles/storage.admin', 'admin', 'resource', ['roles/storage.objectAdmin', 'roles/storage.objectUser', 'roles/storage.objectViewer']],
  [
    'roles/storage.objectAdmin',
    'admin',
    'resource',
    ['roles/storage.objectUser', 'roles/storage.objectCreator', 'roles/storage.objectViewer'],
    'includes object IAM',
  ],
  ['roles/storage.objectUser', 'write', 'resource', ['roles/storage.objectViewer']],
  ['roles/storage.objectCreator', 'write', 'resource'],
  ['roles/storage.objectViewer', 'read', 'resource'],
  ['roles/bigquery.admin', 'admin', 'resource', ['roles/bigquery.dataEditor', 'roles/bigquery.dataViewer']],
  ['roles/bigquery.dataOwner', 'admin', 'resource', ['roles/bigquery.dataEditor']],
  ['roles/bigquery.dataEditor', 'write', 'resource', ['roles/bigquery.dataViewer']],
  ['roles/bigquery.dataViewer', 'read', 'resource'],
  ['roles/bigquery.jobUser', 'write', 'resource'],
  ['roles/bigquery.user', 'write', 'resource', ['roles/bigquery.jobUser']],
  ['roles/aiplatform.admin', 'admin', 'resource', ['roles/aiplatform.user']],
  ['roles/aiplatform.user', 'write', 'resource', ['roles/aiplatform.viewer']],
  ['roles/aiplatform.viewer', 'read', 'resource'],
  ['roles/secretmanager.admin', 'admin', 'resource', ['roles/secretmanager.secretAccessor']],
  ['roles/secretmanager.secretAccessor', 'read', 'resource'],
  ['roles/secretmanager.secretVersionAdder', 'write', 'resource'],
  ['roles/secretmanager.secretVersionManager', 'write', 'resource', [], 'adds, disables and destroys secret versions'],
  ['roles/pubsub.admin', 'admin', 'resource', ['roles/pubsub.publisher', 'roles/pubsub.subscriber']],
  ['roles/pubsub.editor', 'write', 'resource', ['roles/pubsub.publisher', 'roles/pubsub.subscriber']],
  ['roles/pubsub.publisher', 'write', 'resource'],
  ['roles/pubsub.subscriber', 'read', 'resource'],
  ['roles/pubsub.viewer', 'read', 'resource'],
  ['roles/cloudsql.admin', 'admin', 'resource', ['roles/cloudsql.client']],
  ['roles/cloudsql.client', 'write', 'resource'],
  ['roles/cloudsql.viewer', 'read', 'resource'],
  ['roles/run.admin', 'admin', 'resource', ['roles/run.developer', 'roles/run.invoker']],
  ['roles/run.developer', 'write', 'resource'],
  ['roles/run.invoker', 'write', 'resource'],
  ['roles/cloudfunctions.invoker', 'write', 'resource'],
  ['roles/logging.logWriter', 'write', 'resource'],
  ['roles/logging.viewer', 'read', 'resource'],
  ['roles/logging.admin', 'admin', 'resource'],
  ['roles/monitoring.metricWriter', 'write', 'resource'],
  ['roles/monitoring.viewer', 'read', 'resource'],
  ['roles/datastore.user', 'write', 'resource', ['roles/datastore.viewer']],
  ['roles/datastore.viewer', 'read', 'resource'],
  ['roles/container.admin', 'admin', 'resource', ['roles/container.developer']],
  ['roles/container.developer', 'write', 'resource'],
  ['roles/container.viewer', 'read', 'resource'],
  ['roles/compute.admin', 'admin', 'resource', ['roles/compute.instanceAdmin.v1']],
  ['roles/compute.instanceAdmin.v1', 'admin', 'resource'],
  ['roles/compute.viewer', 'read', 'resource'],
  ['roles/artifactregistry.admin', 'admin', 'resource', ['roles/artifactregistry.writer', 'roles/artifactregistry.reader']],
  ['roles/artifactregistry.writer', 'write', 'resource', ['roles/artifactregistry.reader']],
  ['roles/artifactregistry.reader', 'read', 'resource'],
  ['roles/cloudkms.cryptoKeyEncrypterDecrypter', 'write', 'resource'],
  ['roles/cloudkms.admin', 'admin', 'resource'],
];

/** GCP IAM roles (basic and predefined). */
export const gcpCatalog: ProviderCatalog = {
  provider: 'gcp',
  title: 'Google Cloud IAM',
  docsUrl: DOCS,
  caseSensitive: true,
  entries: catalogRows(ROWS).map((e) =>
    e.scope === 'roles/owner' || e.scope === 'roles/editor' || e.scope === 'roles/viewer' ? { ...e, docsUrl: BASIC } : e,
  ),
  family: (s) => {
    const m = /^roles\/([a-zA-Z0-9]+)\./.exec(s);
    return m ? (m[1] as string) : s === 'roles/owner' || s === 'roles/editor' || s === 'roles/viewer' ? 'project' : s;
  },
  // Predefined roles are named `<service>.admin` / `.editor` / `.viewer` and similar.
  convention: (s) => {
    const m = /^roles\/[a-zA-Z0-9]+\.([a-zA-Z0-9.]+)$/.exec(s);
    if (!m) return undefined;
    const name = (m[1] as string).toLowerCase();
    if (/admin$|owner$/.test(name)) return { access: 'admin', breadth: 'resource', docsUrl: DOCS };
    if (/(viewer|reader|accessor|getter|lister)$/.test(name)) return { access: 'read', breadth: 'resource', docsUrl: DOCS };
    if (/(editor|writer|user|creator|invoker|publisher|developer|client|adder)$/.test(name))
      return { access: 'write', breadth: 'resource', docsUrl: DOCS };
    return undefined;
  },
};
