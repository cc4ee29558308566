import type { Span } from './agent-model.js';
import type { ToolEntry } from './collect-agents.js';
import type { TrifectaLeg } from './server-catalog.js';

/** One agent in code whose tools cover the three legs with three different tools. */
export interface ToolTrifecta {
  readonly path: string;
  /** The agent's `tools` list. */
  readonly span: Span;
  readonly untrusted: string;
  readonly private: string;
  readonly outbound: string;
}

const UNTRUSTED_WORDS =
  /(?:^|[^a-z])(?:web|search|browse|browser|scrape|crawl|url|page|inbox|issue|issues|comment|comments|rss|feed|tweet|ticket|review|reviews)(?:$|[^a-z])|read[-_ ]?e?mail|get[-_ ]?messages?/i;
const PRIVATE_WORDS =
  /(?:^|[^a-z])(?:customer|customers|account|accounts|user|users|profile|record|records|file|files|db|database|crm|invoice|invoices|order|orders|patient|employee|salary|payroll|ledger|balance|secret|document|documents|contact|contacts)(?:$|[^a-z])/i;
const OUTBOUND_WORDS = /(?:^|[^a-z])(?:send|post|email|mail|notify|message|publish|upload|webhook|tweet|share|reply|sms|slack)(?:$|[^a-z])/i;

function spaced(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ');
}

/** The trifecta legs a tool gives an agent, from its name, systems and access. */
export function toolLegs(t: ToolEntry): TrifectaLeg[] {
  const name = spaced(t.name);
  const legs: TrifectaLeg[] = [];
  if (t.klass.access === 'read' && UNTRUSTED_WORDS.test(name)) legs.push('untrusted');
  if (t.klass.access === 'read' && (PRIVATE_WORDS.test(name) || t.klass.systems.some((s) => s === 'database' || s === 'filesystem')))
    legs.push('private');
  if (
    t.klass.access !== 'read' &&
    !t.approval &&
    (OUTBOUND_WORDS.test(name) || t.klass.systems.some((s) => s === 'email' || s === 'slack' || s === 'sms'))
  )
    legs.push('outbound');
  return legs;
}

/** The local name a tool is bound to: `const x = tool(...)`, or the Python function after the decorator. */
function bindingOf(text: string, t: ToolEntry): string[] {
  const names = [t.name];
  const before = text.slice(Math.max(0, t.span.start - 400), t.span.start);
  const decl = [...before.matchAll(/(?:const|let|var)\s+(\w+)\s*=/g)].pop();
  if (decl) names.push(decl[1] as string);
  const def = /def\s+(\w+)/.exec(text.slice(t.span.start, t.span.start + 400));
  if (def) names.push(def[1] as string);
  return names;
}

/**
 * Agents defined in one file (`new Agent({ tools: [...] })`, `Agent(tools=[...])`,
 * `create_agent(tools=[...])`, `createAgent({ tools })`) whose listed tools, from the
 * same file, read untrusted content, reach private data and can send data out
 * without an approval gate on the sending tool — three different tools.
 */
export function toolTrifectas(path: string, text: string, tools: readonly ToolEntry[]): ToolTrifecta[] {
  if (tools.length < 3) return [];
  const byName = new Map<string, ToolEntry>();
  for (const t of tools) for (const n of bindingOf(text, t)) byName.set(n, t);
  const out: ToolTrifecta[] = [];
  for (const m of text.matchAll(/\btools\s*[:=]\s*\[([^\]]{0,2000})\]/g)) {
    const listed = [
      ...new Set([...(m[1] as string).matchAll(/[A-Za-z_]\w*/g)].map((x) => byName.get(x[0])).filter((t): t is ToolEntry => t !== undefined)),
    ];
    const withLeg = (leg: TrifectaLeg): ToolEntry[] => listed.filter((t) => toolLegs(t).includes(leg));
    const triple = pick(withLeg('untrusted'), withLeg('private'), withLeg('outbound'));
    if (!triple) continue;
    const start = m.index ?? 0;
    out.push({ path, span: { start, end: start + 5 }, untrusted: triple[0].name, private: triple[1].name, outbound: triple[2].name });
  }
  return out;
}

function pick(u: readonly ToolEntry[], p: readonly ToolEntry[], o: readonly ToolEntry[]): [ToolEntry, ToolEntry, ToolEntry] | undefined {
  for (const a of u) for (const b of p) if (b !== a) for (const c of o) if (c !== a && c !== b) return [a, b, c];
  return undefined;
}
