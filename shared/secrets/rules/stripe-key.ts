import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { matchAll } from './support/match-all.js';

const LIVE_KEY = /(?<![A-Za-z0-9_])((?:sk|rk)_live_[A-Za-z0-9]{16,247})(?![A-Za-z0-9_])/dg;

/**
 * Stripe live-mode secret (`sk_live_`) and restricted (`rk_live_`) keys. They move
 * real money. Publishable keys (`pk_live_`) are public by design and not reported.
 * https://docs.stripe.com/keys
 */
export const stripeKey: SecretDetector = {
  rule: createRule({
    id: 'secrets/stripe-key',
    description: 'Stripe live-mode secret or restricted API key (`sk_live_`, `rk_live_`).',
    defaultSeverity: 'error',
    messages: {
      found: 'Stripe live {{kind}} key {{masked}} is hard-coded. Roll it in the Stripe dashboard and load it from a secret store.',
    },
  }),
  keywords: ['k_live_'],
  *detect(file) {
    for (const m of matchAll(file.text, LIVE_KEY)) {
      yield {
        ruleId: this.rule.id,
        messageId: 'found',
        start: m.start,
        end: m.end,
        value: m.value,
        data: { kind: m.value.startsWith('rk_') ? 'restricted' : 'secret' },
        priority: 10,
      };
    }
  },
};
