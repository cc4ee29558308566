import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { decodeBase64 } from './support/decode-base64.js';
import { matchAll } from './support/match-all.js';

const JWT = /(?<![A-Za-z0-9_-])(eyJ[A-Za-z0-9_-]{8,1000}\.eyJ[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_-])/dg;

/**
 * Signed JSON Web Tokens written into files: bearer tokens, service-role keys
 * (Supabase `service_role`), long-lived API tokens. A JWT is a credential until it
 * expires, and many are issued without expiry. Not reported: unsigned tokens
 * (`alg: none`), Supabase `anon` keys (public by design), and jwt.io's sample.
 */
export const jwtToken: SecretDetector = {
  rule: createRule({
    id: 'secrets/jwt-token',
    description: 'A signed JSON Web Token (bearer credential) written into a file.',
    defaultSeverity: 'error',
    messages: {
      found:
        'JSON Web Token {{masked}} is hard-coded; it works as a bearer credential until it expires. Revoke it (or rotate the signing key) and obtain tokens at runtime.',
    },
  }),
  keywords: ['eyj'],
  *detect(file) {
    for (const m of matchAll(file.text, JWT)) {
      const [header, payload] = m.value.split('.');
      const h = decodeBase64(header as string);
      if (!h || h.binary || !/"alg"\s*:/.test(h.text) || /"alg"\s*:\s*"none"/i.test(h.text)) continue;
      const p = decodeBase64(payload as string);
      if (p && !p.binary && /"role"\s*:\s*"anon"/.test(p.text)) continue;
      yield { ruleId: this.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 15 };
    }
  },
};
