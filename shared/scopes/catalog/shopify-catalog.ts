import type { ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const DOCS = 'https://shopify.dev/docs/api/usage/access-scopes';

// Shopify scopes reach every object of that type in the store: `workspace`.
const ROWS: CatalogRow[] = [
  ['read_all_orders', 'read', 'workspace', ['read_orders'], 'every order, not only the last 60 days'],
  ['read_orders', 'read', 'workspace'],
  ['write_orders', 'write', 'workspace', ['read_orders']],
  ['read_draft_orders', 'read', 'workspace'],
  ['write_draft_orders', 'write', 'workspace', ['read_draft_orders']],
  ['read_products', 'read', 'workspace'],
  ['write_products', 'write', 'workspace', ['read_products']],
  ['read_customers', 'read', 'workspace'],
  ['write_customers', 'write', 'workspace', ['read_customers']],
  ['read_inventory', 'read', 'workspace'],
  ['write_inventory', 'write', 'workspace', ['read_inventory']],
  ['read_fulfillments', 'read', 'workspace'],
  ['write_fulfillments', 'write', 'workspace', ['read_fulfillments']],
  ['read_assigned_fulfillment_orders', 'read', 'resource'],
  ['write_assigned_fulfillment_orders', 'write', 'resource'],
  ['read_merchant_managed_fulfillment_orders', 'read', 'workspace'],
  ['write_merchant_managed_fulfillment_orders', 'write', 'workspace'],
  ['read_third_party_fulfillment_orders', 'read', 'workspace'],
  ['write_third_party_fulfillment_orders', 'write', 'workspace'],
  ['read_shipping', 'read', 'workspace'],
  ['write_shipping', 'write', 'workspace'],
  ['read_locations', 'read', 'workspace'],
  ['write_locations', 'write', 'workspace'],
  ['read_content', 'read', 'workspace'],
  ['write_content', 'write', 'workspace'],
  ['read_themes', 'read', 'workspace'],
  ['write_themes', 'write', 'workspace', ['read_themes'], 'can change storefront code'],
  ['read_script_tags', 'read', 'workspace'],
  ['write_script_tags', 'write', 'workspace', [], 'injects JavaScript into the storefront'],
  ['read_price_rules', 'read', 'workspace'],
  ['write_price_rules', 'write', 'workspace'],
  ['read_discounts', 'read', 'workspace'],
  ['write_discounts', 'write', 'workspace'],
  ['read_marketing_events', 'read', 'workspace'],
  ['write_marketing_events', 'write', 'workspace'],
  ['read_product_listings', 'read', 'workspace'],
  ['read_publications', 'read', 'workspace'],
  ['write_publications', 'write', 'workspace'],
  ['read_files', 'read', 'workspace'],
  ['write_files', 'write', 'workspace'],
  ['read_translations', 'read', 'workspace'],
  ['write_translations', 'write', 'workspace'],
  ['read_returns', 'read', 'workspace'],
  ['write_returns', 'write', 'workspace'],
  ['read_reports', 'read', 'workspace'],
  ['write_reports', 'write', 'workspace'],
  ['read_analytics', 'read', 'workspace'],
  ['read_checkouts', 'read', 'workspace'],
  ['write_checkouts', 'write', 'workspace'],
  ['read_gift_cards', 'read', 'workspace'],
  ['write_gift_cards', 'write', 'workspace'],
  ['read_markets', 'read', 'workspace'],
  ['write_markets', 'write', 'workspace'],
  ['read_metaobjects', 'read', 'workspace'],
  ['write_metaobjects', 'write', 'workspace'],
  ['read_payment_terms', 'read', 'workspace'],
  ['write_payment_terms', 'write', 'workspace'],
  ['read_users', 'read', 'workspace'],
  ['write_users', 'admin', 'workspace', ['read_users'], 'manages staff accounts'],
  ['read_online_store_pages', 'read', 'workspace'],
  ['unauthenticated_read_product_listings', 'read', 'workspace'],
  ['unauthenticated_read_checkouts', 'read', 'resource'],
  ['unauthenticated_write_checkouts', 'write', 'resource'],
  ['unauthenticated_read_customers', 'read', 'resource'],
  ['unauthenticated_write_customers', 'write', 'resource'],
  ['unauthenticated_read_content', 'read', 'workspace'],
  ['customer_read_orders', 'read', 'resource'],
  ['customer_read_customers', 'read', 'resource'],
  ['customer_write_customers', 'write', 'resource'],
];

/** Shopify access scopes (Admin, Storefront, Customer Account APIs). */
export const shopifyCatalog: ProviderCatalog = {
  provider: 'shopify',
  title: 'Shopify',
  docsUrl: DOCS,
  caseSensitive: true,
  entries: catalogRows(ROWS),
  family: (s) => s.replace(/^(unauthenticated_|customer_)?(read|write)_(all_)?/, '$1'),
  // Shopify's documented convention: `{action}_{resource}`, action `read` or `write`.
  convention: (s) => {
    const m = /^(?:unauthenticated_|customer_)?(read|write)_[a-z_]+$/.exec(s);
    return m
      ? { access: m[1] as 'read' | 'write', breadth: 'workspace', docsUrl: 'https://shopify.dev/docs/api/admin-graphql/latest/objects/AccessScope' }
      : undefined;
  },
};
