import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Finding, Severity } from '../shared/model/finding.js';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
};

/** What a diagnostic carries back to code actions (LSP `data`): nothing secret. */
export interface DiagnosticData {
  readonly messageId: string;
  readonly fingerprint: string;
  readonly findingData: Finding['data'];
}

/**
 * The one conversion from a published finding to an LSP diagnostic. The engine's
 * locations are 1-based lines and columns (end column exclusive); LSP positions
 * are 0-based lines and characters (end exclusive), both in UTF-16 code units, so
 * each is one less. Source `tollgate`, code = rule id with a link to its docs.
 */
export function toDiagnostic(finding: Finding): Diagnostic {
  const { startLine, startColumn, endLine, endColumn } = finding.location;
  const data: DiagnosticData = { messageId: finding.messageId, fingerprint: finding.fingerprint, findingData: finding.data };
  return {
    range: {
      start: { line: startLine - 1, character: startColumn - 1 },
      end: { line: endLine - 1, character: endColumn - 1 },
    },
    severity: SEVERITY[finding.severity],
    source: 'tollgate',
    code: finding.ruleId,
    codeDescription: { href: finding.docsUrl },
    message: finding.message,
    data,
  };
}
