import { createRule } from '../../model/rule.js';
import type { SecretCandidate, SecretDetector } from '../secret-detector.js';
import { findAssignments } from './support/find-assignments.js';
import { foundCandidate } from './support/found-candidate.js';
import { matchAll } from './support/match-all.js';
import { splitKeyWords } from './support/split-key-words.js';

// API key SIDs: SK + 32 hex. (Account SIDs, AC + 32 hex, identify an account and are not secret alone.)
const API_KEY_SID = /(?<![A-Za-z0-9_])(SK[0-9a-fA-F]{32})(?![A-Za-z0-9_])/dg;
// An account SID literal followed by a 32-hex literal: Client("AC…", "…"), "AC…:…".
const SID_TOKEN_PAIR = /AC[0-9a-f]{32}\\?["'`]?[ \t]{0,4}[,:][ \t]{0,4}\\?["'`]?([0-9a-f]{32})(?![0-9A-Za-z])/dg;
const HEX32 = /^[0-9a-f]{32}$/;
const API_SECRET = /^[A-Za-z0-9]{32}$/;

/**
 * Twilio credentials: API key SIDs (`SK…`), auth tokens next to an account SID
 * (`Client("AC…", "<token>")`), and 32-character tokens or API secrets assigned to
 * Twilio-named variables (`TWILIO_AUTH_TOKEN`, `twilioApiSecret`, or `authToken` in
 * a file that uses Twilio).
 */
export const twilioKey: SecretDetector = {
  rule: createRule({
    id: 'secrets/twilio-key',
    description: 'Twilio auth token, API key SID or API key secret.',
    defaultSeverity: 'error',
    messages: {
      found: 'Twilio {{kind}} {{masked}} is hard-coded. Rotate it in the Twilio console and load it from a secret store.',
    },
  }),
  keywords: ['twilio', 'sk'],
  *detect(file) {
    const out: SecretCandidate[] = [];
    for (const m of file.text.includes('SK') ? matchAll(file.text, API_KEY_SID) : []) {
      if (!/[0-9]/.test(m.value.slice(2)) || !/[a-fA-F]/.test(m.value.slice(2))) continue;
      out.push(foundCandidate(this.rule.id, m, 'API key SID'));
    }
    for (const m of file.text.includes('AC') ? matchAll(file.text, SID_TOKEN_PAIR) : []) {
      out.push(foundCandidate(this.rule.id, m, 'auth token'));
    }
    if (/twilio/i.test(file.text)) {
      for (const a of findAssignments(file)) {
        if (a.keyClass !== 'secret' && a.keyClass !== 'password') continue;
        const words = splitKeyWords(a.key);
        const named = words.includes('twilio');
        const last = words[words.length - 1];
        const tokenish = last === 'token' || last === 'secret' || last === 'authtoken';
        if (!tokenish) continue;
        if (HEX32.test(a.value) && (named || words.includes('auth') || last === 'authtoken')) {
          out.push(foundCandidate(this.rule.id, a, 'auth token'));
        } else if (named && API_SECRET.test(a.value) && /[A-Z]/.test(a.value) && /[a-z]/.test(a.value)) {
          out.push(foundCandidate(this.rule.id, a, 'API key secret'));
        }
      }
    }
    yield* out;
  },
};
