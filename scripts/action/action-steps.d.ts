// Types of action-steps.js, for the tests.

export type FailOn = 'error' | 'warning' | 'never';
export declare const FAIL_ON: readonly FailOn[];

export interface ActionInputs {
  path: string;
  policy: string;
  orgPolicy: string;
  failOn: FailOn;
  sarifFile: string;
  sarifCategory: string;
}

export type Mode = { mode: 'scan' } | { mode: 'review'; base: string };

/** The part of the CLI's JSON report the action reads. */
export interface ReportLike {
  summary?: { error?: number; warning?: number };
  risk?: { tier?: string };
  findings?: {
    ruleId: string;
    severity: string;
    path?: string;
    message?: string;
    location?: { startLine?: number; startColumn?: number; endLine?: number; endColumn?: number };
  }[];
}

export declare function readInputs(env: Readonly<Record<string, string | undefined>>): ActionInputs;
export declare function chooseMode(eventName: string, payload: unknown): Mode;
export declare function buildCliArgs(
  inputs: ActionInputs,
  mode: Mode,
  run: { format: 'json' | 'sarif' | 'markdown'; output: string; quiet?: boolean; supportsSarifCategory?: boolean },
): string[];
export declare function escapeData(value: unknown): string;
export declare function escapeProperty(value: unknown): string;
export declare function formatAnnotations(report: ReportLike, pathPrefix?: string): string[];
export declare function actionOutputs(report: ReportLike, sarifFile: string): Record<'tier' | 'errors' | 'warnings' | 'sarif-file', string>;
export declare function formatOutputs(outputs: Readonly<Record<string, string>>, delimiter: string): string;
export declare const SUMMARY_MAX_BYTES: number;
export declare function formatSummary(markdown: string, sarifFile: string): string;
export declare function exitCodeFor(cliCode: number, failOn: FailOn, report: ReportLike | undefined): number;
