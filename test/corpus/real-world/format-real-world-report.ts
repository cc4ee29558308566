import type { FamilyScore, RealWorldSecretsScore } from './score-secrets.js';

const row = (s: FamilyScore, width: number): string =>
  `  ${s.family.padEnd(width)}  ${String(s.positives).padStart(3)} ${String(s.negatives).padStart(3)}  ` +
  `${String(s.truePositives).padStart(3)} ${String(s.falsePositives).padStart(3)} ${String(s.falseNegatives).padStart(3)}  ` +
  `${s.precision.toFixed(3)}  ${s.recall.toFixed(3)}`;

/**
 * Renders a real-world corpus score as plain text: a per-family table (positives,
 * negatives, TP, FP, FN, precision, recall), the overall row, then the missed
 * positives and the false alarms by path, line and note. Never shows a value.
 */
export function formatRealWorldReport(score: RealWorldSecretsScore, title = 'real-world secrets corpus'): string {
  const width = Math.max(...score.families.map((f) => f.family.length), 'overall'.length);
  const lines = [
    `${title}: precision ${score.overall.precision.toFixed(3)}, recall ${score.overall.recall.toFixed(3)}` +
      ` (TP ${score.overall.truePositives}, FP ${score.overall.falsePositives}, FN ${score.overall.falseNegatives}; ${score.unlabelled} findings on unlabelled lines)`,
    '',
    `  ${'family'.padEnd(width)}    +   -   TP  FP  FN  prec.  recall`,
    ...score.families.map((f) => row(f, width)),
    row(score.overall, width),
    '',
    `misses (${score.misses.length}):`,
    ...score.misses.map((c) => `  ${c.path}:${c.line}  ${c.note}`),
    '',
    `false positives (${score.falseAlarms.length}):`,
    ...score.falseAlarms.map((a) => `  ${a.case.path}:${a.case.line}  ${a.ruleIds.join(',')}  ${a.case.note}`),
  ];
  return lines.join('\n');
}
