import { defineAnalyzer, type AnalyzerContext, type AnalyzerResult } from '../analyzer/analyzer.js';
import type { RawFinding } from '../model/finding.js';
import { CODEOWNERS_PATHS, parseCodeowners } from './parse-codeowners.js';
import type { RiskDecision } from './decide-risk.js';
import { DEFAULT_RISK_POLICY, riskPolicySchema } from './risk-policy.js';
import { riskReport } from './risk-report.js';
import { riskRules, RISK_RULES } from './risk-rules.js';

/**
 * The risk analyzer: loads CODEOWNERS (as a context file, at base and head, so
 * `decideRisk` can resolve `codeowners` requirements in both adapters) and reports
 * lines of it that cannot be read. The tier, approvers, checklist and evidence are
 * decided after all analyzers ran, by `decideRisk` (shared/risk/decide-risk.ts),
 * which stores the decision as this analyzer's data.
 */
export const riskAnalyzer = defineAnalyzer({
  id: 'risk',
  description: 'Change-risk tiers and required approvers (decided after the other analyzers); CODEOWNERS validity.',
  rules: RISK_RULES,
  contextFiles: [...CODEOWNERS_PATHS],
  policy: { schema: riskPolicySchema, default: DEFAULT_RISK_POLICY },
  report: riskReport,
  analyze(context: AnalyzerContext): AnalyzerResult<RiskDecision> {
    const findings: RawFinding[] = [];
    for (const path of CODEOWNERS_PATHS) {
      if (!context.paths.includes(path)) continue;
      const text = context.head.get(path) ?? '';
      const lineStarts = [0];
      for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
      for (const problem of parseCodeowners(text).problems) {
        const start = lineStarts[problem.line - 1] ?? 0;
        const next = lineStarts[problem.line] ?? text.length + 1;
        findings.push({
          ruleId: riskRules.codeownersInvalid.id,
          messageId: 'invalid',
          path,
          range: { start, end: Math.max(start, next - 1) },
          data: { line: problem.line, problem: problem.message },
        });
      }
    }
    return { findings };
  },
});
