import type { AnalyzerReport, AnalyzerReportParts } from '../analyzer/analyzer.js';
import { escapeMarkdown } from '../report/escape-markdown.js';
import { markdownCodeSpan } from '../report/markdown-code-span.js';
import type { ScopeDiff, ScopeDiffRow } from './diff-scopes.js';
import type { ScopesData } from './scopes-analyzer.js';

/** At most this many rows in the comment; the JSON holds them all. */
const MAX_ROWS = 60;

const CHANGE_LABEL: Readonly<Record<ScopeDiffRow['change'], string>> = {
  escalated: '⬆️ escalated',
  broadened: '↔️ broadened',
  added: '➕ added',
  removed: '➖ removed',
  reduced: '⬇️ reduced',
};

const ORDER: Readonly<Record<ScopeDiffRow['change'], number>> = { escalated: 0, broadened: 1, added: 2, reduced: 3, removed: 4 };

function cls(access: string | null, breadth: string | null, scope?: string): string {
  if (access === null) return '—';
  if (access === 'unknown') return 'unknown (not in the catalog)';
  const text = `${access}${breadth === 'workspace' ? ', workspace-wide' : ''}`;
  return scope ? `${escapeMarkdown(text)} (${markdownCodeSpan(scope)})` : escapeMarkdown(text);
}

function row(r: ScopeDiffRow): string {
  const narrower = r.narrower.length > 0 ? ` Narrower: ${r.narrower.map((n) => markdownCodeSpan(n)).join(', ')}.` : '';
  const why = `${CHANGE_LABEL[r.change]}${r.newWildcard ? ' wildcard' : ''}: ${escapeMarkdown(r.why)}.${narrower}`;
  const scope = `${markdownCodeSpan(r.scope) || escapeMarkdown(r.scope)} <sub>${escapeMarkdown(r.provider)}</sub>`;
  return `| ${escapeMarkdown(r.connector)} | ${scope} | ${cls(r.before, r.beforeBreadth, r.change === 'escalated' || r.change === 'reduced' ? r.beforeScope : undefined)} | ${cls(r.after, r.afterBreadth)} | ${why} |`;
}

/**
 * The scopes analyzer's share of the reports, for a review (a scan has no diff):
 * the diff as `scopeDiff` in the JSON, and a scope-diff table (connector, scope,
 * before, after, why it matters, with the narrower alternative) in the Markdown
 * comment, left out when no scope changed.
 */
export const scopesReport: AnalyzerReport<ScopesData> = {
  jsonKeys: ['scopeDiff'],
  contribute: (data) => (data.diff ? diffParts(data.diff) : undefined),
};

function diffParts(diff: ScopeDiff): AnalyzerReportParts {
  const changes = [...diff.changes].sort(
    (a, b) => ORDER[a.change] - ORDER[b.change] || a.connector.localeCompare(b.connector) || a.scope.localeCompare(b.scope),
  );
  const s = diff.summary;
  const facts = [`${s.escalated} escalated`, `${s.broadened} broadened`, `${s.added} added`, `${s.removed} removed`];
  if (s.reduced > 0) facts.push(`${s.reduced} reduced`);
  if (s.newWildcards > 0) facts.push(`**${s.newWildcards} new wildcard${s.newWildcards === 1 ? '' : 's'}**`);
  const markdown =
    changes.length === 0
      ? 'This change does not add, remove or widen any scope.'
      : [
          `${facts.join(' · ')}.`,
          '',
          '| Connector | Scope | Before | After | Why it matters |',
          '| --- | --- | --- | --- | --- |',
          ...changes.slice(0, MAX_ROWS).map(row),
          ...(changes.length > MAX_ROWS
            ? ['', `…and ${changes.length - MAX_ROWS} more; \`tollgate review --format json\` lists them all under \`scopeDiff\`.`]
            : []),
        ].join('\n');
  return {
    json: { scopeDiff: diff },
    markdown: changes.length === 0 ? [] : [{ id: 'scope-diff', markdown }],
  };
}
