import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLanguage } from './document-language.js';

const QUOTES = new Set(['"', "'", '`']);

/** `apiKey` / `api-key` / `API_KEY` -> `API_KEY`. */
function toEnvName(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/**
 * The variable name for the secret: the key it is assigned to on its line
 * (`apiKey: "…"` -> `API_KEY`), else one made from the rule (`secrets/stripe-key` ->
 * `STRIPE_KEY`).
 */
function variableName(before: string, ruleId: string): string {
  const m = /([A-Za-z_][\w-]*)["']?\s*(?::|=|:=|=>)\s*(?:[A-Za-z]*\()?\s*["'`]?$/.exec(before);
  const fromKey = m ? toEnvName(m[1] as string) : '';
  if (fromKey !== '' && !/^(CONST|LET|VAR|ENV)$/.test(fromKey)) return fromKey;
  return toEnvName(ruleId.split('/').pop() ?? 'SECRET') || 'SECRET';
}

/**
 * A quick fix that moves a hard-coded secret into an environment-variable reference
 * in the document's language: `process.env.NAME` (TypeScript/JavaScript),
 * `os.environ["NAME"]` (Python, adding `import os` when missing), `${{ secrets.NAME }}`
 * in GitHub workflows, `${NAME}` in other YAML, JSON, Dockerfiles, Markdown and prompt
 * templates. None for `.env` files (they are where the value belongs) and
 * whole-file findings.
 */
export function envVarFix(document: TextDocument, diagnostic: Diagnostic, language: DocumentLanguage, path: string): CodeAction | undefined {
  const ruleId = String(diagnostic.code ?? '');
  if (!ruleId.startsWith('secrets/') || ruleId === 'secrets/committed-dotenv' || ruleId === 'secrets/kubernetes-secret') return undefined;
  if (language === 'dotenv' || language === 'other') return undefined;
  let start = document.offsetAt(diagnostic.range.start);
  let end = document.offsetAt(diagnostic.range.end);
  if (end <= start) return undefined;
  const text = document.getText();
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const name = variableName(text.slice(lineStart, start), ruleId);
  const quoted = start > 0 && QUOTES.has(text[start - 1] as string) && text[end] === text[start - 1];
  const edits: TextEdit[] = [];
  let replacement: string;
  if (language === 'typescript' || language === 'python') {
    // In code the reference replaces the whole string literal, quotes included.
    if (quoted) {
      start -= 1;
      end += 1;
    }
    if (language === 'typescript') replacement = `process.env.${name}`;
    else {
      replacement = `os.environ["${name}"]`;
      if (!/^\s*(import os\b|from os import\b|import .*\bos\b)/m.test(text)) {
        const line = text.startsWith('#!') ? 1 : 0;
        edits.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: 'import os\n' });
      }
    }
  } else if (language === 'yaml' && /(^|\/)\.github\/workflows\//.test(path)) {
    replacement = `\${{ secrets.${name} }}`;
  } else {
    replacement = `\${${name}}`;
  }
  edits.push({ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: replacement });
  return {
    title: `Move the secret to the environment variable ${name}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: { changes: { [document.uri]: edits } },
  };
}
