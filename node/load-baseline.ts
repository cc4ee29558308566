import { readFile } from 'node:fs/promises';
import { engineRules } from '../shared/engine/engine-rules.js';
import { baselineFromText, type LoadedBaseline } from '../shared/suppressions/baseline-from-text.js';

/** Reads the baseline file at `absPath`; a missing optional one is no baseline. */
export async function loadBaseline(absPath: string, file: string, required: boolean): Promise<LoadedBaseline> {
  let text: string;
  try {
    text = await readFile(absPath, 'utf8');
  } catch {
    if (!required) return {};
    return {
      problem: {
        text: '',
        finding: {
          ruleId: engineRules.policyInvalid.id,
          messageId: 'baselineInvalid',
          path: file,
          range: { start: 0, end: 0 },
          data: { problem: 'file does not exist', hint: 'Check the --baseline path, or create it with `tollgate scan --update-baseline`.' },
        },
      },
    };
  }
  return baselineFromText(text, file);
}
