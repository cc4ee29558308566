import { createRule, type RuleMeta } from '../model/rule.js';

/** Rules the engine itself reports (not an analyzer's): failures and bad suppressions. */
export const engineRules = {
  analyzerFailed: createRule({
    id: 'tollgate/analyzer-failed',
    description: 'An analyzer failed on this input; its findings for the run are missing. The other analyzers still reported.',
    defaultSeverity: 'error',
    messages: {
      failed:
        'Analyzer "{{analyzer}}" failed ({{error}}); its results are missing from this report. Please report this with the file that caused it.',
      unknownRule: 'Analyzer "{{analyzer}}" reported rule "{{rule}}", which it does not declare; the finding was dropped.',
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
  fileNotAnalyzed: createRule({
    id: 'tollgate/file-not-analyzed',
    description:
      'A changed file could not be analyzed (binary, too large, unreadable, or past the number of files GitHub lists). A change never passes because Tollgate could not read it: this is an error unless the policy lowers it for the path (`limits.notAnalyzed`).',
    defaultSeverity: 'error',
    messages: {
      binary:
        '`{{path}}` is binary and was not analyzed. Review it by hand, or lower this finding for such paths with `limits.notAnalyzed` in the policy.',
      binaryFormat: '`{{path}}` is a {{format}} (recognised by its content) and was not analyzed for secrets.',
      tooLarge:
        '`{{path}}` is over `limits.maxFileBytes` ({{detail}}); the rest of it was not analyzed. Split the file, or raise the limit in the policy.',
      unreadable: '`{{path}}` could not be read ({{detail}}) and was not analyzed. Review it by hand.',
      notFound: '`{{path}}` is listed as changed but was not found at the head commit, so it was not analyzed.',
      notListed:
        '{{detail}} changed files were not analyzed: GitHub lists only the first files of a large pull request (at most 3,000). Split the pull request, or review it with `tollgate review` in CI.',
      tooComplex:
        'Analyzer "{{analyzer}}" did not analyze this file: {{detail}}. Its findings for this file are missing; review the file by hand, or simplify or split it.',
    },
  }),
  suppressionMoved: createRule({
    id: 'suppressions/moved',
    description:
      'A `tollgate-ignore` comment that the change did not touch now targets a line the change added: it was written for other content, so it does not suppress the new line. Move or rewrite the comment in the change (a reviewed suppression change) if the new line should be suppressed.',
    defaultSeverity: 'warning',
    messages: {
      moved:
        'The suppression on line {{commentLine}} was written for another line; it does not apply to the line this change added below it. Write a suppression for the new line in this change if it is safe.',
    },
  }),
  suppressionWithoutReason: createRule({
    id: 'suppressions/missing-reason',
    description: 'A `tollgate-ignore` comment without a reason. It does not suppress anything until a reason is given.',
    defaultSeverity: 'error',
    messages: {
      missingReason:
        'Suppression of "{{rule}}" has no reason; write `tollgate-ignore {{rule}}: <why this is safe>`. The finding it targets is still reported.',
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
