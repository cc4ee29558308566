import { App } from 'octokit';

export async function installationToken(app: App, installationId: number) {
  const { data } = await app.octokit.rest.apps.createInstallationAccessToken({
    installation_id: installationId,
    repositories: ['storefront-theme'],
    permissions: {
      contents: 'write',
      pull_requests: 'write',
      metadata: 'read',
    },
  });
  return data.token;
}
