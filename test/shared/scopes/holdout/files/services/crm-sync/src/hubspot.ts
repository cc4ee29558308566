import { Client } from '@hubspot/api-client';

const hubspot = new Client();

export function installUrl(clientId: string, redirectUri: string): string {
  return hubspot.oauth.getAuthorizationUrl(clientId, redirectUri, 'crm.objects.contacts.read crm.objects.deals.write');
}
