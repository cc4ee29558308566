import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLanguage } from './document-language.js';

/** How a line comment is written in each language; undefined where there are none (JSON). */
function commentFor(language: DocumentLanguage): { open: string; close: string } | undefined {
  switch (language) {
    case 'typescript':
      return { open: '// ', close: '' };
    case 'python':
    case 'yaml':
    case 'dotenv':
    case 'dockerfile':
    case 'other':
      return { open: '# ', close: '' };
    case 'markdown':
      return { open: '<!-- ', close: ' -->' };
    case 'prompt':
      return { open: '{# ', close: ' #}' };
    case 'json':
      return undefined;
  }
}

/**
 * A code action that adds a `tollgate-ignore <rule>: ` comment on its own line above
 * the finding, in the document's comment syntax, with the reason left for the author
 * to write: until they do, the engine reports the suppression as missing its reason
 * (`suppressions/without-reason`) and the finding stays. None for JSON (no comments)
 * and for suppression and engine findings, which cannot be suppressed.
 */
export function suppressionFix(document: TextDocument, diagnostic: Diagnostic, language: DocumentLanguage): CodeAction | undefined {
  const ruleId = String(diagnostic.code ?? '');
  if (ruleId === '' || ruleId.startsWith('suppressions/') || ruleId.startsWith('tollgate/')) return undefined;
  const comment = commentFor(language);
  if (!comment) return undefined;
  const line = diagnostic.range.start.line;
  const lineText = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return {
    title: `Suppress ${ruleId} on this line (write the reason after the colon)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [document.uri]: [
          {
            range: { start: { line, character: 0 }, end: { line, character: 0 } },
            newText: `${indent}${comment.open}tollgate-ignore ${ruleId}: ${comment.close}\n`,
          },
        ],
      },
    },
  };
}
