import type { CorpusLabel, CorpusScore } from './score-corpus.js';

const at = (l: Pick<CorpusLabel, 'path' | 'line'>): string => `${l.path}:${l.line}`;
const pct = (x: number): string => x.toFixed(3);

/**
 * Renders a corpus score as plain text: totals, per-category recall, the missed
 * secrets and the false positives. Shows paths, lines, categories, label notes and
 * rule ids only, never a value.
 */
export function formatCorpusReport(score: CorpusScore, title = 'corpus'): string {
  const lines: string[] = [];
  lines.push(
    `${title}: precision ${pct(score.precision)}, recall ${pct(score.recall)} ` +
      `(TP ${score.truePositives}, FP ${score.falsePositives}, FN ${score.falseNegatives}, duplicates ${score.duplicates})`,
  );
  lines.push('', 'by category (found/planted):');
  const width = Math.max(...score.byCategory.map((c) => c.category.length), 8);
  for (const c of score.byCategory) lines.push(`  ${c.category.padEnd(width)}  ${c.found}/${c.planted}${c.found < c.planted ? '  <' : ''}`);

  lines.push('', `misses (${score.misses.length}):`);
  const missWidth = Math.max(...score.misses.map((l) => at(l).length), 8);
  for (const l of score.misses) lines.push(`  ${at(l).padEnd(missWidth)}  ${l.category.padEnd(width)}  ${l.note}`);

  lines.push('', `false positives (${score.falseAlarms.length}):`);
  const fpWidth = Math.max(...score.falseAlarms.map((a) => `${a.finding.path}:${a.finding.startLine}`.length), 8);
  for (const a of score.falseAlarms) {
    const where = `${a.finding.path}:${a.finding.startLine}`.padEnd(fpWidth);
    const what = a.decoy ? `${a.decoy.category} (${a.decoy.note})` : 'unlabelled';
    lines.push(`  ${where}  ${a.finding.ruleId}  on ${what}`);
  }
  return lines.join('\n');
}
