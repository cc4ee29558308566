import { createRule } from '../../model/rule.js';
import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { findAssignments } from './support/find-assignments.js';
import { matchAll } from './support/match-all.js';
import { splitKeyWords } from './support/split-key-words.js';

// STS session tokens are long base64 blobs that start with a few known prefixes
// ("FwoGZXIvYXdzE…", "IQoJb3JpZ2luX2Vj…" = "\x21\n\torigin_ec…").
const TOKEN_PREFIX =
  /(?<![A-Za-z0-9+/])((?:FwoGZXIvYXdzE|FQoGZXIvYXdzE|IQoJb3JpZ2luX2Vj|IQoJb3JpZ2lu|AQoDYXdzE|AgoJb3JpZ2lu)[A-Za-z0-9+/]{80,3000}={0,2})(?![A-Za-z0-9+/=])/dg;
const PREFIXES = ['FwoGZXIvYXdzE', 'FQoGZXIvYXdzE', 'IQoJb3JpZ2lu', 'AQoDYXdzE', 'AgoJb3JpZ2lu'];
const BASE64_LONG = /^[A-Za-z0-9+/]{100,3000}={0,2}$/;

/**
 * AWS temporary credentials' session tokens: assigned to `aws_session_token`,
 * `AWS_SESSION_TOKEN`, `SessionToken`, `x-amz-security-token`, or recognisable by
 * their prefix. (Temporary access key ids, `ASIA…`, are reported by
 * `secrets/aws-access-key-id`.)
 */
export const awsSessionToken: SecretDetector = {
  rule: createRule({
    id: 'secrets/aws-session-token',
    description: 'AWS STS session token (temporary credentials).',
    defaultSeverity: 'error',
    messages: {
      found:
        'AWS session token {{masked}} is hard-coded. Revoke the role session (or wait for expiry), and obtain temporary credentials at runtime (OIDC, instance or task roles).',
    },
  }),
  keywords: ['session', 'security', 'yxdze', 'ojb3jpz2lu'],
  *detect(file) {
    const out: SecretCandidate[] = [];
    const prefixed = PREFIXES.some((x) => file.text.includes(x));
    for (const m of prefixed ? matchAll(file.text, TOKEN_PREFIX) : []) {
      out.push({ ruleId: this.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 10 });
    }
    for (const a of findAssignments(file)) {
      if (a.keyClass !== 'secret') continue;
      const words = splitKeyWords(a.key);
      const last = words[words.length - 1];
      if (last !== 'token' && last !== 'sessiontoken' && last !== 'securitytoken') continue;
      if (!(words.includes('session') || words.includes('security') || last === 'sessiontoken' || last === 'securitytoken')) continue;
      if (!BASE64_LONG.test(a.value) || !/[0-9]/.test(a.value)) continue;
      out.push({ ruleId: this.rule.id, messageId: 'found', start: a.start, end: a.end, value: a.value, keyName: a.key, priority: 10 });
    }
    yield* out;
  },
};
