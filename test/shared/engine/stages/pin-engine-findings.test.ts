import { describe, expect, it } from 'vitest';
import { engineRules } from '../../../../shared/engine/engine-rules.js';
import { pinEngineFindings } from '../../../../shared/engine/stages/pin-engine-findings.js';
import { raw } from './stage-helpers.js';

describe('pinEngineFindings', () => {
  it('pins engine-rule findings to their text and drops the others', () => {
    const invalid = raw('.github/tollgate.yml', 5, 11, { ruleId: 'tollgate/policy-invalid', messageId: 'invalid' });
    const pinned = pinEngineFindings([
      { finding: invalid, text: 'a: 1\nbad: 2\n' },
      { finding: raw('a.ts', 0, 1), text: 'HIT' },
    ]);
    expect(pinned).toEqual([{ raw: invalid, rule: engineRules.policyInvalid, severity: 'error', pinnedText: 'a: 1\nbad: 2\n' }]);
  });
});
