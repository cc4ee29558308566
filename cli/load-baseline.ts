import { readFile } from 'node:fs/promises';
import { engineRules } from '../shared/engine/engine-rules.js';
import type { RawFinding } from '../shared/model/finding.js';
import { parseBaseline, type Baseline } from '../shared/suppressions/parse-baseline.js';

/** A baseline read from disk, or the problem with it as an engine finding. */
export interface LoadedBaseline {
  baseline?: Baseline;
  problem?: { finding: RawFinding; text: string };
}

/** Parses baseline text (already read); an invalid one becomes a `tollgate/policy-invalid` finding. */
export function baselineFromText(text: string, file: string): LoadedBaseline {
  const parsed = parseBaseline(text, file);
  if (parsed.ok) return { baseline: parsed.baseline };
  return {
    problem: {
      text,
      finding: {
        ruleId: engineRules.policyInvalid.id,
        messageId: 'baselineInvalid',
        path: file,
        range: { start: 0, end: 0 },
        data: { problem: `${parsed.error.key ? `\`${parsed.error.key}\` ` : ''}${parsed.error.message}`, hint: parsed.error.hint },
      },
    },
  };
}

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
        finding: { ruleId: engineRules.policyInvalid.id, messageId: 'baselineInvalid', path: file, range: { start: 0, end: 0 }, data: { problem: 'file does not exist', hint: 'Check the --baseline path, or create it with `tollgate scan --update-baseline`.' } },
      },
    };
  }
  return baselineFromText(text, file);
}
