import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { matchAll } from './support/match-all.js';

// Stripe: whsec_ + 32 alphanumerics; Svix-based senders (Clerk, Resend) use whsec_ + base64.
const WEBHOOK_SECRET = /(?<![A-Za-z0-9_])(whsec_[A-Za-z0-9+/]{20,100}={0,2})(?![A-Za-z0-9_+/=])/dg;

/** Webhook signing secrets (`whsec_…`): whoever holds one can forge webhook events. */
export const stripeWebhookSecret: SecretDetector = {
  rule: createRule({
    id: 'secrets/stripe-webhook-secret',
    description: 'Stripe (or Svix-style) webhook signing secret (`whsec_`).',
    defaultSeverity: 'error',
    messages: {
      found:
        'Webhook signing secret {{masked}} is hard-coded; anyone with it can forge events. Roll the endpoint secret and load it from a secret store.',
    },
  }),
  keywords: ['whsec_'],
  *detect(file) {
    for (const m of matchAll(file.text, WEBHOOK_SECRET)) {
      yield { ruleId: this.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 10 };
    }
  },
};
