// Types for score-findings.js (plain Node ESM, used by the tests).

export interface Score {
  secrets: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  byCategory: Record<string, { planted: number; found: number }>;
  falsePositives: Record<string, number>;
  missed: { path: string; line: number; category: string }[];
  falseLines: { path: string; line: number; category: string }[];
}

export function scoreFindings(
  labels: readonly { path: string; line: number; endLine?: number; secret: boolean; category: string }[],
  findings: readonly { path: string; line: number }[],
): Score;
