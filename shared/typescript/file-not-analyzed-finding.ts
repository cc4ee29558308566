import { engineRules } from '../engine/engine-rules.js';
import type { RawFinding } from '../model/finding.js';
import type { ParseLimit } from './parse-limits.js';

const DETAILS: Readonly<Record<ParseLimit['reason'], (l: ParseLimit) => string>> = {
  size: (l) => `it has ${l.value} characters, and at most ${l.max} are parsed`,
  nesting: (l) => `its brackets nest ${l.value} levels deep, and at most ${l.max} are parsed`,
  stack: () => 'its syntax is nested too deeply to parse or walk',
};

/**
 * The whole-file `tollgate/file-not-analyzed` finding (message `tooComplex`) for a
 * file an analyzer did not parse. `data.reason` is the bound broken; the engine
 * adds `data.analyzer`.
 */
export function fileNotAnalyzedFinding(path: string, limit: ParseLimit): RawFinding {
  return {
    ruleId: engineRules.fileNotAnalyzed.id,
    messageId: 'tooComplex',
    path,
    range: { start: 0, end: 0 },
    data: { reason: limit.reason, value: limit.value, max: limit.max, detail: DETAILS[limit.reason](limit) },
  };
}
