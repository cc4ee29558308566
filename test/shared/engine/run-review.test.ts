import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../shared/analyzer/analyzer.js';
import { parseUnifiedDiff } from '../../../shared/diff/parse-unified-diff.js';
import { runReview } from '../../../shared/engine/run-review.js';
import { createFileSet } from '../../../shared/files/file-set.js';
import { createRule } from '../../../shared/model/rule.js';
import { policySchema, type PolicyInput } from '../../../shared/policy/policy-schema.js';

/** Reports `word/hit` for every occurrence of "HIT" and `word/miss` never. */
const wordAnalyzer: Analyzer = {
  id: 'word',
  description: 'test analyzer',
  rules: [
    createRule({ id: 'word/hit', description: 'HIT', defaultSeverity: 'error', messages: { hit: 'found {{what}}' } }),
    createRule({ id: 'word/soft', description: 'SOFT', defaultSeverity: 'warning', messages: { soft: 'soft' } }),
  ],
  analyze({ head, paths }) {
    const findings = [];
    for (const path of paths) {
      const text = head.get(path) ?? '';
      for (let i = text.indexOf('HIT'); i !== -1; i = text.indexOf('HIT', i + 1)) {
        findings.push({ ruleId: 'word/hit', messageId: 'hit', path, range: { start: i, end: i + 3 }, data: { what: 'HIT' } });
      }
    }
    return { findings, data: { scanned: paths.length } };
  },
};

const throwing: Analyzer = {
  id: 'boom',
  description: 'always fails',
  rules: [],
  analyze() {
    throw new TypeError('cannot read x of undefined');
  },
};

const rogue: Analyzer = {
  id: 'rogue',
  description: 'reports a rule it does not declare',
  rules: [],
  analyze: ({ paths }) => ({ findings: [{ ruleId: 'rogue/undeclared', messageId: 'x', path: paths[0] as string, range: { start: 0, end: 1 } }] }),
};

const policy = (input: PolicyInput = {}) => policySchema.parse(input);

