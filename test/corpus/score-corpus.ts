import type { Finding } from '../../shared/model/finding.js';

/**
 * One label of a secret-scanning corpus (`labels.json`).
 *
 * `line` is the 1-based line where the labelled value starts; `endLine` (default
 * `line`) is where it ends, for values that span lines (PEM blocks). `column` /
 * `endColumn` (1-based, end exclusive, as in {@link Finding} locations) locate the
 * value itself so tests can read it from the file; the label never holds the value.
 * `secret: true` means a scanner must report it; `secret: false` labels a decoy,
 * so a false positive on it can be named. A whole-file label (a committed `.env`)
 * has `line: 1` and no columns.
 */
export interface CorpusLabel {
  readonly path: string;
  readonly line: number;
  readonly column?: number | undefined;
  readonly endLine?: number | undefined;
  readonly endColumn?: number | undefined;
  readonly category: string;
  readonly secret: boolean;
  readonly note: string;
}

/** What scoring needs of a finding: its rule, file and 1-based line span. */
export interface ScoredFinding {
  readonly ruleId: string;
  readonly path: string;
  readonly startLine: number;
  readonly endLine: number;
}

/** How findings are matched to labels. */
export interface ScoreOptions {
  /** Which findings take part. Default: rule ids starting with `secrets/`. */
  readonly isSecretRule?: (ruleId: string) => boolean;
  /**
   * The rule that reports a committed `.env` file. Labels of
   * {@link ScoreOptions.committedDotenvCategory} match only this rule, and this rule
   * matches only those labels. Default: `secrets/committed-dotenv`. Pass `null` for a
   * scanner without such a rule (its committed-dotenv labels are then misses).
   */
  readonly committedDotenvRule?: string | null;
  /** Label category of whole-file `.env` labels. Default: `committed-dotenv`. */
  readonly committedDotenvCategory?: string;
}

/** A planted secret and the finding that reported it. */
export interface CorpusMatch {
  readonly label: CorpusLabel;
  readonly finding: ScoredFinding;
}

/** A finding that reported no planted secret; `decoy` is the decoy label on its line, if any. */
export interface FalseAlarm {
  readonly finding: ScoredFinding;
  readonly decoy?: CorpusLabel;
}

/** Planted and found secrets of one label category. */
export interface CategoryScore {
  readonly category: string;
  readonly planted: number;
  readonly found: number;
}

/** The outcome of scoring one scanner run against a labelled corpus. */
export interface CorpusScore {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** Further findings on an already-reported planted secret's lines: neither TP nor FP. */
  readonly duplicates: number;
  /** TP / (TP + FP); 0 when there is no finding at all. */
  readonly precision: number;
  /** TP / (TP + FN); 0 when nothing is planted. */
  readonly recall: number;
  readonly matches: readonly CorpusMatch[];
  /** Planted secrets no finding reported, in label order. */
  readonly misses: readonly CorpusLabel[];
  /** Findings that count as false positives, in finding order. */
  readonly falseAlarms: readonly FalseAlarm[];
  /** Per category of planted secret, sorted by category. */
  readonly byCategory: readonly CategoryScore[];
}

/**
 * Turns a published finding into the line span scoring uses. A range that ends
 * at column 1 of a later line (just past a line break) ends on the line before.
 */
export function toScoredFinding(finding: Pick<Finding, 'ruleId' | 'path' | 'location'>): ScoredFinding {
  const { startLine, endLine, endColumn } = finding.location;
  return {
    ruleId: finding.ruleId,
    path: finding.path,
    startLine,
    endLine: endLine > startLine && endColumn === 1 ? endLine - 1 : endLine,
  };
}

const overlaps = (finding: ScoredFinding, label: CorpusLabel): boolean =>
  finding.path === label.path && finding.startLine <= (label.endLine ?? label.line) && label.line <= finding.endLine;

/**
 * Scores findings against a labelled corpus.
 *
 * A finding matches a planted secret (a label with `secret: true`) when it is in
 * the same file and its line span `[startLine, endLine]` overlaps the label's
 * `[line, endLine]`; a committed-`.env` label matches only the committed-dotenv
 * rule. Each label is matched by at most one finding and each finding matches at
 * most one label; the pairing is a maximum matching, so the order of findings
 * does not change the counts. An unmatched finding on a planted secret's line is
 * a duplicate (not counted); any other unmatched finding is a false positive,
 * named by the decoy label on its line when there is one.
 */
export function scoreCorpus(
  findings: readonly ScoredFinding[],
  labels: readonly CorpusLabel[],
  options: ScoreOptions = {},
): CorpusScore {
  const isSecretRule = options.isSecretRule ?? ((id: string) => id.startsWith('secrets/'));
  const dotenvRule = options.committedDotenvRule === undefined ? 'secrets/committed-dotenv' : options.committedDotenvRule;
  const dotenvCategory = options.committedDotenvCategory ?? 'committed-dotenv';

  const considered = findings.filter((f) => isSecretRule(f.ruleId));
  const positives = labels.filter((l) => l.secret);
  const decoys = labels.filter((l) => !l.secret);
  const compatible = (f: ScoredFinding, l: CorpusLabel): boolean =>
    overlaps(f, l) && (l.category === dotenvCategory) === (dotenvRule !== null && f.ruleId === dotenvRule);

  const candidates = considered.map((f) => positives.flatMap((l, i) => (compatible(f, l) ? [i] : [])));
  // Maximum bipartite matching (Kuhn's augmenting paths); the corpus is small.
  const findingOfLabel = new Map<number, number>();
  const augment = (fi: number, visited: Set<number>): boolean => {
    for (const li of candidates[fi] ?? []) {
      if (visited.has(li)) continue;
      visited.add(li);
      const holder = findingOfLabel.get(li);
      if (holder === undefined || augment(holder, visited)) {
        findingOfLabel.set(li, fi);
        return true;
      }
    }
    return false;
  };
  for (let fi = 0; fi < considered.length; fi++) augment(fi, new Set());

  const matchedFindings = new Set(findingOfLabel.values());
  const matches: CorpusMatch[] = [];
  const misses: CorpusLabel[] = [];
  positives.forEach((label, li) => {
    const fi = findingOfLabel.get(li);
    const finding = fi === undefined ? undefined : considered[fi];
    if (finding) matches.push({ label, finding });
    else misses.push(label);
  });

  let duplicates = 0;
  const falseAlarms: FalseAlarm[] = [];
  considered.forEach((finding, fi) => {
    if (matchedFindings.has(fi)) return;
    if (positives.some((l) => overlaps(finding, l))) {
      duplicates += 1;
      return;
    }
    const decoy = decoys.find((l) => overlaps(finding, l));
    falseAlarms.push(decoy ? { finding, decoy } : { finding });
  });

  const categories = new Map<string, { planted: number; found: number }>();
  for (const l of positives) {
    const c = categories.get(l.category) ?? { planted: 0, found: 0 };
    c.planted += 1;
    categories.set(l.category, c);
  }
  for (const m of matches) (categories.get(m.label.category) as { found: number }).found += 1;

  const tp = matches.length;
  const fp = falseAlarms.length;
  const fn = misses.length;
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    duplicates,
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    matches,
    misses,
    falseAlarms,
    byCategory: [...categories]
      .map(([category, c]) => ({ category, ...c }))
      .sort((a, b) => a.category.localeCompare(b.category)),
  };
}
