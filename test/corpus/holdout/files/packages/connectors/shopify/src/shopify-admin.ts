import '@shopify/shopify-api/adapters/node';
import { shopifyApi, ApiVersion } from '@shopify/shopify-api';

export const shopify = shopifyApi({
  apiKey: process.env.SHOPIFY_API_KEY!,
  apiSecretKey: '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',
  apiVersion: ApiVersion.July24,
  hostName: 'procure-ai.example',
  isEmbeddedApp: false,
});

// Custom-app Admin API token for the B2B storefront.
const ADMIN_TOKEN = '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';

export function adminClient(shop: string) {
  return new shopify.clients.Graphql({ session: { shop, accessToken: ADMIN_TOKEN } as never });
}
