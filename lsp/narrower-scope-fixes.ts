import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lookupScope } from '../shared/scopes/catalog/lookup-scope.js';
import type { DiagnosticData } from './to-diagnostic.js';

/**
 * Code actions that replace an over-broad scope with each narrower alternative the
 * scope catalog lists (`shared/scopes/catalog`), keeping how the scope was written
 * (a Google scope URL stays a URL). Only for `scopes/*` diagnostics that name a scope
 * and its provider, and only when the flagged text is the scope itself.
 */
export function narrowerScopeFixes(document: TextDocument, diagnostic: Diagnostic): CodeAction[] {
  const ruleId = String(diagnostic.code ?? '');
  const data = (diagnostic.data as DiagnosticData | undefined)?.findingData;
  if (!ruleId.startsWith('scopes/') || !data) return [];
  const scope = typeof data.scope === 'string' ? data.scope : undefined;
  const provider = typeof data.provider === 'string' ? data.provider : undefined;
  if (!scope || !provider) return [];
  const written = document.getText(diagnostic.range);
  if (written.trim() !== scope.trim()) return [];
  const known = lookupScope(provider, scope);
  const alternatives = [...new Set([...(typeof data.alternative === 'string' ? [data.alternative] : []), ...known.narrower])].filter(
    (a) => a !== known.normalized,
  );
  // Keep a prefix the catalog strips (`https://www.googleapis.com/auth/`).
  const prefix = written.toLowerCase().endsWith(known.normalized.toLowerCase()) ? written.slice(0, written.length - known.normalized.length) : '';
  return alternatives.map((alternative, i) => {
    const replacement = alternative.includes('://') ? alternative : `${prefix}${alternative}`;
    const narrower = lookupScope(provider, replacement);
    return {
      title: `Use the narrower scope ${alternative}${narrower.access === 'unknown' ? '' : ` (${narrower.access}, ${narrower.breadth})`}`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      ...(i === 0 ? { isPreferred: true } : {}),
      edit: { changes: { [document.uri]: [{ range: diagnostic.range, newText: replacement }] } },
    };
  });
}
