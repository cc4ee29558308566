import { Client } from '@hubspot/api-client';

/**
 * HubSpot private-app client.
 * Legacy API keys (`?hapikey=<your-hubspot-api-key>`) were sunset; use a private-app token.
 */
export const hubspot = new Client({
  accessToken: 'pat-na1-58413482-e553-4aa7-aa40-7cab2456cfde',
});

export async function upsertSupplier(email: string, company: string) {
  return hubspot.crm.contacts.basicApi.create({ properties: { email, company } });
}
