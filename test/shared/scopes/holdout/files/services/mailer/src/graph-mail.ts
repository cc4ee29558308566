import { PublicClientApplication } from '@azure/msal-node';

const pca = new PublicClientApplication({ auth: { clientId: 'b1f3c2d4-0000-4000-8000-000000000000' } });

const MAIL_SCOPES = ['Mail.Send', 'Mail.ReadWrite'];

export async function interactiveLogin(openBrowser: (url: string) => Promise<void>) {
  const url = await pca.getAuthCodeUrl({
    scopes: ['openid', 'offline_access', 'User.Read', ...MAIL_SCOPES],
    redirectUri: 'http://localhost:3000/redirect',
  });
  await openBrowser(url);
}

export async function sharedCalendar(account: never) {
  return pca.acquireTokenSilent({ account, scopes: ['Calendars.Read.Shared'] });
}
