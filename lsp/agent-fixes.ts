import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AgentInventory } from '../shared/agents/collect-agents.js';
import type { LockedVersions } from '../shared/agents/locked-versions.js';
import { needsApprovalEdit, type OffsetEdit } from '../shared/agents/needs-approval-edit.js';
import { pinServerEdit } from '../shared/agents/pin-server-edit.js';
import type { DocumentLanguage } from './document-language.js';
import type { DiagnosticData } from './to-diagnostic.js';

/** What the fixes read lazily: the document's agents inventory and the workspace's locked versions. */
export interface AgentFixInputs {
  readonly inventory: () => Promise<Pick<AgentInventory, 'servers'>>;
  readonly lockedVersions: () => Promise<LockedVersions>;
}

/** Frameworks whose `tool({...})` takes a `needsApproval` option. */
const NEEDS_APPROVAL_FRAMEWORKS = new Set(['openai-agents', 'vercel-ai']);

/**
 * Quick fixes for `agents/*` diagnostics, each edit computed in `shared/agents/`:
 * add `needsApproval: true` to an OpenAI Agents / Vercel AI SDK tool flagged
 * `agents/unapproved-write`, and pin the package of an `agents/unpinned-server` to
 * the version the workspace's lockfile records (none when it records none).
 */
export async function agentFixes(
  document: TextDocument,
  diagnostic: Diagnostic,
  language: DocumentLanguage,
  path: string,
  inputs: AgentFixInputs,
): Promise<CodeAction[]> {
  const ruleId = String(diagnostic.code ?? '');
  const data = (diagnostic.data as DiagnosticData | undefined)?.findingData;
  const text = document.getText();
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  const action = (title: string, edit: OffsetEdit): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: {
      changes: { [document.uri]: [{ range: { start: document.positionAt(edit.start), end: document.positionAt(edit.end) }, newText: edit.newText }] },
    },
  });
  if (ruleId === 'agents/unapproved-write' && language === 'typescript' && NEEDS_APPROVAL_FRAMEWORKS.has(String(data?.framework))) {
    const edit = await needsApprovalEdit(path, text, { start, end }).catch(() => undefined);
    return edit ? [action(`Require human approval for tool "${String(data?.tool ?? '')}" (needsApproval: true)`, edit)] : [];
  }
  if (ruleId === 'agents/unpinned-server') {
    const pin = pinServerEdit(text, await inputs.inventory(), path, start, await inputs.lockedVersions());
    return pin ? [action(`Pin to ${pin.spec} (the version the lockfile records)`, pin.edit)] : [];
  }
  return [];
}
