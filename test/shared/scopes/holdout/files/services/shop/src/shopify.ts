import '@shopify/shopify-api/adapters/node';
import { shopifyApi, LATEST_API_VERSION } from '@shopify/shopify-api';

export const shopify = shopifyApi({
  apiKey: process.env.SHOPIFY_API_KEY ?? '',
  apiSecretKey: process.env.SHOPIFY_API_SECRET ?? '',
  scopes: ['read_products', 'write_orders', 'read_customers'],
  hostName: 'shop-agent.acme.example',
  apiVersion: LATEST_API_VERSION,
  isEmbeddedApp: false,
});
