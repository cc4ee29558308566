import { createRule } from '../../model/rule.js';
import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { findAssignments } from './support/find-assignments.js';
import { kubernetesSecrets } from './support/kubernetes-secret-entries.js';
import { looksRandom } from './support/secret-shape.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Random-looking literals assigned to secret-like names — `apiKey`, `client_secret`,
 * `ACME_API_KEY`, `x-api-key`, `access_token`, `Authorization: Bearer …`,
 * `webhook_secret`, `signing_key`, and random-looking values of 20+ characters under
 * `*_PASSWORD` names — in
 * every syntax the scanner knows: TS/JS, Python, YAML, JSON, `.env`, Dockerfile
 * `ENV`/`ARG`, shell `export`, properties/INI/TOML, CLI flags, URL query strings,
 * connection strings, Markdown, prompt text ("API key: …"), notebooks and JSONL.
 *
 * "Random-looking" (see `looksRandom`): 16+ characters, no whitespace, not a
 * URL/path/identifier/word chain/UUID, several character classes, and Shannon
 * entropy of at least 3.0–3.5 bits per character. A bare `key` needs 20+
 * characters and more entropy. Vendor rules win over this one when both match.
 */
export const genericAssignment: SecretDetector = {
  rule: createRule({
    id: 'secrets/generic-assignment',
    description: 'A random-looking literal assigned to a secret-like name (`apiKey`, `client_secret`, `*_TOKEN`, `Authorization`).',
    defaultSeverity: 'error',
    messages: {
      found: '`{{key}}` is assigned a hard-coded secret {{masked}}. Load it from the environment or a secret store, and rotate it.',
    },
  }),
  // The words names carry, plus the shapes whose names carry none (`cohere.Client("…")`, `docker login -p …`).
  keywords: ['key', 'secret', 'token', 'pass', 'pwd', 'auth', 'cred', 'bearer', 'client(', 'api(', 'sdk(', 'login', 'mysql', 'redis-cli'],
  *detect(file) {
    const blocks = kubernetesSecrets(file).blocks;
    const out: SecretCandidate[] = [];
    for (const a of findAssignments(file)) {
      if (blocks.some((b) => a.start >= b.start && a.start <= b.end)) continue;
      // A UUID is not random-looking text, but some services issue UUID API keys (Pinecone, Heroku):
      // under a secret name it counts; the false-positive filter drops bare UUIDs elsewhere.
      const random =
        (a.keyClass === 'secret' && UUID.test(a.value)) ||
        (a.keyClass === 'bare-key'
          ? looksRandom(a.value, { minLength: 20, extraEntropy: 0.2 })
          : a.keyClass === 'password'
            ? looksRandom(a.value, { minLength: 20 })
            : looksRandom(a.value));
      if (!random) continue;
      out.push({ ruleId: this.rule.id, messageId: 'found', start: a.start, end: a.end, value: a.value, keyName: a.key, priority: 90 });
    }
    yield* out;
  },
};
