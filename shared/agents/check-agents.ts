import type { FileSet } from '../files/file-set.js';
import { isCredentialName } from '../flows/classify-name.js';
import type { RawFinding } from '../model/finding.js';
import { fileKindOf } from '../secrets/file-kind.js';
import { hasVendorPrefix, maskSecret } from '../secrets/mask-secret.js';
import { scanFileForSecrets } from '../secrets/secrets-analyzer.js';
import { fileNotAnalyzedFinding } from '../typescript/file-not-analyzed-finding.js';
import type { ServerSetting } from './agent-model.js';
import type { AgentsPolicy } from './agents-policy.js';
import { agentsRules } from './agents-rules.js';
import { accessAtLeast } from './classify-tool.js';
import { serverTarget, type AgentInventory, type ServerEntry, type ToolEntry } from './collect-agents.js';
import type { TrifectaLeg } from './server-catalog.js';
import { toolTrifectas } from './tool-trifecta.js';

const PLACEHOLDER =
  /\$\{|\{\{|^\$[A-Za-z_]\w*$|^%\w+%$|^<[^>]*>$|\byour[_-]|_here\b|REDACTED|xxxx|\*{3,}|changeme|change[_-]me|placeholder|example|dummy|replace[_-]?me|^(?:true|false|null|none|\d+)$/i;

/** Whether a setting's value is a reference or a placeholder rather than a literal credential. */
export function isPlaceholder(value: string): boolean {
  return value.trim() === '' || PLACEHOLDER.test(value);
}

function looksSecret(s: ServerSetting): boolean {
  if (isPlaceholder(s.value)) return false;
  if (hasVendorPrefix(s.value)) return true;
  const bearer = s.value.replace(/^(?:Bearer|Basic|Token)\s+/i, '');
  const named = s.source === 'arg' || isCredentialName(s.key) || /^(?:x-)?api[-_]?key$|^authorization$/i.test(s.key);
  return named && bearer.length >= 8 && !/^https?:\/\/[^@]*$/.test(bearer) && !/^[./~]/.test(bearer) && !/\s/.test(bearer);
}

function hostOf(url: string | undefined): { scheme: string; host: string } | undefined {
  const m = url ? /^([a-z][a-z0-9+.-]*):\/\/(?:[^@/]*@)?(\[[^\]]+\]|[^/:?#]+)/i.exec(url) : null;
  return m ? { scheme: (m[1] as string).toLowerCase(), host: (m[2] as string).toLowerCase() } : undefined;
}

/** Loopback only: `http://` elsewhere, even on a private network, is reported. */
function isLoopback(host: string): boolean {
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\./.test(host) ||
    host === '[::1]' ||
    host === '::1' ||
    host === '0.0.0.0' ||
    host === 'host.docker.internal'
  );
}

const HOME_ROOT =
  /^(?:\/|~\/?|\$HOME\/?|\$\{HOME\}\/?|%USERPROFILE%\\?|\/home\/[^/]+\/?|\/Users\/[^/]+\/?|[A-Za-z]:\\?|[A-Za-z]:\\Users\\[^\\]+\\?|\/root\/?)$/;

function onAllowList(s: ServerEntry, allow: readonly string[]): boolean {
  const target = s.launch?.target ?? '';
  const bare = target
    .replace(/(?<=.)@[^/@]*$/, '')
    .replace(/==.*$/, '')
    .replace(/[:@][^/]*$/, '');
  const host = hostOf(s.url)?.host;
  return allow.some((a) => a === s.name || a === target || a === bare || (host !== undefined && (a === host || a === s.url)));
}

/**
 * The findings of the agents analyzer for one inventory: server rules
 * (inline secrets, pinning, transport, auth, filesystem roots, shell, allow list),
 * tool rules (unapproved writes, mislabelled read-only, shell tools), the lethal
 * trifecta per agent configuration, CI agents on untrusted triggers, and notes for
 * what could not be read.
 */
export async function checkAgents(inv: AgentInventory, files: FileSet, policy: AgentsPolicy): Promise<RawFinding[]> {
  return (await checkAgentsByKind(inv, files, policy)).flat();
}

/**
 * `checkAgents`'s findings in its eight kinds, in the order it lists them: unreadable
 * configurations, files not analyzed, server rules, listeners, tool rules, server
 * trifectas, tool trifectas, CI agents. Every check reads one file's part of the
 * inventory only, so the findings of a whole inventory are, kind by kind, those of
 * its files' inventories one after another (the agents analyzer's per-file phase
 * keeps them apart to put them together in this order).
 */
export async function checkAgentsByKind(inv: AgentInventory, files: FileSet, policy: AgentsPolicy): Promise<RawFinding[][]> {
  const kinds: RawFinding[][] = [];
  const kind = (): RawFinding[] => {
    const list: RawFinding[] = [];
    kinds.push(list);
    return list;
  };
  const r = agentsRules;
  let out = kind();
  for (const p of inv.problems)
    out.push({
      ruleId: r.unresolved.id,
      messageId: 'malformed',
      path: p.path,
      range: { start: p.offset, end: p.offset },
      data: { reason: p.reason },
    });
  out = kind();
  for (const n of inv.notAnalyzed) out.push(fileNotAnalyzedFinding(n.path, n.limit));

  // Secrets the secret detectors see in config files, by path, to confirm settings.
  const detected = new Map<string, { start: number; end: number; value: string }[]>();
  for (const path of new Set(inv.servers.filter((s) => s.settings.some((x) => !isPlaceholder(x.value))).map((s) => s.path))) {
    const text = files.get(path) ?? '';
    const found = await scanFileForSecrets({ path, text, kind: fileKindOf(path, text) });
    detected.set(
      path,
      found.map((c) => ({ start: c.start, end: c.end, value: c.value })),
    );
  }

  out = kind();
  for (const s of inv.servers) {
    const at = { path: s.path, range: s.span, fingerprintHint: s.name };
    const name = { server: s.name };
    for (const setting of s.settings) {
      const hit = (detected.get(s.path) ?? []).find((c) => c.start < setting.end && setting.start < c.end);
      if (!hit && !looksSecret(setting)) continue;
      const value = hit?.value ?? setting.value.replace(/^(?:Bearer|Basic|Token)\s+/i, '');
      out.push({
        ruleId: r.inlineSecret.id,
        messageId: 'inline',
        path: s.path,
        range: { start: setting.start, end: setting.end },
        fingerprintHint: `${s.name}:${setting.key}`,
        data: { ...name, source: setting.source, key: setting.key, masked: maskSecret(value) },
      });
    }
    if (s.launch && !s.launch.pinned)
      out.push({
        ...at,
        ruleId: r.unpinnedServer.id,
        messageId: 'unpinned',
        data: { ...name, target: s.launch.target ?? s.command ?? '', launcher: s.launch.launcher },
      });
    const url = hostOf(s.url);
    if (url && url.scheme === 'http' && !isLoopback(url.host) && !url.host.includes('${'))
      out.push({ ...at, ruleId: r.insecureTransport.id, messageId: 'http', data: { ...name, host: url.host } });
    const credential =
      s.settings.some((x) => x.source === 'header' || isCredentialName(x.key)) || /[?&](?:api[_-]?key|token|key|access_token)=/i.test(s.url ?? '');
    if (url && !isLoopback(url.host) && !url.host.includes('${') && !credential && s.catalog?.hostedAuth === undefined && s.transport !== 'stdio') {
      out.push({ ...at, ruleId: r.unauthenticatedRemote.id, messageId: 'noAuth', data: { ...name, host: url.host } });
    }
    if (s.catalog?.filesystem && s.launch) {
      const root = s.launch.rest.find((a) => HOME_ROOT.test(a));
      if (root !== undefined) out.push({ ...at, ruleId: r.filesystemRoot.id, messageId: 'root', data: { ...name, root } });
    }
    if (s.launch?.shellCommand)
      out.push({ ...at, ruleId: r.shellServer.id, messageId: 'shellCommand', data: { ...name, launcher: s.launch.launcher } });
    else if (s.catalog?.shell) out.push({ ...at, ruleId: r.shellServer.id, messageId: 'shellServer', data: { ...name, system: s.catalog.system } });
    if (policy.servers.allow.length > 0 && !onAllowList(s, policy.servers.allow)) {
      out.push({
        ...at,
        ruleId: r.notAllowedServer.id,
        messageId: 'notAllowed',
        data: { ...name, target: serverTarget(s) || s.name },
      });
    }
    if (s.unresolved) out.push({ ...at, ruleId: r.unresolved.id, messageId: 'dynamicServer', data: { ...name, what: s.unresolved } });
  }
  out = kind();
  for (const l of inv.listeners) out.push({ ruleId: r.unauthenticatedRemote.id, messageId: 'listens', path: l.path, range: l.span });

  out = kind();
  for (const t of inv.tools) out.push(...toolFindings(t, policy));
  kind().push(...trifectaFindings(inv.servers));
  out = kind();
  for (const path of new Set(inv.tools.map((t) => t.path))) {
    for (const t of toolTrifectas(
      path,
      files.get(path) ?? '',
      inv.tools.filter((x) => x.path === path),
    )) {
      out.push({
        ruleId: r.lethalTrifecta.id,
        messageId: 'trifecta',
        path,
        range: t.span,
        fingerprintHint: `${t.untrusted}|${t.private}|${t.outbound}`,
        data: { untrusted: t.untrusted, private: t.private, outbound: t.outbound },
      });
    }
  }

  out = kind();
  for (const c of inv.ciAgents) {
    if (!c.untrustedTrigger || c.actorGate || !(c.writePermissions || c.secrets)) continue;
    const holds = [c.writePermissions ? 'write permissions' : '', c.secrets ? 'secrets' : ''].filter(Boolean).join(' and ');
    out.push({
      ruleId: r.untrustedCiAgent.id,
      messageId: 'untrusted',
      path: c.path,
      range: c.span,
      data: { action: c.action, triggers: c.triggers.filter((x) => x !== '').join(', '), holds },
    });
  }
  return kinds;
}

function toolFindings(t: ToolEntry, policy: AgentsPolicy): RawFinding[] {
  const out: RawFinding[] = [];
  const r = agentsRules;
  const at = { path: t.path, range: t.span, fingerprintHint: t.name };
  const data = { tool: t.name, framework: t.framework, access: t.klass.access, reason: t.klass.reason };
  if (t.dynamicName) out.push({ ...at, ruleId: r.unresolved.id, messageId: 'dynamicName', data: { expression: t.name } });
  if (t.klass.shell) out.push({ ...at, ruleId: r.shellServer.id, messageId: 'shellTool', data });
  if (t.readOnlyHint && accessAtLeast(t.klass.access, 'write')) out.push({ ...at, ruleId: r.mislabelledReadOnly.id, messageId: 'mislabelled', data });
  if (!t.approval && t.klass.access !== 'read' && policy.approval.required.includes(t.klass.access))
    out.push({ ...at, ruleId: r.unapprovedWrite.id, messageId: 'noGate', data });
  return out;
}

/**
 * One finding per agent configuration (a server block, or a code file) whose
 * servers cover all three legs with three different servers.
 */
function trifectaFindings(servers: readonly ServerEntry[]): RawFinding[] {
  const groups = new Map<string, ServerEntry[]>();
  for (const s of servers) {
    const key = s.source === 'config' ? `${s.path}\0${s.group.start}` : s.path;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const out: RawFinding[] = [];
  for (const list of groups.values()) {
    const withLeg = (leg: TrifectaLeg): ServerEntry[] => list.filter((s) => s.catalog?.legs.includes(leg));
    const triple = pickTriple(withLeg('untrusted'), withLeg('private'), withLeg('outbound'));
    if (!triple) continue;
    const first = list[0] as ServerEntry;
    const [u, p, o] = triple;
    out.push({
      ruleId: agentsRules.lethalTrifecta.id,
      messageId: 'trifecta',
      path: first.path,
      range: first.source === 'config' ? first.group : first.span,
      fingerprintHint: `${u.name}|${p.name}|${o.name}`,
      data: { untrusted: u.name, private: p.name, outbound: o.name },
    });
  }
  return out;
}

function pickTriple(
  u: readonly ServerEntry[],
  p: readonly ServerEntry[],
  o: readonly ServerEntry[],
): [ServerEntry, ServerEntry, ServerEntry] | undefined {
  for (const a of u) for (const b of p) if (b !== a) for (const c of o) if (c !== a && c !== b) return [a, b, c];
  return undefined;
}
