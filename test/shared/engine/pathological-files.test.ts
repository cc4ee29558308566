import { describe, expect, it } from 'vitest';
import { ANALYZERS } from '../../../shared/analyzer/registry.js';
import type { FileChange } from '../../../shared/diff/parse-unified-diff.js';
import { runReview } from '../../../shared/engine/run-review.js';
import { DEFAULT_POLICY } from '../../../shared/policy/policy-schema.js';
import { MAX_PARSE_CHARS } from '../../../shared/typescript/parse-limits.js';

const BASE = "import OpenAI from 'openai';\nexport const client = new OpenAI();\nexport const scopes = ['User.Read'];\n";

/** Reviews a change that turns the existing `src/a.ts` into `text`; `addedLines` defaults to every line. */
async function reviewModified(text: string, addedLines?: FileChange['addedLines']) {
  const path = 'src/a.ts';
  const changes = new Map([
    [path, { path, status: 'modified' as const, binary: false, addedLines: addedLines ?? [{ start: 1, end: text.split('\n').length }] }],
  ]);
  return runReview({ head: new Map([[path, text]]), base: new Map([[path, BASE]]), changes, policy: DEFAULT_POLICY, analyzers: ANALYZERS });
}

const ids = (findings: readonly { ruleId: string; messageId: string; data: Readonly<Record<string, unknown>> }[]) =>
  findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, analyzer: f.data['analyzer'], reason: f.data['reason'] }));

// Behaviour only: the bench (`node scripts/bench/pathological-bench.js`) measures time.
describe('pathological TypeScript files in a review', () => {
  it('analyzes an existing file turned into 200 KB of quotes, with every analyzer', async () => {
    const result = await reviewModified('"'.repeat(200 * 1024));
    expect(result.findings.filter((f) => f.ruleId.startsWith('tollgate/'))).toEqual([]);
    expect(result.analyzers).toEqual(ANALYZERS.map((a) => a.id));
  });

  it('reports a file above the size bound as not analyzed by each analyzer that parses it', async () => {
    const result = await reviewModified(`const s = { scopes: [] };\n${'"'.repeat(MAX_PARSE_CHARS)}`);
    expect(ids(result.findings)).toEqual([
      { ruleId: 'tollgate/file-not-analyzed', messageId: 'tooComplex', analyzer: 'flows', reason: 'size' },
      { ruleId: 'tollgate/file-not-analyzed', messageId: 'tooComplex', analyzer: 'scopes', reason: 'size' },
    ]);
    expect(result.findings.every((f) => f.severity === 'error' && f.path === 'src/a.ts')).toBe(true);
  });

  it('reports deeply nested brackets as not analyzed, even when line 1 did not change', async () => {
    const result = await reviewModified(`// header\nconst x = ${'['.repeat(100 * 1024)}`, [{ start: 2, end: 2 }]);
    expect(ids(result.findings)).toEqual([{ ruleId: 'tollgate/file-not-analyzed', messageId: 'tooComplex', analyzer: 'flows', reason: 'nesting' }]);
  });

  it('reports syntax nested too deeply for the parser as not analyzed, never as an analyzer failure', async () => {
    // A URL makes the data-flow analyzer parse the file (without any of its triggers it would not need to).
    const result = await reviewModified(`const u = 'https://api.acme-corp.com';\n${'if (a) '.repeat(60_000)};`);
    expect(ids(result.findings)).toEqual([{ ruleId: 'tollgate/file-not-analyzed', messageId: 'tooComplex', analyzer: 'flows', reason: 'stack' }]);
  });

  it('does not parse such a file when it holds nothing an analyzer could report: it is analyzed, and clean', async () => {
    const result = await reviewModified(`${'if (a) '.repeat(60_000)};`);
    expect(ids(result.findings)).toEqual([]);
    expect(result.stats.filesAnalyzed).toBe(1);
  });

  it('does not let a suppression comment hide it', async () => {
    const result = await reviewModified(`// tollgate-ignore tollgate/file-not-analyzed: trust me\nconst x = ${'('.repeat(1000)}`);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['tollgate/file-not-analyzed']);
    expect(result.suppressed).toEqual([]);
  });
});
