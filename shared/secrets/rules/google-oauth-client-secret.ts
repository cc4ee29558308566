import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { matchAll } from './support/match-all.js';

const CLIENT_SECRET = /(?<![A-Za-z0-9_-])(GOCSPX-[A-Za-z0-9_-]{20,40})(?![A-Za-z0-9_-])/dg;

/** Google OAuth 2.0 client secrets (`GOCSPX-…`), which let an app impersonate the OAuth client. */
export const googleOauthClientSecret: SecretDetector = {
  rule: createRule({
    id: 'secrets/google-oauth-client-secret',
    description: 'Google OAuth client secret (`GOCSPX-`).',
    defaultSeverity: 'error',
    messages: {
      found: 'Google OAuth client secret {{masked}} is hard-coded. Reset the secret in the Cloud console and load it from a secret store.',
    },
  }),
  keywords: ['gocspx-'],
  *detect(file) {
    for (const m of matchAll(file.text, CLIENT_SECRET)) {
      yield { ruleId: this.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 10 };
    }
  },
};
