import type { RawFinding } from '../../model/finding.js';
import { ENGINE_RULES } from '../engine-rules.js';
import { pipelineFinding, type PipelineFinding } from './pipeline-finding.js';

/**
 * The adapter's engine findings (an invalid policy file, say), pinned to the text
 * they point into (the policy read from the base branch, say). A finding whose rule
 * is not an engine rule is dropped: adapters report through engine rules only.
 */
export function pinEngineFindings(list: readonly { readonly finding: RawFinding; readonly text: string }[]): PipelineFinding[] {
  const out: PipelineFinding[] = [];
  for (const { finding, text } of list) {
    const rule = ENGINE_RULES.find((r) => r.id === finding.ruleId);
    if (rule) out.push(pipelineFinding(finding, rule, text));
  }
  return out;
}
