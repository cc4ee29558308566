import type { AnalyzerReport } from '../analyzer/analyzer.js';
import type { ReviewResult } from '../engine/run-review.js';
import { escapeMarkdown } from '../report/escape-markdown.js';
import { markdownCodeSpan } from '../report/markdown-code-span.js';
import { approversData, riskData } from './risk-data.js';
import type { ChangeFact, FactEvidence } from './change-fact.js';
import type { ApproversData, RiskDecision, RiskReason } from './decide-risk.js';
import type { RequirementResult } from './evaluate-approvals.js';
import type { PredicateExplanation } from './evaluate-condition.js';
import { FACT_DESCRIPTIONS } from './fact-ids.js';

const STATUS_MARK = { verified: '✅ verified', failed: '❌ failed', attest: '✍️ needs attestation', 'not-checked': '➖ not checked' } as const;

function where(e: FactEvidence): string {
  return e.path === '.' ? '' : `${e.path}${e.line ? `:${e.line}` : ''}`;
}

function reasonMarkdown(r: RiskReason): string {
  const head = r.fact ? `${markdownCodeSpan(r.fact)}: ${escapeMarkdown(FACT_DESCRIPTIONS[r.fact])}` : escapeMarkdown(r.detail);
  const ev = r.evidence
    .slice(0, 5)
    .map((e) => [where(e) ? markdownCodeSpan(where(e)) : '', escapeMarkdown(e.detail)].filter((x) => x !== '').join(' '));
  return `- ${head}${ev.length > 0 ? ` — ${ev.join('; ')}${r.evidence.length > 5 ? `; and ${r.evidence.length - 5} more` : ''}` : ''}`;
}

function requirementLines(list: readonly RequirementResult[], depth = 0): string[] {
  const out: string[] = [];
  for (const r of list) {
    const who = [...(r.users ?? []).map((u) => `@${u}`), ...(r.teams ?? []).map((t) => `@${t}`)];
    const mark = r.satisfied ? '✅' : '⏳';
    out.push(
      `${'  '.repeat(depth)}- ${mark} **${escapeMarkdown(r.name)}**${who.length > 0 ? ` (${who.map((w) => markdownCodeSpan(w)).join(', ')}${r.count && r.count > 1 ? `, ${r.count} needed` : ''})` : ''}: ${escapeMarkdown(r.detail)}. <sub>Required by ${escapeMarkdown(r.why)}.</sub>`,
    );
    if (r.children) out.push(...requirementLines(r.children, depth + 1));
  }
  return out;
}

/** The risk section of the PR comment: tier, reasons and required approvers. */
export function riskMarkdown(decision: RiskDecision, approvers: ApproversData): string {
  const lines = [
    `**${escapeMarkdown(decision.tier.toUpperCase())}**${decision.description ? ` — ${escapeMarkdown(decision.description)}` : ''} (label ${markdownCodeSpan(decision.label)})`,
    '',
    'Why:',
    ...decision.reasons.map(reasonMarkdown),
  ];
  lines.push(
    '',
    approvers.requirements.length === 0
      ? 'No approval required beyond the automated checks.'
      : `Required approvals (${approvers.pending ? 'pending' : 'all satisfied'}${decision.approval.invalidateOnPush ? '; a new push invalidates approvals' : ''}${decision.approval.allowAuthor ? '' : "; the author's own approval does not count"}):`,
  );
  lines.push(...requirementLines(approvers.requirements));
  // The comment is the same whether the reviews were known or not (the App's comment
  // and `tollgate review --format markdown` must agree); the text output says it.
  return lines.join('\n');
}

/** The sign-off checklist section. */
export function checklistMarkdown(decision: RiskDecision, result: ReviewResult): string {
  const byFingerprint = new Map(result.findings.map((f) => [f.fingerprint, f]));
  return decision.checklist
    .map((item) => {
      const mark = item.status === 'verified' ? '[x]' : '[ ]';
      const failed = item.findings
        .slice(0, 3)
        .map((fp) => byFingerprint.get(fp))
        .filter((f) => f !== undefined)
        .map((f) => `${markdownCodeSpan(f.ruleId)} at ${markdownCodeSpan(`${f.path}:${f.location.startLine}`)}`);
      const more = item.findings.length > 3 ? ` and ${item.findings.length - 3} more` : '';
      const detail =
        item.status === 'failed'
          ? ` — ${failed.join(', ')}${more}`
          : item.status === 'attest'
            ? ` — a person must attest: ${escapeMarkdown(item.attestation ?? '')}`
            : '';
      return `- ${mark} ${STATUS_MARK[item.status]}: ${escapeMarkdown(item.title)}${detail}`;
    })
    .join('\n');
}

/**
 * The risk step's share of the reports (after `decideRisk`): JSON `risk: {tier,
 * reasons, ...}` and `approvers: [{kind, name, reason, ...}]`; the "Change risk"
 * section above the findings and the "Sign-off checklist" below them; and the
 * tier, approvers and checklist at the end of the text output.
 */