describe('runReview', () => {
  it('positions findings 1-based and fills the message', async () => {
    const result = await runReview({ head: createFileSet({ 'a.ts': 'x\n  HIT\n' }), policy: policy(), analyzers: [wordAnalyzer] });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({
      ruleId: 'word/hit',
      messageId: 'hit',
      severity: 'error',
      location: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 6 },
      message: 'found HIT',
    });
    expect(result.findings[0]?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(result.data.word).toEqual({ scanned: 1 });
    expect(result.stats.error).toBe(1);
  });

  it('turns a throwing analyzer into one finding while the others still report', async () => {
    const result = await runReview({ head: createFileSet({ 'a.ts': 'HIT' }), policy: policy(), analyzers: [throwing, wordAnalyzer] });
    expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['tollgate/analyzer-failed', 'word/hit']);
    const failed = result.findings.find((f) => f.ruleId === 'tollgate/analyzer-failed');
    expect(failed).toMatchObject({ messageId: 'failed', data: { analyzer: 'boom' } });
  });

  it('drops a finding of an undeclared rule and says so', async () => {
    const result = await runReview({ head: createFileSet({ 'a.ts': 'x' }), policy: policy(), analyzers: [rogue] });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ ruleId: 'tollgate/analyzer-failed', messageId: 'unknownRule', data: { rule: 'rogue/undeclared' } });
  });

  it('applies severity overrides and `off`', async () => {
    const head = createFileSet({ 'a.ts': 'HIT' });
    const warned = await runReview({ head, policy: policy({ rules: { 'word/hit': { severity: 'warning' } } }), analyzers: [wordAnalyzer] });
    expect(warned.findings[0]?.severity).toBe('warning');
    const off = await runReview({ head, policy: policy({ rules: { 'word/hit': { severity: 'off' } } }), analyzers: [wordAnalyzer] });
    expect(off.findings).toHaveLength(0);
  });

  it('honours analyzers.<id>.enabled, ignore globs and path allow entries', async () => {
    const head = createFileSet({ 'vendor/x.ts': 'HIT', 'src/a.ts': 'HIT', 'test/b.ts': 'HIT' });
    const result = await runReview({
      head,
      policy: policy({ ignore: ['vendor/**'], allow: [{ rule: 'word/*', path: 'test/**', reason: 'fixtures' }] }),
      analyzers: [wordAnalyzer],
    });
    expect(result.findings.map((f) => f.path)).toEqual(['src/a.ts']);
    expect(result.stats).toMatchObject({ filesIgnored: 1, allowed: 1 });
    const disabled = await runReview({ head, policy: policySchema.parse({}), analyzers: [{ ...wordAnalyzer, id: 'secrets' }] });
    expect(disabled.findings.length).toBe(3);
    const off = await runReview({
      head,
      policy: policy({ analyzers: { secrets: { enabled: false } } }),
      analyzers: [{ ...wordAnalyzer, id: 'secrets' }],
    });
    expect(off.findings).toHaveLength(0);
  });

  it('in a review, keeps only findings on added lines', async () => {
    const head = createFileSet({ 'a.ts': 'HIT\nnew HIT\nHIT\n', 'b.ts': 'HIT\n' });
    const diff = ['diff --git a/a.ts b/a.ts', '--- a/a.ts', '+++ b/a.ts', '@@ -1,2 +1,3 @@', ' HIT', '+new HIT', ' HIT', ''].join('\n');
    const changes = new Map(parseUnifiedDiff(diff).map((c) => [c.path, c]));
    const result = await runReview({ head, changes, policy: policy(), analyzers: [wordAnalyzer] });
    expect(result.mode).toBe('review');
    expect(result.findings.map((f) => `${f.path}:${f.location.startLine}`)).toEqual(['a.ts:2']);
  });

  describe('suppressions', () => {
    it('honours an inline suppression with a reason, on the same line or the next', async () => {
      const text = ['HIT // tollgate-ignore word/hit: test value', '// tollgate-ignore word/*: fixture below', 'HIT', 'HIT'].join('\n');
      const result = await runReview({ head: createFileSet({ 'a.ts': text }), policy: policy(), analyzers: [wordAnalyzer] });
      expect(result.findings.map((f) => f.location.startLine)).toEqual([4]);
      expect(result.suppressed.map((f) => [f.location.startLine, f.suppression?.kind, f.suppression?.reason])).toEqual([
        [1, 'inline', 'test value'],
        [3, 'inline', 'fixture below'],
      ]);
      expect(result.stats.suppressed).toBe(2);
    });

    it('reports a suppression without a reason and does not honour it', async () => {
      const result = await runReview({
        head: createFileSet({ 'a.py': 'x = "HIT"  # tollgate-ignore word/hit\n' }),
        policy: policy(),
        analyzers: [wordAnalyzer],
      });
      expect(result.findings.map((f) => [f.ruleId, f.messageId]).sort()).toEqual([
        ['suppressions/missing-reason', 'missingReason'],
        ['word/hit', 'hit'],
      ]);
    });

    it('reports a suppression naming an unknown rule', async () => {
      const result = await runReview({
        head: createFileSet({ 'a.py': '# tollgate-ignore word/nope: because\nHIT\n' }),
        policy: policy(),
        analyzers: [wordAnalyzer],
      });
      expect(result.findings.map((f) => f.ruleId).sort()).toEqual(['suppressions/unknown-rule', 'word/hit']);
    });

    it('honours legacy markers for secret rules only, unless the policy turns them off', async () => {
      const secrets: Analyzer = {
        ...wordAnalyzer,
        id: 'secrets',
        rules: wordAnalyzer.rules.map((r) => ({ ...r, id: r.id.replace('word/', 'secrets/') })),
        analyze: async (c) => ({
          findings: (await wordAnalyzer.analyze(c)).findings.map((f) => ({ ...f, ruleId: f.ruleId.replace('word/', 'secrets/') })),
        }),
      };
      const head = createFileSet({ 'a.ts': 'HIT // gitleaks:allow\nHIT // secretlint-disable-line\n// secretlint-disable-next-line\nHIT\n' });
      const honoured = await runReview({ head, policy: policy(), analyzers: [secrets] });
      expect(honoured.findings).toHaveLength(0);
      expect(honoured.suppressed.every((f) => f.suppression?.kind === 'legacy-marker')).toBe(true);
      const off = await runReview({ head, policy: policy({ suppressions: { legacyMarkers: false } }), analyzers: [secrets] });
      expect(off.findings).toHaveLength(3);
      const otherAnalyzer = await runReview({ head, policy: policy(), analyzers: [wordAnalyzer] });
      expect(otherAnalyzer.findings).toHaveLength(3);
    });

    it('suppresses baseline fingerprints, which survive the line moving', async () => {
      const first = await runReview({ head: createFileSet({ 'a.ts': 'const k = HIT;\n' }), policy: policy(), analyzers: [wordAnalyzer] });
      const fp = first.findings[0]?.fingerprint as string;
      const moved = await runReview({
        head: createFileSet({ 'a.ts': '// new header\n\nconst k = HIT;\nconst j = HIT;\n' }),
        policy: policy(),
        analyzers: [wordAnalyzer],
        baseline: { version: 1, findings: [{ fingerprint: fp, ruleId: 'word/hit', path: 'a.ts' }] },
      });
      expect(moved.suppressed.map((f) => [f.location.startLine, f.suppression?.kind])).toEqual([[3, 'baseline']]);
      expect(moved.findings.map((f) => f.location.startLine)).toEqual([4]);
    });
  });

  it('reports pinned engine findings whatever the change touched', async () => {
    const result = await runReview({
      head: createFileSet({ 'a.ts': 'x' }),
      changes: new Map(),
      policy: policy(),
      analyzers: [],
      engineFindings: [
        {
          text: 'a: 1\nbad: 2\n',
          finding: {
            ruleId: 'tollgate/policy-invalid',
            messageId: 'invalid',
            path: '.github/tollgate.yml',
            range: { start: 5, end: 11 },
            data: { key: 'bad', problem: 'p', hint: 'h' },
          },
        },
      ],
    });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]?.location.startLine).toBe(2);
  });
});
