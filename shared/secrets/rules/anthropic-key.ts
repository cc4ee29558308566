import type { SecretDetector } from '../secret-detector.js';
import { SECRETLINT_RULES } from '../secretlint-bridge.js';
import { matchAll } from './support/match-all.js';

// sk-ant-api03-… (API keys), sk-ant-admin01-… (Admin API keys), sk-ant-oat01-… (OAuth tokens).
const ANTHROPIC = /(?<![A-Za-z0-9_-])(sk-ant-(?:admin|api|oat|sid)\d{2}-[A-Za-z0-9_-]{32,200})(?![A-Za-z0-9_-])/dg;
const anthropicRule = SECRETLINT_RULES.find((r) => r.id === 'secrets/anthropic-key');
if (!anthropicRule) throw new Error('secrets/anthropic-key is not declared by the secretlint bridge');

/**
 * Anthropic keys secretlint's rule misses: Admin API keys (`sk-ant-admin01-`) and
 * OAuth tokens (`sk-ant-oat01-`). Reports under `secrets/anthropic-key`. Candidates
 * that are not the documented format (93 characters then `AA` for API and admin
 * keys) are dropped by the analyzer's format check (`vendor-format-reason.ts`).
 */
export const anthropicKey: SecretDetector = {
  rule: anthropicRule,
  keywords: ['sk-ant-'],
  *detect(file) {
    for (const m of matchAll(file.text, ANTHROPIC)) {
      yield { ruleId: anthropicKey.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 10 };
    }
  },
};
