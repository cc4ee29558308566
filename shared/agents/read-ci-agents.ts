import type { CiAgentStep } from './agent-model.js';
import { entryOf, readYamlTree, scalarText, type ConfigNode } from './config-tree.js';

/** The agent actions the analyzer knows by default (the policy can add more). */
export const DEFAULT_CI_AGENT_ACTIONS: readonly string[] = [
  'anthropics/claude-code-action',
  'anthropics/claude-code-base-action',
  'openai/codex-action',
  'google-github-actions/run-gemini-cli',
];

/** Triggers whose event content or code comes from people outside the repository's writers. */
export const UNTRUSTED_TRIGGERS: ReadonlySet<string> = new Set([
  'pull_request_target',
  'issue_comment',
  'issues',
  'discussion',
  'discussion_comment',
  'workflow_run',
  'pull_request_review',
  'pull_request_review_comment',
]);

const ACTOR_CHECK =
  /author_association|github\.(?:triggering_)?actor\s*[!=]=|github\.event\.sender\.login\s*[!=]=|event\.comment\.user\.login\s*[!=]=/;

/** Whether `path` is a GitHub Actions workflow. */
export function isWorkflowPath(path: string, text?: string): boolean {
  if (/(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path)) return true;
  // Example workflows kept elsewhere (`examples/`, docs): a YAML file with top-level `on:` and `jobs:`.
  return text !== undefined && /\.ya?ml$/i.test(path) && /^on:/m.test(text) && /^jobs:/m.test(text);
}

/**
 * Reads the steps of a workflow that run an AI agent action (`uses:` matching one
 * of `actions`, by `owner/repo` with any ref), with the workflow's triggers, the
 * job's effective permissions (job over workflow; `write-all` or any `write` other
 * than `id-token`), whether secrets reach the job or step, and whether an
 * `author_association` / actor check gates the job or step (a check that is only
 * one alternative of an `||` does not count). Never throws; unreadable YAML gives
 * no steps.
 */
export function readCiAgents(path: string, text: string, actions: readonly string[] = DEFAULT_CI_AGENT_ACTIONS): CiAgentStep[] {
  const { node } = readYamlTree(text);
  if (node?.kind !== 'object') return readCiAgentsByLine(path, text, actions);
  const on = entryOf(node, 'on')?.value ?? entryOf(node, 'true')?.value;
  const triggers =
    on === undefined
      ? []
      : on.kind === 'scalar'
        ? [String(on.value)]
        : on.kind === 'array'
          ? on.items.map((i) => scalarText(i) ?? '')
          : on.entries.map((e) => e.key);
  const untrusted = triggers.some((t) => UNTRUSTED_TRIGGERS.has(t));
  const workflowPermissions = entryOf(node, 'permissions')?.value;
  const workflowEnv = entryOf(node, 'env')?.value;
  const jobs = entryOf(node, 'jobs')?.value;
  if (jobs?.kind !== 'object') return [];
  const out: CiAgentStep[] = [];
  for (const job of jobs.entries) {
    if (job.value.kind !== 'object') continue;
    const steps = entryOf(job.value, 'steps')?.value;
    if (steps?.kind !== 'array') continue;
    const permissions = entryOf(job.value, 'permissions')?.value ?? workflowPermissions;
    const jobIf = text.slice(entryOf(job.value, 'if')?.value.start ?? 0, entryOf(job.value, 'if')?.value.end ?? 0);
    const jobSecrets = mentionsSecrets(text, entryOf(job.value, 'env')?.value) || mentionsSecrets(text, workflowEnv);
    for (const step of steps.items) {
      if (step.kind !== 'object') continue;
      const uses = entryOf(step, 'uses')?.value;
      const action = scalarText(uses);
      if (!uses || action === undefined) continue;
      const bare = action.split('@')[0]?.toLowerCase() ?? '';
      if (!actions.some((a) => bare === a.toLowerCase() || bare.startsWith(`${a.toLowerCase()}/`))) continue;
      const stepIf = text.slice(entryOf(step, 'if')?.value.start ?? 0, entryOf(step, 'if')?.value.end ?? 0);
      out.push({
        path,
        action,
        span: { start: uses.start, end: uses.end },
        triggers,
        untrustedTrigger: untrusted,
        writePermissions: hasWrite(permissions),
        secrets: jobSecrets || mentionsSecrets(text, entryOf(step, 'with')?.value) || mentionsSecrets(text, entryOf(step, 'env')?.value),
        actorGate: isActorGate(jobIf) || isActorGate(stepIf),
      });
    }
  }
  return out;
}

