import { describe, expect, it } from 'vitest';
import { detectProvider } from '../../../shared/scopes/catalog/detect-provider.js';
import { lookupScope } from '../../../shared/scopes/catalog/lookup-scope.js';
import { SCOPE_CATALOGS } from '../../../shared/scopes/catalog/scope-catalogs.js';

describe('scope catalog', () => {
  it('every entry has a valid class, breadth and a vendor https link; scopes are unique per provider', () => {
    for (const catalog of Object.values(SCOPE_CATALOGS)) {
      expect(catalog.docsUrl).toMatch(/^https:\/\//);
      const seen = new Set<string>();
      for (const e of catalog.entries) {
        expect(['read', 'write', 'admin'], `${catalog.provider} ${e.scope}`).toContain(e.access);
        expect(['resource', 'workspace']).toContain(e.breadth);
        expect(e.docsUrl ?? catalog.docsUrl).toMatch(/^https:\/\//);
        const key = catalog.caseSensitive ? e.scope : e.scope.toLowerCase();
        expect(seen.has(key), `duplicate ${catalog.provider} ${e.scope}`).toBe(false);
        seen.add(key);
      }
    }
  });

  it('classifies catalog scopes, with the narrower alternative', () => {
    const drive = lookupScope('google', 'https://www.googleapis.com/auth/drive');
    expect(drive).toMatchObject({ known: true, basis: 'catalog', access: 'write', breadth: 'workspace', family: 'drive' });
    expect(drive.narrower).toContain('drive.file');
    expect(lookupScope('microsoft', 'directory.readwrite.all')).toMatchObject({ access: 'admin', known: true });
    expect(lookupScope('github', 'contents: write')).toMatchObject({ access: 'write', family: 'permission:contents', narrower: ['contents: read'] });
    expect(lookupScope('github', 'write-all')).toMatchObject({ access: 'admin', wildcard: true });
    expect(lookupScope('salesforce', 'full')).toMatchObject({ access: 'admin' });
    expect(lookupScope('stripe', 'customers:write')).toMatchObject({ access: 'write', known: true });
    expect(lookupScope('azure', 'contributor')).toMatchObject({ access: 'admin' });
  });

  it('classifies by documented naming conventions only, and marks them', () => {
    expect(lookupScope('shopify', 'read_fancy_new_things')).toMatchObject({ basis: 'convention', known: false, access: 'read' });
    expect(lookupScope('microsoft', 'Widgets.ReadWrite.All')).toMatchObject({ basis: 'convention', access: 'write', breadth: 'workspace' });
    expect(lookupScope('aws', 's3:GetBucketTagging')).toMatchObject({ basis: 'convention', access: 'read' });
    expect(lookupScope('aws', 'ec2:Describe*')).toMatchObject({ access: 'read', wildcard: true });
    expect(lookupScope('aws', 's3:Put*')).toMatchObject({ access: 'admin', wildcard: true });
    expect(lookupScope('aws', '*')).toMatchObject({ access: 'admin', wildcard: true });
    expect(lookupScope('aws', 'iam:PutRolePolicy')).toMatchObject({ access: 'admin' });
    expect(lookupScope('gcp', 'roles/run.viewer')).toMatchObject({ basis: 'convention', access: 'read' });
    expect(lookupScope('kubernetes', 'secrets:*')).toMatchObject({ access: 'admin' });
  });

  it('reports unknown scopes of a known provider as unknown, never guessed', () => {
    expect(lookupScope('salesforce', 'frobnicate')).toMatchObject({ basis: 'unknown', known: false, access: 'unknown' });
    expect(lookupScope('google', 'https://www.googleapis.com/auth/brand.new')).toMatchObject({ access: 'unknown' });
    expect(lookupScope('nobody', 'x:y')).toMatchObject({ provider: 'unknown', access: 'unknown' });
  });

  it('tells the provider from the scope, the hints, or not at all', () => {
    expect(detectProvider('https://www.googleapis.com/auth/gmail.send')).toBe('google');
    expect(detectProvider('s3:GetObject')).toBe('aws');
    expect(detectProvider('roles/storage.admin')).toBe('gcp');
    expect(detectProvider('chat:write')).toBe('slack');
    expect(detectProvider('read:org')).toBe('github');
    expect(detectProvider('openid')).toBe('oidc');
    expect(detectProvider('offline_access', ['microsoft'])).toBe('microsoft');
    expect(detectProvider('crm.objects.widgets.read')).toBe('hubspot');
    expect(detectProvider('totally-unknown')).toBeUndefined();
    expect(detectProvider('messages:write', ['aws'], { onlyHints: true })).toBeUndefined();
  });
});
