import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { matchAll } from './support/match-all.js';

// AIza + 35 URL-safe characters; a little slack for truncated or padded copies.
const GOOGLE_API_KEY = /(?<![A-Za-z0-9_-])(AIza[0-9A-Za-z_-]{33,37})(?![A-Za-z0-9_-])/dg;

/**
 * Google API keys (Maps, Gemini, Firebase, YouTube, ...). Unrestricted keys bill
 * the owner's project; Gemini keys give access to its models and files.
 */
export const googleApiKey: SecretDetector = {
  rule: createRule({
    id: 'secrets/google-api-key',
    description: 'Google API key (`AIza…`), including Gemini and Firebase keys.',
    defaultSeverity: 'error',
    messages: {
      found: 'Google API key {{masked}} is hard-coded. Restrict or delete it in the Cloud console and load the replacement from a secret store.',
    },
  }),
  keywords: ['aiza'],
  *detect(file) {
    for (const m of matchAll(file.text, GOOGLE_API_KEY)) {
      yield { ruleId: this.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 10 };
    }
  },
};
