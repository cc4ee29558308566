import { readFileSync } from 'node:fs';
import { collectAgents } from '../../../shared/agents/collect-agents.js';
import { checkAgents } from '../../../shared/agents/check-agents.js';
import { DEFAULT_AGENTS_POLICY } from '../../../shared/agents/agents-policy.js';
import { DEFAULT_CI_AGENT_ACTIONS } from '../../../shared/agents/read-ci-agents.js';
import { createLineIndex } from '../../../shared/text/line-index.js';

/** One labelled file of manifest.json (fields the scorer reads). */
export interface LabelledFile {
  readonly file: string;
  readonly path: string;
  readonly kind: string;
  readonly servers: readonly { line: number; name: string; transport: string; pinned: boolean }[];
  readonly tools: readonly { line: number; name: string; framework: string; access: string; approval: boolean }[];
  readonly ciAgents: readonly { line: number; action: string }[];
  readonly expectedFindings: readonly { line: number; rule: string }[];
}

/** Hits over labels for one measure. */
export interface Ratio {
  hit: number;
  total: number;
  /** What the reader found that no label names (servers, tools, CI agents, findings). */
  extra: number;
  misses: string[];
}

/** The corpus figures, per kind. */
export interface CorpusScore {
  readonly servers: Ratio;
  readonly tools: Ratio;
  readonly access: Ratio;
  readonly approval: Ratio;
  readonly ciAgents: Ratio;
  readonly findings: Ratio;
}

const ratio = (): Ratio => ({ hit: 0, total: 0, extra: 0, misses: [] });

/** The share of labels hit (1 when there are none). */
export function rate(r: Ratio): number {
  return r.total === 0 ? 1 : r.hit / r.total;
}

/** Findings (rule and 1-based line) the analyzer reports for one file set. */
export async function findingsFor(files: Map<string, string>): Promise<{ path: string; line: number; rule: string; message: string }[]> {
  const options = { ciActions: DEFAULT_CI_AGENT_ACTIONS, approvalWrappers: [] };
  const paths = [...files.keys()].sort();
  const inv = await collectAgents(files, paths, options);
  const raw = await checkAgents(inv, files, DEFAULT_AGENTS_POLICY);
  return raw.map((f) => ({ path: f.path, line: createLineIndex(files.get(f.path) ?? '').positionAt(f.range.start).line, rule: f.ruleId, message: f.messageId }));
}

/**
 * Scores the agents analyzer against the labelled corpus: every file is analyzed
 * alone, at its repository path, and its servers, tools (with access class and
 * approval), CI agent steps and findings are matched to the labels by line.
 */
export async function scoreAgentsCorpus(root: URL): Promise<CorpusScore> {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8')) as { files: LabelledFile[] };
  const score: CorpusScore = { servers: ratio(), tools: ratio(), access: ratio(), approval: ratio(), ciAgents: ratio(), findings: ratio() };
  const options = { ciActions: DEFAULT_CI_AGENT_ACTIONS, approvalWrappers: [] };
  for (const entry of manifest.files) {
    const text = readFileSync(new URL(entry.file, root), 'utf8');
    const files = new Map([[entry.path, text]]);
    const inv = await collectAgents(files, [entry.path], options);
    const where = `${entry.file}`;
    const foundServers = new Set(inv.servers.map((s) => s.line));
    for (const s of entry.servers) {
      score.servers.total++;
      if (foundServers.has(s.line)) score.servers.hit++;
      else score.servers.misses.push(`${where}:${s.line} ${s.name}`);
    }
    score.servers.extra += inv.servers.filter((s) => !entry.servers.some((l) => l.line === s.line)).length;
    for (const t of entry.tools) {
      score.tools.total++;
      const found = inv.tools.find((x) => x.line === t.line);
      if (!found) {
        score.tools.misses.push(`${where}:${t.line} ${t.name}`);
        continue;
      }
      score.tools.hit++;
      score.access.total++;
      if (found.klass.access === t.access) score.access.hit++;
      else score.access.misses.push(`${where}:${t.line} ${t.name} ${found.klass.access}≠${t.access} (${found.klass.reason})`);
      score.approval.total++;
      if (found.approval === t.approval) score.approval.hit++;
      else score.approval.misses.push(`${where}:${t.line} ${t.name} ${found.approval}≠${t.approval}`);
    }
    score.tools.extra += inv.tools.filter((x) => !entry.tools.some((l) => l.line === x.line)).length;
    for (const c of entry.ciAgents) {
      score.ciAgents.total++;
      if (inv.ciAgents.some((x) => x.line === c.line)) score.ciAgents.hit++;
      else score.ciAgents.misses.push(`${where}:${c.line} ${c.action}`);
    }
    score.ciAgents.extra += inv.ciAgents.filter((x) => !entry.ciAgents.some((l) => l.line === x.line)).length;
    const found = await findingsFor(files);
    const key = (rule: string, line: number): string => `${rule}:${line}`;
    const got = new Set(found.filter((f) => f.rule !== 'agents/unresolved' && !f.rule.startsWith('tollgate/')).map((f) => key(f.rule, f.line)));
    const want = new Set(entry.expectedFindings.map((f) => key(f.rule, f.line)));
    for (const w of want) {
      score.findings.total++;
      if (got.has(w)) score.findings.hit++;
      else score.findings.misses.push(`${where} missed ${w}`);
    }
    for (const g of got) if (!want.has(g)) {
      score.findings.extra++;
      score.findings.misses.push(`${where} extra ${g}`);
    }
  }
  return score;
}

/** The figures as printed lines, one per kind. */
export function formatScore(score: CorpusScore): string {
  const line = (name: string, r: Ratio, extraLabel = 'unlabelled'): string => `${name.padEnd(10)} ${r.hit}/${r.total} = ${rate(r).toFixed(3)}${r.extra ? `  (${r.extra} ${extraLabel})` : ''}`;
  return [
    line('servers', score.servers),
    line('tools', score.tools),
    line('access', score.access),
    line('approval', score.approval),
    line('ciAgents', score.ciAgents),
    line('findings', score.findings, 'extra'),
  ].join('\n');
}
