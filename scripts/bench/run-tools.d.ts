// Types for run-tools.js (plain Node ESM, used by the tests).

export interface LineFinding {
  path: string;
  line: number;
  ruleId: string;
}

export const FILE_LEVEL_RULES: ReadonlySet<string>;
export function runTimed(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; outFile: string; cpuFile?: string },
): Promise<{ code: number | null; signal: NodeJS.Signals | null; seconds: number; cpuSeconds: number | null; stdout: string; stderr: string }>;
export function parseTollgate(stdout: string): {
  findings: LineFinding[];
  fileLevel: LineFinding[];
  other: LineFinding[];
  filesAnalyzed: number;
  filesSkipped: number;
};
export function parseSecretlint(stdout: string, root: string): { findings: LineFinding[]; filesAnalyzed: number };
