import type { ProviderCatalog } from '../scope-model.js';
import { catalogRows, type CatalogRow } from './catalog-rows.js';

const DOCS = 'https://docs.stripe.com/stripe-apps/reference/permissions';
const CONNECT = 'https://docs.stripe.com/connect/oauth-reference';
const KEYS = 'https://docs.stripe.com/keys#limit-access';

// Stripe App permissions (`<object>_read` / `<object>_write`), the permissions of
// restricted API keys (same resources, read or write), and Connect OAuth scopes.
const ROWS: CatalogRow[] = [
  ['read_write', 'admin', 'workspace', ['read_only'], 'full API access to the connected account'],
  ['read_only', 'read', 'workspace'],
  ['secret_key', 'admin', 'workspace', ['a restricted key with only the permissions needed'], 'an unrestricted secret key can do everything'],
];
const OBJECTS = [
  'balance',
  'charge',
  'checkout_session',
  'coupon',
  'credit_note',
  'customer',
  'dispute',
  'event',
  'file',
  'invoice',
  'mandate',
  'payment_intent',
  'payment_method',
  'payout',
  'plan',
  'price',
  'product',
  'promotion_code',
  'refund',
  'setup_intent',
  'subscription',
  'tax_rate',
  'transfer',
  'webhook',
  'connected_account',
  'report',
  'terminal',
  'issuing',
  'secret',
  'user_email',
];

/** Stripe: restricted-key and Stripe App permissions, Connect OAuth scopes. */
export const stripeCatalog: ProviderCatalog = {
  provider: 'stripe',
  title: 'Stripe',
  docsUrl: DOCS,
  caseSensitive: true,
  entries: [
    ...catalogRows(ROWS, CONNECT).map((e) => (e.scope === 'secret_key' ? { ...e, docsUrl: KEYS } : e)),
    ...OBJECTS.flatMap((o) => [
      { scope: `${o}_read`, access: 'read' as const, breadth: 'workspace' as const, docsUrl: DOCS },
      { scope: `${o}_write`, access: 'write' as const, breadth: 'workspace' as const, narrower: [`${o}_read`], docsUrl: DOCS },
    ]),
  ],
  // `customers:write` / `rak_customer_write` spellings from restricted-key UIs and manifests.
  normalize: (s) => s.replace(/^rak_/, '').replace(/^([a-z_]+?)s?:(read|write)$/, '$1_$2'),
  family: (s) => (s === 'read_write' || s === 'read_only' ? 'account' : s.replace(/_(read|write)$/, '')),
  convention: (s) =>
    /^[a-z_]+_read$/.test(s)
      ? { access: 'read', breadth: 'workspace', docsUrl: DOCS }
      : /^[a-z_]+_write$/.test(s)
        ? { access: 'write', breadth: 'workspace', docsUrl: DOCS }
        : undefined,
};
