import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ignoreMatcher } from '../../shared/engine/stages/ignore-matcher.js';
import {
  ACCESS_LOCK_PATH,
  checkGrants,
  lockGrants,
  parseAccessLock,
  renderAccessLock,
  requestedGrants,
  type AccessLock,
  type GrantStatus,
} from '../../shared/access/access-lock.js';
import { resolvePolicy, type ResolvedPolicy } from '../../shared/policy/resolve-policy.js';
import { collectInventory } from '../../shared/scopes/collect-inventory.js';
import { isScopeCandidate } from '../../shared/scopes/is-scope-candidate.js';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../cli-io.js';
import { gitTopLevel } from '../../node/git.js';
import { listWorkspaceFiles, readWorkspaceFiles } from '../../node/read-workspace-files.js';
import { readRepositoryPolicy } from '../../node/read-policy-sources.js';

interface AccessOptions {
  approvedBy?: string;
  /** `--reapprove [CONNECTOR...]`: true (every grant) or the connectors whose grants are re-approved. */
  reapprove?: boolean | string[];
  now?: string;
  format?: 'text' | 'json' | 'markdown';
}

/** `--now` as an ISO date (default: today, UTC), or a usage error. */
function nowOf(raw: string | undefined): string {
  if (raw === undefined) return new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}/.test(raw) || Number.isNaN(Date.parse(raw)))
    throw new UsageError(`--now ${JSON.stringify(raw)}: expected an ISO 8601 date such as 2026-12-04.`);
  return raw;
}

async function repository(io: CliIo): Promise<{ root: string; policy: ResolvedPolicy }> {
  const root = (await gitTopLevel(io.cwd)) ?? io.cwd;
  const source = await readRepositoryPolicy(root);
  const policy = resolvePolicy(source ? { repository: source } : {});
  for (const e of policy.errors) io.stderr.write(`tollgate: ${e.file}:${e.line}:${e.column}: ${e.key ? `${e.key}: ` : ''}${e.message}. ${e.hint}\n`);
  if (policy.errors.length > 0) throw new UsageError('the policy has errors (above); fix them first.');
  return { root, policy };
}

/** The grants the repository requests today: what `tollgate scopes` reports, one per connector/provider/scope. */
async function requestedNow(root: string, policy: ResolvedPolicy) {
  const isIgnored = ignoreMatcher(policy.policy);
  const files = await listWorkspaceFiles(root, [root], (await gitTopLevel(root)) !== undefined);
  const wanted = files.filter((f) => isScopeCandidate(f) && !isIgnored(f));
  const { head } = await readWorkspaceFiles(root, wanted, policy.policy.limits.maxFileBytes);
  const inventory = await collectInventory(head, [...head.keys()].sort());
  return requestedGrants(inventory.entries);
}

/** Reads the lock; a missing lock is `undefined`, an invalid one a usage error naming file, line and key. */
async function readLock(root: string): Promise<AccessLock | undefined> {
  const text = await readFile(join(root, ACCESS_LOCK_PATH), 'utf8').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw new UsageError(`${ACCESS_LOCK_PATH}: cannot be read (${e.code ?? 'error'}).`);
  });
  if (text === undefined) return undefined;
  const { lock, problems } = parseAccessLock(text);
  if (!lock) {
    const p = problems[0]!;
    throw new UsageError(
      `${ACCESS_LOCK_PATH}:${p.line}: ${p.key ? `${p.key}: ` : ''}${p.message}.${problems.length > 1 ? ` (${problems.length - 1} more)` : ''}`,
    );
  }
  return lock;
}

/** `tollgate access lock`: writes or updates the lock with every grant requested today. */
export async function accessLockCommand(options: AccessOptions, io: CliIo): Promise<number> {
  if (!options.approvedBy) throw new UsageError('access lock records who approved new grants: pass --approved-by @you (a GitHub handle or a name).');
  const now = nowOf(options.now);
  const { root, policy } = await repository(io);
  const previous = await readLock(root);
  const requested = await requestedNow(root, policy);
  const reapprove =
    options.reapprove === true
      ? () => true
      : Array.isArray(options.reapprove)
        ? (g: { connector: string }) => (options.reapprove as string[]).includes(g.connector)
        : undefined;
  if (Array.isArray(options.reapprove)) {
    const unknown = options.reapprove.filter((c) => !requested.some((r) => r.connector === c));
    if (unknown.length > 0)
      throw new UsageError(`--reapprove ${unknown.join(', ')}: no such connector requests a grant (see \`tollgate access check\`).`);
  }
  const lock = lockGrants(requested, previous, { approvedBy: options.approvedBy, now, ...(reapprove ? { reapprove } : {}) });
  const before = new Set((previous?.grants ?? []).map((g) => `${g.connector}\0${g.provider}\0${g.scope}\0${g.approvedAt}`));
  const fresh = lock.grants.filter((g) => !before.has(`${g.connector}\0${g.provider}\0${g.scope}\0${g.approvedAt}`)).length;
  const target = join(root, ACCESS_LOCK_PATH);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, renderAccessLock(lock));
  io.stdout.write(
    `wrote ${ACCESS_LOCK_PATH}: ${lock.grants.length} grant(s), ${fresh} newly approved by ${options.approvedBy}, ${(previous?.grants.length ?? 0) - (lock.grants.length - fresh)} dropped\n`,
  );
  return 0;
}

