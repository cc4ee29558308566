// Scores a tool's findings against the corpus labels, by line.

/**
 * Precision and recall of findings against labels. A finding counts by (path, line):
 * on a line inside a labelled secret (`line`..`endLine`) it is a true positive for that
 * secret, and several findings on one secret count once; on any other line it is a false
 * positive, once per line. A labelled secret without a finding is a false negative.
 *
 * @param {readonly { path: string, line: number, endLine?: number, secret: boolean, category: string }[]} labels
 * @param {readonly { path: string, line: number }[]} findings 1-based lines
 * @returns {{ secrets: number, tp: number, fp: number, fn: number, precision: number | null, recall: number | null,
 *   byCategory: Record<string, { planted: number, found: number }>, falsePositives: Record<string, number>,
 *   missed: { path: string, line: number, category: string }[], falseLines: { path: string, line: number, category: string }[] }}
 *   precision is null when there are no findings, recall when there are no secrets;
 *   `falsePositives` counts false-positive lines by the category of the planted look-alike
 *   on them, or `unlabelled`; `missed` and `falseLines` say where (no content).
 */
export function scoreFindings(labels, findings) {
  const secretsByPath = new Map();
  const decoys = new Map();
  const byCategory = {};
  let secrets = 0;
  for (const label of labels) {
    const end = label.endLine ?? label.line;
    if (label.secret) {
      secrets += 1;
      const list = secretsByPath.get(label.path) ?? [];
      list.push(label);
      secretsByPath.set(label.path, list);
      byCategory[label.category] ??= { planted: 0, found: 0 };
      byCategory[label.category].planted += 1;
    } else {
      for (let line = label.line; line <= end; line++) decoys.set(`${label.path}\u0000${line}`, label.category);
    }
  }
  const hit = new Set();
  const falseLines = new Set();
  const falsePositives = {};
  const falseList = [];
  for (const f of findings) {
    const secret = (secretsByPath.get(f.path) ?? []).find((l) => f.line >= l.line && f.line <= (l.endLine ?? l.line));
    if (secret) {
      if (!hit.has(secret)) {
        hit.add(secret);
        byCategory[secret.category].found += 1;
      }
      continue;
    }
    const key = `${f.path}\u0000${f.line}`;
    if (falseLines.has(key)) continue;
    falseLines.add(key);
    const category = decoys.get(key) ?? 'unlabelled';
    falsePositives[category] = (falsePositives[category] ?? 0) + 1;
    falseList.push({ path: f.path, line: f.line, category });
  }
  const tp = hit.size;
  const fp = falseLines.size;
  return {
    secrets,
    tp,
    fp,
    fn: secrets - tp,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: secrets === 0 ? null : tp / secrets,
    byCategory,
    falsePositives,
    missed: labels.filter((l) => l.secret && !hit.has(l)).map((l) => ({ path: l.path, line: l.line, category: l.category })),
    falseLines: falseList,
  };
}