function mentionsSecrets(text: string, node: ConfigNode | undefined): boolean {
  return node !== undefined && /\bsecrets\./.test(text.slice(node.start, node.end));
}

/** True for `write-all` or any `<scope>: write` other than `id-token` (OIDC). */
function hasWrite(node: ConfigNode | undefined): boolean {
  if (!node) return false;
  if (node.kind === 'scalar') return node.value === 'write-all';
  if (node.kind !== 'object') return false;
  return node.entries.some((e) => e.key !== 'id-token' && scalarText(e.value) === 'write');
}

/**
 * Whether an `if:` expression requires an actor check: the check is present and
 * the innermost group holding it has no `||` alternative without one.
 */
export function isActorGate(expression: string): boolean {
  const m = ACTOR_CHECK.exec(expression);
  if (!m) return false;
  // Every group enclosing the check, innermost first, ending with the whole expression.
  let from = m.index;
  for (;;) {
    const open = enclosingOpen(expression, from);
    const close = open === -1 ? expression.length : matchingClose(expression, open);
    if (!splitOr(expression.slice(open + 1, close)).every((d) => ACTOR_CHECK.test(d))) return false;
    if (open === -1) return true;
    from = open;
  }
}

/** The `(` of the innermost group (not a call's argument list) holding `at`, or -1. */
function enclosingOpen(expression: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const c = expression[i];
    if (c === ')') depth++;
    else if (c === '(') {
      if (depth > 0) depth--;
      else if (!/\w/.test(expression[i - 1] ?? '')) return i;
    }
  }
  return -1;
}

function matchingClose(expression: string, open: number): number {
  let depth = 0;
  for (let i = open; i < expression.length; i++) {
    if (expression[i] === '(') depth++;
    else if (expression[i] === ')' && --depth === 0) return i;
  }
  return expression.length;
}

/** The top-level `||` alternatives of an expression. */
function splitOr(group: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < group.length; i++) {
    const c = group[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === '|' && group[i + 1] === '|') {
      out.push(group.slice(last, i));
      last = i + 2;
      i++;
    }
  }
  out.push(group.slice(last));
  return out;
}

/**
 * For a workflow the YAML reader refuses: the agent `uses:` lines, with triggers,
 * write permissions and secrets judged from the whole text (a broken workflow does
 * not run, but the next fix will; the step is still listed).
 */
function readCiAgentsByLine(path: string, text: string, actions: readonly string[]): CiAgentStep[] {
  const out: CiAgentStep[] = [];
  const triggers = [...UNTRUSTED_TRIGGERS].filter((t) => new RegExp(String.raw`^\s*-?\s*${t}\s*:?\s*$|^on:\s*\[?[^\n]*\b${t}\b`, 'm').test(text));
  const re = /^\s*-?\s*uses:\s*["']?([^\s"'#]+)/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const action = m[1] as string;
    const bare = action.split('@')[0]?.toLowerCase() ?? '';
    if (!actions.some((a) => bare === a.toLowerCase())) continue;
    const start = m.index + m[0].length - action.length;
    out.push({
      path,
      action,
      span: { start, end: start + action.length },
      triggers,
      untrustedTrigger: triggers.length > 0,
      writePermissions: /:\s*write\b|write-all/.test(text),
      secrets: /\bsecrets\./.test(text),
      actorGate: ACTOR_CHECK.test(text),
    });
  }
  return out;
}
