import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectProvider } from '../shared/scopes/catalog/detect-provider.js';
import { lookupScope } from '../shared/scopes/catalog/lookup-scope.js';
import { SCOPE_CATALOGS } from '../shared/scopes/catalog/scope-catalogs.js';

const ACCESS_MEANING = {
  read: 'reads data, changes nothing',
  write: 'creates, changes or deletes data',
  admin: 'administers the account or workspace (or is a wildcard): everything, including what is added later',
  unknown: 'not classified',
} as const;

/** The token under the cursor: a quoted string's content, else a run of non-separator characters. */
function tokenAt(line: string, character: number): { text: string; start: number } | undefined {
  for (const quote of ['"', "'", '`']) {
    let open = -1;
    for (let i = 0; i < line.length; i++) {
      if (line[i] !== quote || line[i - 1] === '\\') continue;
      if (open === -1) open = i;
      else {
        if (character > open && character <= i) return { text: line.slice(open + 1, i), start: open + 1 };
        open = -1;
      }
    }
  }
  const isPart = (c: string | undefined): boolean => c !== undefined && !/[\s,'"`()[\]{}=]/.test(c);
  let s = character;
  let e = character;
  while (s > 0 && isPart(line[s - 1])) s -= 1;
  while (isPart(line[e])) e += 1;
  if (e <= s) return undefined;
  let text = line.slice(s, e);
  // A YAML list item or key/value: `- chat:write`, `scope: chat:write`.
  text = text.replace(/^-$/, '');
  return text === '' ? undefined : { text, start: s };
}

/**
 * Hover for a scope string: the provider, what the scope grants (its access class
 * and reach, and the catalog's note), the narrower alternatives and the vendor's
 * page. Only for scopes the catalog lists or a vendor naming convention classifies.
 * Splits space- and comma-separated scope lists and explains the one under the cursor.
 */
export function scopeHover(document: TextDocument, position: Position): Hover | undefined {
  const line = document
    .getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } })
    .replace(/\r?\n$/, '');
  const token = tokenAt(line, position.character);
  if (!token) return undefined;
  // Pick the piece of a `a b` / `a,b` list under the cursor.
  let offset = token.start;
  let piece: { text: string; start: number } | undefined;
  for (const part of token.text.split(/([\s,]+)/)) {
    if (!/^[\s,]*$/.test(part) && position.character >= offset && position.character <= offset + part.length) piece = { text: part, start: offset };
    offset += part.length;
  }
  if (!piece) return undefined;
  const provider = detectProvider(piece.text);
  if (!provider) return undefined;
  const scope = lookupScope(provider, piece.text);
  if (scope.basis === 'unknown' || scope.access === 'unknown') return undefined;
  const title = SCOPE_CATALOGS[provider].title;
  const lines = [
    `**${title}** scope \`${scope.normalized}\``,
    '',
    `Access: **${scope.access}** — ${ACCESS_MEANING[scope.access]}; reach: ${scope.breadth === 'workspace' ? 'the whole workspace / account' : 'specific resources'}${scope.wildcard ? '; a wildcard' : ''}.`,
  ];
  if (scope.note) lines.push('', scope.note);
  if (scope.basis === 'convention') lines.push('', "Classified by the vendor's naming convention; the catalog does not list it.");
  if (scope.narrower.length > 0) lines.push('', `Narrower: ${scope.narrower.map((n) => `\`${n}\``).join(', ')}`);
  if (scope.docsUrl) lines.push('', `[${title} documentation](${scope.docsUrl})`);
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: { start: { line: position.line, character: piece.start }, end: { line: position.line, character: piece.start + piece.text.length } },
  };
}
