import { parse } from 'yaml';
import { isConnectorManifest } from '../scopes/read-connector-auth.js';
import { ACCESS_LOCK_PATH, type GrantStatus } from './access-lock.js';

/** Title of the one issue the App keeps open per repository while grants need review. */
export const ACCESS_REVIEW_TITLE = 'Tollgate: access review due';

/** Hidden marker in the issue's body: how the App finds its issue even after a rename. */
export const ACCESS_REVIEW_MARKER = '<!-- tollgate:access-review -->';

/** An open issue as the issues list returns it (the fields the decision reads). */
export interface OpenIssue {
  readonly number: number;
  readonly title: string;
  readonly body?: string | null;
  readonly user?: { readonly type?: string } | null;
  /** Set on pull requests, which the issues list also returns. */
  readonly pull_request?: unknown;
}

/** What to do with the repository's access-review issue. */
export type AccessReviewAction =
  | { readonly action: 'create'; readonly title: string; readonly body: string }
  | { readonly action: 'update'; readonly number: number; readonly body: string }
  | { readonly action: 'close'; readonly number: number }
  | { readonly action: 'none'; readonly number?: number };

/**
 * The App's open access-review issue: the first carrying the hidden marker, else the
 * first titled {@link ACCESS_REVIEW_TITLE} and opened by a bot (the App). Pull
 * requests are never it.
 */
export function findAccessReviewIssue(issues: readonly OpenIssue[]): OpenIssue | undefined {
  const candidates = issues.filter((i) => i.pull_request === undefined || i.pull_request === null);
  return (
    candidates.find((i) => (i.body ?? '').includes(ACCESS_REVIEW_MARKER)) ??
    candidates.find((i) => i.title === ACCESS_REVIEW_TITLE && i.user?.type === 'Bot')
  );
}

/**
 * Create, update, close or leave the issue: with a body (grants need review) it is
 * created, or updated when its body differs; without one (everything approved) an
 * open issue is closed.
 */
export function decideAccessReviewIssue(body: string | undefined, existing: OpenIssue | undefined): AccessReviewAction {
  if (body === undefined) return existing ? { action: 'close', number: existing.number } : { action: 'none' };
  if (!existing) return { action: 'create', title: ACCESS_REVIEW_TITLE, body };
  return (existing.body ?? '') === body ? { action: 'none', number: existing.number } : { action: 'update', number: existing.number, body };
}

/**
 * Connector owners by connector name, from the connector manifests among `files`
 * (`connectors/<name>/connector.yml`: `name`, else the folder; `owner`). A manifest
 * that is not valid YAML or has no owner adds nothing.
 */
export function connectorOwners(files: ReadonlyMap<string, string>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const [path, text] of files) {
    if (!isConnectorManifest(path)) continue;
    let doc: unknown;
    try {
      doc = parse(text);
    } catch {
      continue;
    }
    if (!doc || typeof doc !== 'object') continue;
    const { name, owner } = doc as { name?: unknown; owner?: unknown };
    const connector = typeof name === 'string' && name.trim() !== '' ? name.trim() : (/connectors\/([^/]+)\/connector\.ya?ml$/.exec(path)?.[1] ?? '');
    if (connector && typeof owner === 'string' && owner.trim() !== '') owners.set(connector, owner.trim());
  }
  return owners;
}

/** A GitHub handle or team as an @-mention, or `undefined` when the owner is not one (an e-mail, a name). */
function mention(owner: string): string | undefined {
  return /^@?[A-Za-z0-9][A-Za-z0-9-]{0,38}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/.test(owner) ? `@${owner.replace(/^@/, '')}` : undefined;
}

const cell = (v: string): string => v.replace(/[|\\`*_<>[\]]/g, (c) => `\\${c}`);

/**
 * The issue's body: the grants that are `review-due` or `unapproved`, grouped by
 * connector, each connector's owner named, every owner @-mentioned once at the top.
 * `undefined` when no grant needs review (the issue should be closed).
 */
export function renderAccessReviewBody(
  statuses: readonly GrantStatus[],
  options: { readonly now: string; readonly reviewIntervalDays: number; readonly owners: ReadonlyMap<string, string> },
): string | undefined {
  const due = statuses.filter((s) => s.status === 'review-due' || s.status === 'unapproved');
  if (due.length === 0) return undefined;
  const byConnector = new Map<string, GrantStatus[]>();
  for (const s of due) byConnector.set(s.connector, [...(byConnector.get(s.connector) ?? []), s]);
  const connectors = [...byConnector.keys()].sort();
  const mentions = [...new Set(connectors.map((c) => options.owners.get(c)).flatMap((o) => (o && mention(o) ? [mention(o) as string] : [])))].sort();
  const count = (k: GrantStatus['status']): number => due.filter((s) => s.status === k).length;
  const lines = [
    ACCESS_REVIEW_MARKER,
    `As of ${options.now.slice(0, 10)}, ${due.length} grant(s) of this repository need an access review: ${count('review-due')} approved more than ${options.reviewIntervalDays} days ago (\`access.reviewIntervalDays\`), ${count('unapproved')} requested without an approval in \`${ACCESS_LOCK_PATH}\`.`,
    '',
    ...(mentions.length > 0 ? [`Connector owners: ${mentions.join(', ')}`, ''] : []),
  ];
  for (const connector of connectors) {
    const owner = options.owners.get(connector);
    lines.push(
      `### ${cell(connector)}${owner ? ` (owner \`${owner.replace(/`/g, '')}\`)` : ''}`,
      '',
      '| Provider | Scope | Status | Approved | Where |',
      '| --- | --- | --- | --- | --- |',
    );
    for (const s of byConnector.get(connector) ?? []) {
      lines.push(
        `| ${cell(s.provider)} | ${cell(s.scope)} | ${s.status} | ${s.approvedAt ?? '—'} | ${s.path ? `${cell(s.path)}:${s.line ?? 1}` : '—'} |`,
      );
    }
    lines.push('');
  }
  lines.push(
    `To re-approve, review the grants and run \`tollgate access lock --approved-by @you --reapprove\` in a pull request (or \`--reapprove <connector>\` for some connectors), then merge it. Tollgate updates this issue daily and closes it when every grant is approved (docs/access.md).`,
    '',
  );
  return lines.join('\n');
}
