import type { ScoredFinding } from '../score-corpus.js';
import type { RealWorldCase } from './load-real-world-secrets.js';

/** True / false positives and misses of one family (or of the whole corpus). */
export interface FamilyScore {
  readonly family: string;
  readonly positives: number;
  readonly negatives: number;
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly falseNegatives: number;
  /** TP / (TP + FP); 1 when nothing was reported. */
  readonly precision: number;
  /** TP / (TP + FN); 1 when nothing is positive. */
  readonly recall: number;
}

/** Per-family and overall scores, plus the cases behind every error. */
export interface RealWorldSecretsScore {
  readonly overall: FamilyScore;
  /** Sorted by family. */
  readonly families: readonly FamilyScore[];
  readonly misses: readonly RealWorldCase[];
  /** Negatives with a finding on their labelled line, and the rules that reported them. */
  readonly falseAlarms: readonly { readonly case: RealWorldCase; readonly ruleIds: readonly string[] }[];
  /** Findings on lines no case labels (not scored; listed for tuning). */
  readonly unlabelled: number;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

function familyScore(family: string, cases: readonly RealWorldCase[], tp: number, fp: number): FamilyScore {
  const positives = cases.filter((c) => c.secret).length;
  return {
    family,
    positives,
    negatives: cases.length - positives,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: positives - tp,
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, positives),
  };
}

/**
 * Scores findings against the real-world corpus, one case per file: a positive
 * is a true positive when any considered finding's line span covers its labelled
 * line, else a false negative; a negative with such a finding is one false
 * positive (however many findings). Findings elsewhere in a file are not scored.
 * `isSecretRule` picks the findings that take part. Default: `secrets/*` except
 * `secrets/committed-dotenv`, a whole-file finding about the file, not its values
 * (the corpus names its `.env` cases `<id>.env` and labels none of them as a
 * committed file; the held-out scorer likewise matches that rule only to its own labels).
 */
export function scoreRealWorldSecrets(
  findings: readonly ScoredFinding[],
  cases: readonly RealWorldCase[],
  isSecretRule: (ruleId: string) => boolean = (id) => id.startsWith('secrets/') && id !== 'secrets/committed-dotenv',
): RealWorldSecretsScore {
  const byPath = new Map<string, ScoredFinding[]>();
  for (const f of findings) {
    if (!isSecretRule(f.ruleId)) continue;
    byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  }
  const labelled = new Set(cases.map((c) => c.path));
  const misses: RealWorldCase[] = [];
  const falseAlarms: { case: RealWorldCase; ruleIds: string[] }[] = [];
  const hits = new Set<RealWorldCase>();
  let unlabelled = 0;
  for (const c of cases) {
    const all = byPath.get(c.path) ?? [];
    const on = all.filter((f) => f.startLine <= c.line && c.line <= f.endLine);
    unlabelled += all.length - on.length;
    if (on.length > 0) hits.add(c);
    if (c.secret && on.length === 0) misses.push(c);
    if (!c.secret && on.length > 0) falseAlarms.push({ case: c, ruleIds: [...new Set(on.map((f) => f.ruleId))] });
  }
  for (const [path, list] of byPath) if (!labelled.has(path)) unlabelled += list.length;

  const score = (family: string, subset: readonly RealWorldCase[]): FamilyScore =>
    familyScore(
      family,
      subset,
      subset.filter((c) => c.secret && hits.has(c)).length,
      subset.filter((c) => !c.secret && hits.has(c)).length,
    );
  const families = [...new Set(cases.map((c) => c.family))].sort().map((f) => score(f, cases.filter((c) => c.family === f)));
  return { overall: score('overall', cases), families, misses, falseAlarms, unlabelled };
}
