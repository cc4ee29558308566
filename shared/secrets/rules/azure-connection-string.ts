import { createRule } from '../../model/rule.js';
import type { SecretDetector } from '../secret-detector.js';
import { matchAll } from './support/match-all.js';

// AccountKey= (Storage), SharedAccessKey= (Service Bus, Event Hubs, IoT Hub), AccessKey= (SignalR,
// Communication Services). The key name must be followed directly by `=`, so `SharedAccessKeyName=` is not matched.
const CONNECTION_KEY = /(?<![A-Za-z])(?:AccountKey|SharedAccessKey|AccessKey)[ \t]{0,2}=[ \t]{0,2}([A-Za-z0-9+/]{20,200}={0,2})(?![A-Za-z0-9+/=])/dgi;

/**
 * Keys inside Azure connection strings:
 * `DefaultEndpointsProtocol=https;AccountName=…;AccountKey=…==;EndpointSuffix=core.windows.net`,
 * `Endpoint=sb://….servicebus.windows.net/;SharedAccessKeyName=…;SharedAccessKey=…=`.
 * The Azurite emulator's well-known key is a documented example and not reported.
 */
export const azureConnectionString: SecretDetector = {
  rule: createRule({
    id: 'secrets/azure-connection-string',
    description: 'Account or shared-access key inside an Azure Storage, Service Bus, Event Hubs or SignalR connection string.',
    defaultSeverity: 'error',
    messages: {
      found:
        'Azure connection string with key {{masked}} is hard-coded. Rotate the key, prefer Microsoft Entra ID (managed identity), or load the string from Key Vault.',
    },
  }),
  keywords: ['key'],
  *detect(file) {
    for (const m of matchAll(file.text, CONNECTION_KEY)) {
      if (!/[0-9]/.test(m.value) || !/[A-Z]/.test(m.value) || !/[a-z]/.test(m.value)) continue;
      yield { ruleId: this.rule.id, messageId: 'found', start: m.start, end: m.end, value: m.value, priority: 10 };
    }
  },
};
