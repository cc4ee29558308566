import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';

/**
 * The requests Tollgate's language server answers beyond the LSP standard, declared
 * once as typed message constants that the server (`lsp/`) and the VS Code client
 * (`extension/src`, bundled by esbuild) both import, as vscode-eslint does: a
 * parameter or answer that changes shape fails the build on both sides. Other
 * editors call them by their method names (`tollgate/diagram`, `tollgate/reviewBranch`).
 *
 * The client bundle maps `vscode-languageserver-protocol` to the copy
 * vscode-languageclient uses (scripts/package-extension.js): jsonrpc compares
 * parameter structures by identity.
 */

/** The answer to {@link DIAGRAM_REQUEST}. */
export interface DiagramResponse {
  /** Mermaid flowchart text; empty when `error` is set. */
  readonly mermaid: string;
  /** Why there is no diagram (no workspace folder, the analyzer failed). */
  readonly error?: string;
}

/** Parameters of {@link REVIEW_BRANCH_REQUEST}. */
export interface ReviewBranchParams {
  /** The base to compare with; default: the remote's default branch, else `main`, else `master`. */
  readonly base?: string;
}

/** One required approver, as `tollgate review --format json` lists it. */
export interface ReviewApprover {
  readonly kind: 'user' | 'team';
  readonly name: string;
  readonly reason: string;
}

/** One finding of the branch (masked), for a list. */
export interface ReviewBranchFinding {
  readonly ruleId: string;
  readonly path: string;
  /** 1-based. */
  readonly line: number;
  readonly severity: 'error' | 'warning' | 'note';
  readonly message: string;
}

/** The answer to {@link REVIEW_BRANCH_REQUEST}. */
export interface ReviewBranchResponse {
  /** The base the branch was compared with. */
  readonly base: string;
  /** The risk tier, when this build computes tiers; undefined otherwise. */
  readonly tier?: string;
  /** The facts and rules that set the tier. */
  readonly reasons: readonly string[];
  readonly approvers: readonly ReviewApprover[];
  /** Counts of active findings by severity. */
  readonly summary: { readonly error: number; readonly warning: number; readonly note: number };
  /** The findings of the change (masked), for a list. */
  readonly findings: readonly ReviewBranchFinding[];
  /** Why the review could not run (not a git repository, unknown base, ...). */
  readonly error?: string;
}

/** `tollgate/diagram`: the workspace's data-flow diagram (Mermaid), as `tollgate diagram` prints it. */
export const DIAGRAM_REQUEST = new RequestType0<DiagramResponse, void>('tollgate/diagram');

/** `tollgate/reviewBranch`: reviews the current branch against the default branch, through the review pipeline `tollgate review` runs. */
export const REVIEW_BRANCH_REQUEST = new RequestType<ReviewBranchParams, ReviewBranchResponse, void>('tollgate/reviewBranch');

/** Settings the client passes (`initializationOptions.settings` and `workspace/didChangeConfiguration`). */
export interface TollgateSettings {
  /** Analyze documents at all. Default true. */
  readonly enable: boolean;
  /** Analyzers to run by id (`secrets`, `scopes`, `flows`); missing ids follow the policy. */
  readonly analyzers: Readonly<Record<string, boolean>>;
  /** The least severe finding shown: `note` (default) shows everything. */
  readonly severity: 'error' | 'warning' | 'note';
}

/** The defaults of {@link TollgateSettings}. */
export const DEFAULT_SETTINGS: TollgateSettings = { enable: true, analyzers: {}, severity: 'note' };
