import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { SECRETLINT_RULES } from '../secretlint-bridge.js';
import { findAssignments } from './support/find-assignments.js';
import { splitKeyWords } from './support/split-key-words.js';

const SECRET_KEY = /^[A-Za-z0-9/+]{40}$/;
const awsSecretRule = SECRETLINT_RULES.find((r) => r.id === 'secrets/aws-secret-access-key');
if (!awsSecretRule) throw new Error('secrets/aws-secret-access-key is not declared by the secretlint bridge');

/**
 * AWS secret access keys (40 base64 characters) assigned to `SecretAccessKey`,
 * `aws_secret_access_key`, `AWS_SECRET_KEY`, `secretAccessKey` and similar names.
 * secretlint's rule misses values that end in `/` or `+` (its pattern ends with
 * `\b`), camelCase names in TS objects, and values in notebooks. Reports under
 * `secrets/aws-secret-access-key`.
 */
export const awsSecretAccessKey: SecretDetector = {
  rule: awsSecretRule,
  keywords: ['secret'],
  *detect(file) {
    const out: SecretCandidate[] = [];
    for (const a of findAssignments(file)) {
      if (a.keyClass !== 'secret' || !SECRET_KEY.test(a.value)) continue;
      const words = splitKeyWords(a.key);
      const secretAccess = words.includes('secret') && (words.includes('access') || words.includes('aws'));
      if (!secretAccess && !words.some((w) => w === 'secretaccesskey' || w === 'awssecretkey')) continue;
      if (!/[0-9]/.test(a.value) || !/[A-Z]/.test(a.value) || !/[a-z]/.test(a.value)) continue;
      out.push({ ruleId: awsSecretAccessKey.rule.id, messageId: 'found', start: a.start, end: a.end, value: a.value, keyName: a.key, priority: 10 });
    }
    yield* out;
  },
};
