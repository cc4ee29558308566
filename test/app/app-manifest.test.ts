import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

// Probot's setup mode (`npm start` without APP_ID) registers the App from app.yml.
// Its own ManifestCreation (not in Probot's public exports: loaded by file) builds
// the manifest, so the test sees what GitHub would be sent.

const ROOT = new URL('../../', import.meta.url);
// probot's main entry is lib/index.js; its package does not export package.json.
const probotDir = dirname(dirname(createRequire(import.meta.url).resolve('probot')));
const { ManifestCreation } = (await import(pathToFileURL(join(probotDir, 'lib', 'manifest-creation.js')).href)) as {
  ManifestCreation: new () => { getManifest(o: { pkg: object; baseUrl: string; readFileSync: (path: string, enc: string) => string }): string };
};

const appYml = (path: string): string => (path.endsWith('app.yml') ? readFileSync(new URL('app.yml', ROOT), 'utf8') : readFileSync(path, 'utf8'));
const manifest = (): { hook_attributes: { url: string }; default_permissions: Record<string, string>; public: boolean } =>
  JSON.parse(new ManifestCreation().getManifest({ pkg: {}, baseUrl: 'http://localhost:3000', readFileSync: appYml }));

afterEach(() => {
  delete process.env.WEBHOOK_PROXY_URL;
});

describe('app.yml through Probot’s manifest flow', () => {
  it('lets Probot send webhooks to the smee.io channel in development', () => {
    process.env.WEBHOOK_PROXY_URL = 'https://smee.io/tollgate-test-channel';
    expect(manifest().hook_attributes.url).toBe('https://smee.io/tollgate-test-channel');
  });

  it('otherwise to the server that registered it', () => {
    expect(manifest().hook_attributes.url).toBe('http://localhost:3000/');
  });

  it('asks for the documented least-privilege permissions and stays private', () => {
    const m = manifest();
    expect(m.default_permissions).toEqual({
      checks: 'write',
      pull_requests: 'write',
      contents: 'read',
      metadata: 'read',
      members: 'read',
      issues: 'write',
    });
    expect(m.public).toBe(false);
  });
});
