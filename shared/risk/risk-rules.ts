import { createRule, type RuleMeta } from '../model/rule.js';

/** The rules the risk analyzer reports. */
export const riskRules = {
  codeownersInvalid: createRule({
    id: 'risk/codeowners-invalid',
    description: 'A CODEOWNERS line Tollgate (and GitHub) cannot read, so the paths it names get no owner.',
    defaultSeverity: 'warning',
    messages: {
      invalid: 'CODEOWNERS line {{line}}: {{problem}}. Fix it so that `codeowners` requirements name the right reviewers.',
    },
  }),
} as const;

export const RISK_RULES: readonly RuleMeta[] = Object.values(riskRules);
