import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { findAssignments } from './support/find-assignments.js';
import { splitKeyWords } from './support/split-key-words.js';

// Azure AI services keys: 32 hex (classic) or 84 alphanumerics (current format).
const AZURE_KEY = /^(?:[0-9a-fA-F]{32}|[A-Za-z0-9]{84})$/;

/**
 * Azure OpenAI and Azure AI services keys assigned to names: `AZURE_OPENAI_API_KEY`,
 * `azure_openai_key`, `AzureKeyCredential("…")`, an `api-key` header, or an
 * `api_key=` in a file that talks to Azure.
 */
export const azureOpenaiKey: SecretDetector = {
  rule: createRule({
    id: 'secrets/azure-openai-key',
    description: 'Azure OpenAI / Azure AI services API key assigned to a key name or `AzureKeyCredential`.',
    defaultSeverity: 'error',
    messages: {
      found:
        'Azure AI key {{masked}} is assigned to `{{key}}`. Regenerate it in the Azure portal and use Microsoft Entra ID (managed identity) or Key Vault instead.',
    },
  }),
  keywords: ['azure'],
  *detect(file) {
    // The `azure` keyword guarantees the file talks to Azure.
    for (const a of findAssignments(file)) {
      if (a.keyClass !== 'secret' && a.keyClass !== 'bare-key') continue;
      if (!AZURE_KEY.test(a.value) || !/[0-9]/.test(a.value) || !/[A-Za-z]/.test(a.value)) continue;
      const words = splitKeyWords(a.key);
      const named =
        words.includes('azure') || words.includes('credential') || (words.includes('api') && words.includes('key')) || words.includes('subscription');
      if (!named) continue;
      yield { ruleId: this.rule.id, messageId: 'found', start: a.start, end: a.end, value: a.value, keyName: a.key, priority: 10 };
    }
  },
};
