import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { matchAll } from './support/match-all.js';

const TEST_KEY = /(?<![A-Za-z0-9_])((?:sk|rk)_test_[A-Za-z0-9]{16,247})(?![A-Za-z0-9_])/dg;

/**
 * Stripe test-mode secret and restricted keys (`sk_test_`, `rk_test_`). They cannot
 * move money, but they read and write the account's test data and webhooks, and a
 * committed one is usually next to a live one. Reported as a warning.
 */
export const stripeTestKey: SecretDetector = {
  rule: createRule({
    id: 'secrets/stripe-test-key',
    description: 'Stripe test-mode secret or restricted API key (`sk_test_`, `rk_test_`).',
    defaultSeverity: 'warning',
    messages: {
      found: "Stripe test-mode key {{masked}} is hard-coded. Load it from the environment; test keys still expose the account's test data.",
    },
  }),
  keywords: ['k_test_'],
  *detect(file) {
    for (const m of matchAll(file.text, TEST_KEY)) {
      yield { ruleId: this.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 10 };
    }
  },
};