export const riskReport: AnalyzerReport<RiskDecision> = {
  jsonKeys: ['risk', 'approvers'],
  contribute(decision, result) {
    const approvers = approversData(result);
    if (!approvers || typeof decision.tier !== 'string') return undefined;
    return {
      json: {
        risk: {
          tier: decision.tier,
          label: decision.label,
          reasons: decision.reasons,
          ...(decision.fallback ? { fallback: decision.fallback } : {}),
          facts: decision.facts,
          pending: approvers.pending,
          checklist: decision.checklist,
        },
        approvers: approvers.required.map((a) => ({
          kind: a.kind,
          name: a.name,
          reason: a.reason,
          requirement: a.requirement,
          satisfied: a.satisfied,
        })),
      },
      markdown: [
        { id: 'risk', markdown: riskMarkdown(decision, approvers) },
        { id: 'checklist', markdown: checklistMarkdown(decision, result) },
      ],
      text: { risk: renderRiskText(result) },
    };
  },
};

/** The tier, reasons, approvers and checklist as plain text, for `tollgate review`'s text output. */
export function renderRiskText(result: ReviewResult): string {
  const decision = riskData(result);
  const approvers = approversData(result);
  if (!decision || !approvers || typeof decision.tier !== 'string') return '';
  const lines = [`Change risk: ${decision.tier.toUpperCase()}${decision.description ? ` (${decision.description})` : ''}`];
  for (const r of decision.reasons) {
    const ev = r.evidence.slice(0, 3).map((e) => `${where(e)}${e.detail ? ` ${e.detail}` : ''}`.trim());
    lines.push(`  - ${r.fact ?? r.detail}${ev.length > 0 ? `: ${ev.join('; ')}${r.evidence.length > 3 ? '; …' : ''}` : ''}`);
  }
  if (approvers.requirements.length === 0) lines.push('Required approvals: none beyond the automated checks');
  else if (!approvers.reviewsKnown) lines.push('Required approvals (pending: no reviews given; pass --reviews FILE to evaluate them):');
  if (approvers.requirements.length > 0) {
    if (approvers.reviewsKnown) lines.push(`Required approvals (${approvers.pending ? 'pending' : 'satisfied'}):`);
    const walk = (list: readonly RequirementResult[], depth: number): void => {
      for (const r of list) {
        const who = [...(r.users ?? []), ...(r.teams ?? [])].map((w) => `@${w}`).join(', ');
        lines.push(`${'  '.repeat(depth + 1)}${r.satisfied ? '✔' : '…'} ${r.name}${who ? ` [${who}]` : ''}: ${r.detail} (required by ${r.why})`);
        if (r.children) walk(r.children, depth + 1);
      }
    };
    walk(approvers.requirements, 0);
  }
  lines.push('Sign-off checklist:');
  for (const item of decision.checklist)
    lines.push(
      `  [${item.status === 'verified' ? 'x' : ' '}] ${item.status.padEnd(11)} ${item.title}${item.status === 'attest' ? ` (attest: ${item.attestation ?? ''})` : item.status === 'failed' ? ` (${item.findings.length} finding(s))` : ''}`,
    );
  return `${lines.join('\n')}\n`;
}

function explainNode(node: PredicateExplanation, depth: number, out: string[]): void {
  out.push(`${'  '.repeat(depth)}${node.holds ? '✔' : '✘'} ${node.predicate} — ${node.detail}`);
  for (const c of node.children ?? []) explainNode(c, depth + 1, out);
}

/**
 * How every tier rule and predicate evaluated, for `tollgate policy explain`:
 * the facts (with evidence), then each tier (held or skipped) with its predicate
 * tree, the tier chosen, and its requirements.
 */
export function renderRiskExplanation(result: ReviewResult): string {
  const decision = riskData(result);
  const approvers = approversData(result);
  if (!decision || !approvers) return 'No risk decision (not a review).\n';
  const out: string[] = ['Facts:'];
  if (decision.facts.length === 0) out.push('  (none)');
  for (const f of decision.facts as ChangeFact[]) {
    out.push(`  ${f.id} — ${FACT_DESCRIPTIONS[f.id]}`);
    for (const e of f.evidence.slice(0, 10)) out.push(`      ${where(e) || '(repository)'}${e.detail ? `  ${e.detail}` : ''}`);
  }
  out.push('', `Changed files: ${decision.changedPaths.length}`, '', 'Tiers (lowest first; the highest that holds wins):');
  for (const t of decision.tiers) {
    out.push(`  ${t.holds ? '✔ holds  ' : '✘ skipped'} ${t.name}${t.explanation ? '' : ' (no `if`: always holds)'}`);
    if (t.explanation) explainNode(t.explanation, 3, out);
  }
  out.push('', `Tier: ${decision.tier}${decision.fallback ? ` (fallback: ${decision.fallback})` : ''}`);
  for (const r of decision.reasons) out.push(`  because ${r.fact ?? r.detail}`);
  out.push(
    '',
    renderRiskText(result)
      .split('\n')
      .slice(1 + decision.reasons.length)
      .join('\n'),
  );
  return `${out.join('\n').trimEnd()}\n`;
}
