import { createRule } from '../../model/rule.js';
import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { findAssignments } from './support/find-assignments.js';
import { foundCandidate } from './support/found-candidate.js';
import { matchAll } from './support/match-all.js';
import { splitKeyWords } from './support/split-key-words.js';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
// Private-app / personal access tokens: pat-<region><n>-<uuid>.
const PRIVATE_APP_TOKEN = new RegExp(`(?<![A-Za-z0-9_-])(pat-[a-z]{2}[0-9]{1,2}-${UUID})(?![A-Za-z0-9_-])`, 'dgi');
// Legacy API keys are bare UUIDs, recognisable only by the `hapikey` parameter.
const HAPIKEY = new RegExp(`hapikey["'\\\\]{0,2}[ \\t]{0,4}[=:][ \\t]{0,4}["'\\\\]{0,2}(${UUID})(?![0-9a-fA-F-])`, 'dgi');
const UUID_ONLY = new RegExp(`^${UUID}$`);

/**
 * HubSpot private-app access tokens (`pat-na1-…`, `pat-eu1-…`) and legacy API keys
 * (UUIDs passed as `hapikey=` or assigned to a HubSpot key name).
 * https://developers.hubspot.com/docs/api/private-apps
 */
export const hubspotToken: SecretDetector = {
  rule: createRule({
    id: 'secrets/hubspot-token',
    description: 'HubSpot private-app access token (`pat-na1-…`) or legacy API key (`hapikey`).',
    defaultSeverity: 'error',
    messages: {
      found:
        'HubSpot {{kind}} {{masked}} is hard-coded. Rotate it in HubSpot (Settings > Integrations > Private apps) and load it from a secret store.',
    },
  }),
  keywords: ['pat-', 'hapikey', 'hubspot'],
  *detect(file) {
    const out: SecretCandidate[] = [];
    for (const m of matchAll(file.text, PRIVATE_APP_TOKEN)) out.push(foundCandidate(this.rule.id, m, 'private-app token'));
    for (const m of matchAll(file.text, HAPIKEY)) out.push(foundCandidate(this.rule.id, m, 'legacy API key'));
    if (/hubspot/i.test(file.text)) {
      for (const a of findAssignments(file)) {
        if (a.keyClass !== 'secret' || !UUID_ONLY.test(a.value)) continue;
        if (!splitKeyWords(a.key).some((w) => w === 'hubspot' || w === 'hapikey')) continue;
        out.push(foundCandidate(this.rule.id, a, 'legacy API key'));
      }
    }
    yield* out;
  },
};
