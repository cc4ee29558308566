import Stripe from 'stripe';

export const stripe = new Stripe('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', {
  apiVersion: '2024-06-20',
});

// Publishable key is shipped to the browser checkout; it is public by design.
export const STRIPE_PUBLISHABLE_KEY = 'pk_live_51KziYaH03sE1wRiYjnydZQxCZ8t7hdP65z52Q6kDPiJEpBBUCQAnqQKfj6ys3i6fqyVpn73ah57fFVP4DmWujCyxHiI3JsbiIN';

const endpointSecret = 'whsec_1xqYo9Fd0xPFcDGTQyqOQoNW9gAoZLrj';

export function verifyWebhook(payload: Buffer, signature: string) {
  return stripe.webhooks.constructEvent(payload, signature, endpointSecret);
}
