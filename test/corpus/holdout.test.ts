import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ANALYZERS } from '../../shared/analyzer/registry.js';
import { runReview, type ReviewResult } from '../../shared/engine/run-review.js';
import { createLineIndex } from '../../shared/text/line-index.js';
import { DEFAULT_POLICY } from '../../shared/policy/policy-schema.js';
import { formatCorpusReport } from './format-corpus-report.js';
import { loadCorpus, type LabelledCorpus } from './load-corpus.js';
import { plantedValues } from './planted-values.js';
import { revealingStrings } from './revealing-strings.js';
import { scoreCorpus, toScoredFinding, type CorpusScore } from './score-corpus.js';

// Issue 2, "Done when": on a labelled corpus of connector code kept apart from the
// rule fixtures, precision and recall are both at least 0.95. The corpus is built
// by test/corpus/holdout/generate.mjs; see docs/corpus.md. Do not tune it to the rules.
const TARGET = 0.95;
const GENERATOR = fileURLToPath(new URL('./holdout/generate.mjs', import.meta.url));

let corpus: LabelledCorpus;
let result: ReviewResult;
let score: CorpusScore;
let report: string;

beforeAll(async () => {
  corpus = loadCorpus();
  result = await runReview({ head: corpus.head, policy: DEFAULT_POLICY, analyzers: ANALYZERS.filter((a) => a.id === 'secrets') });
  score = scoreCorpus(result.findings.map(toScoredFinding), corpus.labels);
  report = formatCorpusReport(score, 'held-out corpus');
  console.log(report);
});

describe('held-out secret corpus', () => {
  it('is exactly what generate.mjs writes', () => {
    const run = spawnSync(process.execPath, [GENERATOR, '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('has labels that point into the files', () => {
    const problems: string[] = [];
    const lineOwner = new Map<string, string>();
    for (const l of corpus.labels) {
      const text = corpus.head.get(l.path);
      if (text === undefined) {
        problems.push(`${l.path}: no such file`);
        continue;
      }
      const lineCount = createLineIndex(text).lineCount;
      if (l.line > lineCount || (l.endLine ?? l.line) > lineCount || (l.endLine ?? l.line) < l.line) problems.push(`${l.path}:${l.line}: outside the file`);
      if (l.secret && l.category !== 'committed-dotenv') {
        const key = `${l.path}:${l.line}`;
        if (lineOwner.has(key)) problems.push(`${key}: two planted secrets on one line`);
        lineOwner.set(key, l.category);
      }
    }
    expect(problems).toEqual([]);
    const values = plantedValues(corpus.head, corpus.labels);
    expect(values.filter((v) => v.value.trim().length < 8).map((v) => `${v.label.path}:${v.label.line}`)).toEqual([]);
    // Every planted secret but the whole-file .env label carries a located value.
    expect(values.length).toBe(corpus.labels.filter((l) => l.secret && l.category !== 'committed-dotenv').length);
    const secrets = corpus.labels.filter((l) => l.secret).length;
    const decoys = corpus.labels.length - secrets;
    expect(secrets).toBeGreaterThanOrEqual(80);
    expect(secrets).toBeLessThanOrEqual(120);
    expect(decoys).toBeGreaterThanOrEqual(80);
    expect(corpus.labels.some((l) => l.category === 'committed-dotenv' && l.secret)).toBe(true);
  });

  it('runs every analyzer without failing', () => {
    expect(result.findings.filter((f) => f.ruleId === 'tollgate/analyzer-failed').map((f) => f.data)).toEqual([]);
  });

  it(`finds at least ${TARGET} of the planted secrets (recall)`, () => {
    expect(score.recall, report).toBeGreaterThanOrEqual(TARGET);
  });

  it(`keeps precision at or above ${TARGET}`, () => {
    expect(score.precision, report).toBeGreaterThanOrEqual(TARGET);
  });

  it('never shows a planted secret unmasked', () => {
    const outputs = [
      JSON.stringify(result),
      ...result.findings.map((f) => f.message),
      ...result.findings.map((f) => JSON.stringify(f.data)),
      ...result.suppressed.map((f) => `${f.message}\n${JSON.stringify(f.data)}`),
      report,
    ];
    const leaks: string[] = [];
    for (const { label, value } of plantedValues(corpus.head, corpus.labels)) {
      const needles = revealingStrings(value, label.category);
      if (outputs.some((o) => needles.some((n) => o.includes(n)))) leaks.push(`${label.path}:${label.line} ${label.category}`);
    }
    // Only locations are listed: a failure message must not itself leak the value.
    expect(leaks).toEqual([]);
  });
});
