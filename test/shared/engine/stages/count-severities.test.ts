import { describe, expect, it } from 'vitest';
import { countSeverities } from '../../../../shared/engine/stages/count-severities.js';
import type { Finding, Severity } from '../../../../shared/model/finding.js';

const of = (severity: Severity) => ({ severity }) as Finding;

describe('countSeverities', () => {
  it('counts each severity, zero included', () => {
    expect(countSeverities([of('error'), of('note'), of('error')])).toEqual({ error: 2, warning: 0, note: 1 });
    expect(countSeverities([])).toEqual({ error: 0, warning: 0, note: 0 });
  });
});
