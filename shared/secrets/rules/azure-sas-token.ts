import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { lineAt } from './support/line-at.js';
import { matchAll } from './support/match-all.js';

// The signature of a shared access signature: base64, URL-encoded or not, 43–44 characters for HMAC-SHA256.
const SAS_SIG = /[?&;](?:amp;)?sig=([A-Za-z0-9%+/]{30,200}(?:%3[Dd]|=){0,2})(?![A-Za-z0-9%+/=])/dg;
const SAS_FIELDS = /[?&;](?:amp;)?(?:sv|se|sp|sr|spr|st|srt|ss)=/g;

/**
 * Azure shared access signatures: URLs or connection strings with `sv=…&sig=…`.
 * A SAS grants whatever the signature covers until it expires; it cannot be
 * revoked without rotating the account key (or its stored access policy).
 */
export const azureSasToken: SecretDetector = {
  rule: createRule({
    id: 'secrets/azure-sas-token',
    description: 'Azure shared access signature (SAS) token: `sig=` with SAS fields (`sv=`, `se=`, `sp=`).',
    defaultSeverity: 'error',
    messages: {
      found:
        'Azure SAS signature {{masked}} is hard-coded. Revoke it (rotate the signing key or its access policy) and issue short-lived SAS tokens at runtime.',
    },
  }),
  keywords: ['sig='],
  *detect(file) {
    for (const m of matchAll(file.text, SAS_SIG)) {
      const line = lineAt(file.text, m.start).text;
      const fields = line.match(SAS_FIELDS);
      if (!fields || new Set(fields.map((f) => f.replace(/^[?&;](?:amp;)?/, ''))).size < 2) continue;
      yield { ruleId: this.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 10 };
    }
  },
};
