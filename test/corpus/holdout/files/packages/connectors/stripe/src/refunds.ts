import Stripe from 'stripe';

// Restricted key: refunds:write, charges:read only.
const refundsClient = new Stripe(process.env.STRIPE_REFUNDS_KEY || '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');

export async function refund(chargeId: string, amountCents: number) {
  return refundsClient.refunds.create({ charge: chargeId, amount: amountCents });
}

// From Stripe's docs, used in the local mock server only.
export const DOCS_TEST_KEY = 'sk_test_4eC39HqLyjWDarjtT1zdp7dc';
