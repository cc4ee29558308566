import { describe, expect, it } from 'vitest';
import { formatCorpusReport } from './format-corpus-report.js';
import { scoreCorpus, toScoredFinding, type CorpusLabel, type ScoredFinding } from './score-corpus.js';

const secret = (path: string, line: number, category = 'generic-secret', endLine?: number): CorpusLabel => ({
  path,
  line,
  ...(endLine ? { endLine } : {}),
  category,
  secret: true,
  note: `${category} note`,
});
const decoy = (path: string, line: number, category = 'placeholder'): CorpusLabel => ({ path, line, category, secret: false, note: 'decoy note' });
const found = (path: string, startLine: number, ruleId = 'secrets/generic-assignment', endLine = startLine): ScoredFinding => ({
  ruleId,
  path,
  startLine,
  endLine,
});

describe('scoreCorpus', () => {
  it('counts hits, misses and false positives and names the decoy a false positive hit', () => {
    const labels = [secret('a.ts', 3), secret('a.ts', 9, 'stripe-key'), decoy('a.ts', 5), decoy('b.py', 1)];
    const score = scoreCorpus([found('a.ts', 3), found('a.ts', 5), found('c.yml', 2)], labels);
    expect(score).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1, duplicates: 0 });
    expect(score.precision).toBeCloseTo(1 / 3);
    expect(score.recall).toBeCloseTo(1 / 2);
    expect(score.misses.map((l) => `${l.path}:${l.line}`)).toEqual(['a.ts:9']);
    expect(score.falseAlarms.map((a) => [a.finding.path, a.decoy?.category])).toEqual([
      ['a.ts', 'placeholder'],
      ['c.yml', undefined],
    ]);
    expect(score.byCategory).toEqual([
      { category: 'generic-secret', planted: 1, found: 1 },
      { category: 'stripe-key', planted: 1, found: 0 },
    ]);
  });

  it('does not count a second finding on a reported line as a false positive', () => {
    const score = scoreCorpus([found('a.ts', 3), found('a.ts', 3, 'secrets/openai-key')], [secret('a.ts', 3)]);
    expect(score).toMatchObject({ truePositives: 1, falsePositives: 0, duplicates: 1, precision: 1, recall: 1 });
  });

  it('lets one finding report one planted secret only', () => {
    const labels = [secret('k.pem', 1, 'private-key'), secret('k.pem', 2, 'private-key')];
    const score = scoreCorpus([found('k.pem', 1, 'secrets/private-key', 2)], labels);
    expect(score).toMatchObject({ truePositives: 1, falseNegatives: 1 });
  });

  it('pairs findings and labels as a maximum matching, whatever their order', () => {
    // The first finding covers both labels, the second only the first label.
    const labels = [secret('x.yml', 4), secret('x.yml', 5)];
    const wide = found('x.yml', 4, 'secrets/generic-assignment', 5);
    const narrow = found('x.yml', 4);
    expect(scoreCorpus([wide, narrow], labels).truePositives).toBe(2);
    expect(scoreCorpus([narrow, wide], labels).truePositives).toBe(2);
  });

  it('matches a multi-line label anywhere in its span', () => {
    const score = scoreCorpus([found('id_rsa', 7, 'secrets/private-key')], [secret('id_rsa', 1, 'private-key', 27)]);
    expect(score.truePositives).toBe(1);
  });

  it('matches a committed .env label only with the committed-dotenv rule', () => {
    const labels = [secret('svc/.env', 1, 'committed-dotenv'), secret('svc/.env', 1, 'openai-key')];
    const onlyValue = scoreCorpus([found('svc/.env', 1, 'secrets/openai-key')], labels);
    expect(onlyValue.misses.map((l) => l.category)).toEqual(['committed-dotenv']);
    const both = scoreCorpus([found('svc/.env', 1, 'secrets/committed-dotenv'), found('svc/.env', 1, 'secrets/openai-key')], labels);
    expect(both).toMatchObject({ truePositives: 2, falseNegatives: 0 });
    const noRule = scoreCorpus([found('svc/.env', 1, 'secrets/committed-dotenv')], labels, { committedDotenvRule: null });
    expect(noRule.misses.map((l) => l.category)).toEqual(['committed-dotenv']);
  });

  it('reports a committed-dotenv finding on a template as a false positive', () => {
    const labels = [{ ...decoy('.env.example', 1, 'committed-dotenv') }];
    const score = scoreCorpus([found('.env.example', 1, 'secrets/committed-dotenv')], labels);
    expect(score.falseAlarms.map((a) => a.decoy?.category)).toEqual(['committed-dotenv']);
  });

  it('ignores findings of other analyzers unless told otherwise', () => {
    const labels = [secret('a.ts', 1)];
    expect(scoreCorpus([found('a.ts', 1, 'tollgate/analyzer-failed'), found('b.ts', 1, 'scopes/x')], labels)).toMatchObject({
      truePositives: 0,
      falsePositives: 0,
      precision: 0,
      recall: 0,
    });
    const anyRule = scoreCorpus([found('a.ts', 1, 'AWSAccessKeyID')], labels, { isSecretRule: () => true, committedDotenvRule: null });
    expect(anyRule.truePositives).toBe(1);
  });
});

describe('toScoredFinding', () => {
  it('ends a range that stops at the start of a line on the line before', () => {
    const location = { startLine: 3, startColumn: 5, endLine: 4, endColumn: 1 };
    expect(toScoredFinding({ ruleId: 'secrets/x', path: 'a', location })).toEqual({ ruleId: 'secrets/x', path: 'a', startLine: 3, endLine: 3 });
    const whole = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    expect(toScoredFinding({ ruleId: 'secrets/x', path: 'a', location: whole }).endLine).toBe(1);
  });
});

describe('formatCorpusReport', () => {
  it('lists misses and false positives by location, category and rule', () => {
    const labels = [secret('a.ts', 3, 'stripe-key'), decoy('b.ts', 2, 'uuid')];
    const text = formatCorpusReport(scoreCorpus([found('b.ts', 2, 'secrets/generic-assignment')], labels), 't');
    expect(text).toContain('a.ts:3');
    expect(text).toContain('stripe-key');
    expect(text).toMatch(/b\.ts:2\s+secrets\/generic-assignment\s+on uuid/);
  });
});
