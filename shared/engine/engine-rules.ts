import { createRule, type RuleMeta } from '../model/rule.js';

/** Rules the engine itself reports (not an analyzer's): failures and bad suppressions. */
export const engineRules = {
  analyzerFailed: createRule({
    id: 'tollgate/analyzer-failed',
    description: 'An analyzer failed on this input; its findings for the run are missing. The other analyzers still reported.',
    defaultSeverity: 'error',
    messages: {
      failed: 'Analyzer "{{analyzer}}" failed ({{error}}); its results are missing from this report. Please report this with the file that caused it.',
      unknownRule: 'Analyzer "{{analyzer}}" reported rule "{{rule}}", which it does not declare; the finding was dropped.',
    },
  }),
  fileNotAnalyzed: createRule({
    id: 'tollgate/file-not-analyzed',
    description: 'A changed file was not analyzed (by one analyzer or at all); it is not counted as clean.',
    defaultSeverity: 'error',
    messages: {
      tooComplex: 'Analyzer "{{analyzer}}" did not analyze this file: {{detail}}. Its findings for this file are missing; review the file by hand, or simplify or split it.',
    },
  }),
  policyInvalid: createRule({
    id: 'tollgate/policy-invalid',
    description: 'The policy file (or organisation defaults, or the baseline) is invalid; the run used the defaults for what could not be read.',
    defaultSeverity: 'error',
    messages: {
      invalid: '{{key}} {{problem}}. {{hint}} Until this is fixed, Tollgate applies its default policy.',
      baselineInvalid: 'Baseline {{problem}}. {{hint}} Until this is fixed, no finding is suppressed by the baseline.',
    },
  }),
  suppressionWithoutReason: createRule({
    id: 'suppressions/missing-reason',
    description: 'A `tollgate-ignore` comment without a reason. It does not suppress anything until a reason is given.',
    defaultSeverity: 'error',
    messages: {
      missingReason: 'Suppression of "{{rule}}" has no reason; write `tollgate-ignore {{rule}}: <why this is safe>`. The finding it targets is still reported.',
    },
  }),
  suppressionUnknownRule: createRule({
    id: 'suppressions/unknown-rule',
    description: 'A `tollgate-ignore` comment names a rule id that does not exist, so it suppresses nothing.',
    defaultSeverity: 'warning',
    messages: {
      unknownRule: 'Suppression names unknown rule "{{rule}}"; check the rule id (see docs/rules) or remove the comment.',
    },
  }),
} satisfies Record<string, RuleMeta>;

/** The engine's rules as a list, for the registry and docs. */
export const ENGINE_RULES: readonly RuleMeta[] = Object.values(engineRules);
