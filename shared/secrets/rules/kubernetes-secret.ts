import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { classifyKey } from './support/classify-key.js';
import { decodeBase64 } from './support/decode-base64.js';
import { kubernetesSecrets } from './support/kubernetes-secret-entries.js';
import { parseUrlCredentials } from './support/parse-url-credentials.js';
import { plainValueReason } from './support/plain-value-reason.js';
import { looksRandom } from './support/secret-shape.js';

/** Keys whose values are configuration, not secrets, even inside a Secret. */
const NOT_SECRET_KEY =
  /^(?:user(?:name)?|login|host(?:name)?|port|database|db(?:name)?|db[-_]?name|schema|region|endpoint|url|uri|server|email|namespace|account(?:[-_]?(?:id|name))?|client[-_]?id|tenant[-_]?id|project[-_]?id|app[-_]?id|bucket|ca\.crt|tls\.crt|.*\.crt|.*\.pem\.pub|.*\.pub)$/i;
const BINARY_SECRET_KEY = /\.(?:jks|p12|pfx|key|keystore|der)$|keystore|truststore/i;
const PRIVATE_KEY = /-----BEGIN[ A-Z0-9]{0,30}PRIVATE KEY/;
const DOCKER_AUTH = /"(?:auth|password|identitytoken)"\s*:\s*"[^"]{4,}"/;

/**
 * Values of Kubernetes `Secret` manifests: base64 under `data:` (decoded before
 * judging) and plain text under `stringData:`. A value is reported when its key
 * names a secret (`password`, `api-key`, `token`, `tls.key`) and the decoded value
 * is not a placeholder, or when the decoded value is itself secret-shaped (random,
 * a private key, a URL with a password, a Docker registry auth). Usernames, hosts,
 * ports and certificates are configuration and not reported; Helm/Kustomize
 * templates (`{{ .Values.x | b64enc }}`) are references.
 */
export const kubernetesSecret: SecretDetector = {
  rule: createRule({
    id: 'secrets/kubernetes-secret',
    description: 'A value in the `data:` or `stringData:` of a committed Kubernetes `Secret` manifest.',
    defaultSeverity: 'error',
    messages: {
      found:
        'Kubernetes Secret value `{{key}}` ({{masked}}) is committed; base64 is an encoding, not encryption. Use Sealed Secrets, SOPS or an external secret store (External Secrets Operator, CSI driver).',
    },
  }),
  keywords: ['secret'],
  *detect(file) {
    for (const entry of kubernetesSecrets(file).entries) {
      if (/\{\{|\$\{/.test(entry.value)) continue;
      let plain: string;
      let binary = false;
      if (entry.encoded) {
        const decoded = decodeBase64(entry.value.replace(/\s+/g, ''));
        if (!decoded) continue;
        if (decoded.binary) {
          binary = true;
          plain = '';
        } else plain = decoded.text.replace(/\r?\n$/, '');
      } else plain = entry.value;
      if (!binary && (plain.trim() === '' || plainValueReason(plain) !== undefined)) continue;
      const keyClass = classifyKey(entry.key);
      let report: boolean;
      if (binary) report = keyClass !== undefined || BINARY_SECRET_KEY.test(entry.key);
      else if (NOT_SECRET_KEY.test(entry.key)) report = false;
      else if (PRIVATE_KEY.test(plain) || DOCKER_AUTH.test(plain)) report = true;
      else if (/:\/\//.test(plain)) {
        const url = parseUrlCredentials(plain.trim());
        report = url !== undefined && url.password.length > 0 && plainValueReason(url.password) === undefined;
      } else if (keyClass !== undefined || /secret|token|key|pass|pwd|auth|cred|\.dockerconfigjson/i.test(entry.key)) report = plain.length >= 6;
      else report = looksRandom(plain);
      if (!report) continue;
      yield { ruleId: this.rule.id, messageId: 'found', start: entry.start, end: entry.end, value: entry.value, keyName: entry.key, priority: 10 };
    }
  },
};
