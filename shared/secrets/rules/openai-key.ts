import type { SecretDetector } from '../secret-detector.js';
import { SECRETLINT_RULES } from '../secretlint-bridge.js';
import { matchAll } from './support/match-all.js';

// Project, service-account and admin keys (with or without the T3BlbkFJ marker), and classic 48-character keys.
const OPENAI = /(?<![A-Za-z0-9_-])(sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{32,300}|sk-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/dg;
const openaiRule = SECRETLINT_RULES.find((r) => r.id === 'secrets/openai-key');
if (!openaiRule) throw new Error('secrets/openai-key is not declared by the secretlint bridge');

/**
 * OpenAI keys secretlint's rule misses: it requires the `T3BlbkFJ` marker at a
 * fixed position, which service-account keys, admin keys and many project keys do
 * not have. Reports under `secrets/openai-key`.
 */
export const openaiKey: SecretDetector = {
  rule: openaiRule,
  keywords: ['sk-'],
  *detect(file) {
    for (const m of matchAll(file.text, OPENAI)) {
      if (!/[0-9]/.test(m.value.slice(3)) || !/[A-Za-z]/.test(m.value.slice(8))) continue;
      yield { ruleId: openaiKey.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 10 };
    }
  },
};
