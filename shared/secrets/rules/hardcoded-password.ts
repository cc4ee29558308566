import { createRule } from '../../model/rule.js';
import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { findAssignments } from './support/find-assignments.js';
import { kubernetesSecrets } from './support/kubernetes-secret-entries.js';
import { matchAll } from './support/match-all.js';
import { looksLikePassword, looksRandom } from './support/secret-shape.js';

const NETRC_FILE = /(?:^|\/)(?:[\w.-]*\.netrc|_netrc)$/;
const NETRC_PASSWORD = /(?<=^|\s)password[ \t]+(\S{1,200})/dgm;

/**
 * Human-chosen passwords assigned to password-like names (`password`, `DB_PASSWORD`,
 * `smtpPass`, `passwd`, `pwd`, `passphrase`, `--password`, `Password=` in a
 * connection string, `auth=("user", "…")`, `password …` in a `.netrc`): 8+ characters, no whitespace, at least
 * two character classes, and not a placeholder, reference or local default
 * (`changeme`, `postgres`, `password123`, `${DB_PASSWORD}`). Passwords are low
 * entropy by nature, so entropy is not required; random-looking ones of 20+ characters
 * are reported by `secrets/generic-assignment` instead. Default severity `warning`: raise it to
 * `error` in the policy to make the gate fail on them.
 */
export const hardcodedPassword: SecretDetector = {
  rule: createRule({
    id: 'secrets/hardcoded-password',
    description: 'A literal password assigned to a password-like name.',
    defaultSeverity: 'warning',
    messages: {
      found: '`{{key}}` is assigned a hard-coded password {{masked}}. Load it from the environment or a secret store, and change it.',
    },
  }),
  keywords: ['pass', 'pwd', 'auth', 'login', 'mysql', 'redis-cli'],
  *detect(file) {
    const blocks = kubernetesSecrets(file).blocks;
    const out: SecretCandidate[] = [];
    for (const a of findAssignments(file)) {
      if (a.keyClass !== 'password') continue;
      if (blocks.some((b) => a.start >= b.start && a.start <= b.end)) continue;
      if (looksRandom(a.value, { minLength: 20 }) || !looksLikePassword(a.value)) continue;
      out.push({ ruleId: this.rule.id, messageId: 'found', start: a.start, end: a.end, value: a.value, keyName: a.key, priority: 95 });
    }
    // `.netrc` (`machine host login user password secret`): every password there is live;
    // Heroku's CLI writes its API key (a UUID) as one.
    if (NETRC_FILE.test(file.path)) {
      for (const m of matchAll(file.text, NETRC_PASSWORD)) {
        if (m.value.length < 8) continue;
        out.push({ ruleId: this.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, keyName: 'password', priority: 95 });
      }
    }
    yield* out;
  },
};