/** `tollgate access check`: requested grants against the lock. Exit 1 when any is unapproved or review-due. */
export async function accessCheckCommand(options: AccessOptions, io: CliIo): Promise<number> {
  const now = nowOf(options.now);
  const { root, policy } = await repository(io);
  const lock = (await readLock(root)) ?? { version: 1 as const, grants: [] };
  const statuses = checkGrants(await requestedNow(root, policy), lock, { now, reviewIntervalDays: policy.policy.access.reviewIntervalDays });
  if (options.format === 'json') io.stdout.write(`${JSON.stringify({ grants: statuses }, null, 2)}\n`);
  else io.stdout.write(renderText(statuses, policy.policy.access.reviewIntervalDays));
  return statuses.some((s) => s.status === 'unapproved' || s.status === 'review-due') ? 1 : 0;
}

function renderText(statuses: readonly GrantStatus[], days: number): string {
  if (statuses.length === 0) return 'No grants requested and none locked.\n';
  const lines = statuses.map(
    (s) =>
      `  ${s.status.padEnd(10)}  ${s.connector}  ${s.provider} ${s.scope}${s.path ? `  ${s.path}:${s.line}` : ''}${s.approvedAt ? `  approved ${s.approvedAt}` : ''}`,
  );
  const count = (k: GrantStatus['status']): number => statuses.filter((s) => s.status === k).length;
  return `${lines.join('\n')}\n\n${count('approved')} approved, ${count('unapproved')} unapproved, ${count('review-due')} review-due (older than ${days} days), ${count('removed')} removed.\n`;
}

/** One row of `tollgate access report`. */
interface ReportRow {
  connector: string;
  provider: string;
  scope: string;
  access: string;
  status: GrantStatus['status'];
  approvedBy?: string;
  approvedAt?: string;
  ageDays?: number;
  paths: readonly string[];
}

/**
 * `tollgate access report`: the grant inventory for auditors (SOC 2 CC6.2/CC6.3
 * access reviews): every grant requested or locked, its status, who approved it,
 * when, and how many days ago. JSON or Markdown. Exit 0 (it reports; `check` gates).
 */
export async function accessReportCommand(options: AccessOptions, io: CliIo): Promise<number> {
  const now = nowOf(options.now);
  const { root, policy } = await repository(io);
  const lock = (await readLock(root)) ?? { version: 1 as const, grants: [] };
  const requested = await requestedNow(root, policy);
  const statuses = checkGrants(requested, lock, { now, reviewIntervalDays: policy.policy.access.reviewIntervalDays });
  const locked = new Map(lock.grants.map((g) => [`${g.connector}\0${g.provider}\0${g.scope}`, g]));
  const wanted = new Map(requested.map((r) => [`${r.connector}\0${r.provider}\0${r.scope}`, r]));
  const rows: ReportRow[] = statuses.map((s) => {
    const key = `${s.connector}\0${s.provider}\0${s.scope}`;
    const g = locked.get(key);
    const r = wanted.get(key);
    return {
      connector: s.connector,
      provider: s.provider,
      scope: s.scope,
      access: r?.access ?? g?.access ?? 'unknown',
      status: s.status,
      ...(g
        ? { approvedBy: g.approvedBy, approvedAt: g.approvedAt, ageDays: Math.floor((Date.parse(now) - Date.parse(g.approvedAt)) / 86_400_000) }
        : {}),
      paths: r?.paths ?? g?.paths ?? [],
    };
  });
  if (options.format === 'markdown') {
    const cell = (v: string): string => v.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);
    const lines = [
      `## Access review — ${now}`,
      '',
      `Review interval: ${policy.policy.access.reviewIntervalDays} days. Lock: \`${ACCESS_LOCK_PATH}\`.`,
      '',
      '| Connector | Provider | Scope | Access | Status | Approved by | Approved | Age (days) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${cell(r.connector)} | ${cell(r.provider)} | ${cell(r.scope)} | ${r.access} | ${r.status} | ${cell(r.approvedBy ?? '—')} | ${r.approvedAt ?? '—'} | ${r.ageDays ?? '—'} |`,
      ),
      '',
    ];
    io.stdout.write(lines.join('\n'));
  } else
    io.stdout.write(`${JSON.stringify({ generatedAt: now, reviewIntervalDays: policy.policy.access.reviewIntervalDays, grants: rows }, null, 2)}\n`);
  return 0;
}
