import type { AnalyzerReport } from '../analyzer/analyzer.js';
import { escapeMarkdown } from '../report/escape-markdown.js';
import { reviewDiagram } from '../report/review-diagram.js';
import type { FlowsData } from './flows-analyzer.js';
import type { MermaidDiagram } from './render-mermaid.js';

/**
 * The Markdown block for the data-flow diagram: a legend, the Mermaid fence and what
 * the change added. `diagram` defaults to the flows alone (see `reviewDiagram`).
 */
export function flowsMarkdown(data: FlowsData, governance: number, diagram: MermaidDiagram = data.diagram): string {
  const added = data.flows.filter((e) => e.status === 'added');
  const removed = data.flows.filter((e) => e.status === 'removed');
  const risky = data.flows.filter((e) => e.status !== 'removed' && e.risks.length > 0);
  const lines: string[] = [];
  const facts = [
    `${data.systems.filter((n) => n.status !== 'removed').length} systems`,
    `${data.flows.filter((e) => e.status !== 'removed').length} flows`,
  ];
  if (data.compared) facts.push(`${added.length} flows added`, `${removed.length} removed`);
  facts.push(`${risky.length} risky`, `${governance} governance finding${governance === 1 ? '' : 's'}`);
  lines.push(
    `${facts.join(' · ')}.${diagram.summarized === 'none' ? '' : ` Summarised (${diagram.summarized}): run \`tollgate diagram\` for the full list.`}`,
  );
  lines.push('', '```mermaid', diagram.mermaid.trimEnd(), '```', '');
  const agents = diagram !== data.diagram ? ' "Agent tools": MCP servers and agent tools, `⚠` when destructive.' : '';
  lines.push(
    data.compared
      ? `<sub>Green, thick, \`+\`: added by this change · dashed, \`removed:\`: removed · red, \`⚠\`: risky flow (sensitive data to an LLM, missing DPA or transfer mechanism, unapproved or undeclared system).${agents}</sub>`
      : `<sub>Red, \`⚠\`: risky flow (sensitive data to an LLM, missing DPA or transfer mechanism, unapproved or undeclared system).${agents}</sub>`,
  );
  if (added.length > 0) {
    lines.push('', '**Flows this change adds**', '');
    for (const e of added.slice(0, 20)) {
      const risks = e.risks.length > 0 ? ` — ⚠ ${e.risks.map(escapeMarkdown).join(', ')}` : '';
      lines.push(`- ${escapeMarkdown(e.from)} → ${escapeMarkdown(e.to)}: ${escapeMarkdown(e.classes.join(', ') || 'undeclared')}${risks}`);
    }
    if (added.length > 20) lines.push(`- …and ${added.length - 20} more.`);
  }
  return lines.join('\n');
}

/**
 * The flows analyzer's share of the reports: JSON `diagram` (the Mermaid text and
 * its size) and `flows` (systems, flows with change status and risks, manifests,
 * systems seen in code), and the "Data flow" section (with the agents analyzer's
 * servers and tools drawn in, see `reviewDiagram`) of the PR comment (droppable
 * when the comment is too long).
 */
export const flowsReport: AnalyzerReport<FlowsData> = {
  jsonKeys: ['diagram', 'flows'],
  contribute(data, result) {
    const governance = result.findings.filter((f) => f.ruleId.startsWith('flows/')).length;
    const diagram = reviewDiagram(result) ?? data.diagram;
    return {
      json: {
        diagram: { format: 'mermaid', ...diagram },
        flows: { manifests: data.manifests, systems: data.systems, flows: data.flows, codeSystems: data.codeSystems, compared: data.compared },
      },
      markdown: [{ id: 'diagram', markdown: flowsMarkdown(data, governance, diagram), droppable: true }],
    };
  },
};
