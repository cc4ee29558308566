import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseSecretlint, parseTollgate, runTimed } from '../../scripts/bench/run-tools.js';
import { scoreFindings } from '../../scripts/bench/score-findings.js';

const labels = [
  { path: 'a.ts', line: 3, secret: true, category: 'stripe' },
  { path: 'a.ts', line: 10, endLine: 12, secret: true, category: 'private-key' },
  { path: 'b.py', line: 1, secret: true, category: 'stripe' },
  { path: 'b.py', line: 5, secret: false, category: 'placeholder' },
];

describe('scoreFindings', () => {
  it('counts by line: one TP per secret, one FP per line, secrets without a finding as FN', () => {
    const score = scoreFindings(labels, [
      { path: 'a.ts', line: 3 },
      { path: 'a.ts', line: 3 }, // a second rule on the same secret
      { path: 'a.ts', line: 11 }, // inside the PEM block
      { path: 'b.py', line: 5 }, // the placeholder
      { path: 'b.py', line: 7 },
      { path: 'b.py', line: 7 },
      { path: 'c.md', line: 1 },
    ]);
    expect(score).toEqual({
      secrets: 3,
      tp: 2,
      fp: 3,
      fn: 1,
      precision: 2 / 5,
      recall: 2 / 3,
      byCategory: { stripe: { planted: 2, found: 1 }, 'private-key': { planted: 1, found: 1 } },
      falsePositives: { placeholder: 1, unlabelled: 2 },
      missed: [{ path: 'b.py', line: 1, category: 'stripe' }],
      falseLines: [
        { path: 'b.py', line: 5, category: 'placeholder' },
        { path: 'b.py', line: 7, category: 'unlabelled' },
        { path: 'c.md', line: 1, category: 'unlabelled' },
      ],
    });
  });

  it('does not match a finding in another file or just outside a span', () => {
    const score = scoreFindings(labels, [
      { path: 'b.py', line: 3 },
      { path: 'a.ts', line: 13 },
      { path: 'a.ts', line: 9 },
    ]);
    expect([score.tp, score.fp, score.fn]).toEqual([0, 3, 3]);
  });

  it('reports precision as null without findings and recall as null without secrets', () => {
    expect(scoreFindings(labels, [])).toMatchObject({ tp: 0, fp: 0, fn: 3, precision: null, recall: 0 });
    expect(scoreFindings([], [{ path: 'x', line: 1 }])).toMatchObject({ precision: 0, recall: null });
  });
});

describe('report parsers', () => {
  it('reads Tollgate JSON findings by line and keeps file-level ones apart', () => {
    const report = {
      summary: { filesAnalyzed: 2, filesSkipped: 0 },
      findings: [
        { ruleId: 'secrets/github-token', path: 'src/a.ts', location: { startLine: 4 } },
        { ruleId: 'secrets/committed-dotenv', path: '.env', location: { startLine: 1 } },
        { ruleId: 'tollgate/analyzer-failed', path: '.', location: { startLine: 1 } },
      ],
    };
    const parsed = parseTollgate(JSON.stringify(report));
    expect(parsed.findings).toEqual([{ path: 'src/a.ts', line: 4, ruleId: 'secrets/github-token' }]);
    expect(parsed.fileLevel.map((f) => f.ruleId)).toEqual(['secrets/committed-dotenv']);
    expect(parsed.other.map((f) => f.ruleId)).toEqual(['tollgate/analyzer-failed']);
    expect(parsed.filesAnalyzed).toBe(2);
  });

  it('reads secretlint JSON messages relative to the scanned root', () => {
    const root = process.cwd();
    const output = [
      { filePath: `${root}/docs/x.md`, messages: [{ ruleId: '@secretlint/secretlint-rule-slack', loc: { start: { line: 7, column: 1 } } }] },
      { filePath: `${root}/y.ts`, messages: [] },
    ];
    const parsed = parseSecretlint(JSON.stringify(output), root);
    expect(parsed).toEqual({ findings: [{ path: 'docs/x.md', line: 7, ruleId: '@secretlint/secretlint-rule-slack' }], filesAnalyzed: 2 });
  });
});

describe('runTimed', () => {
  it('keeps the whole output of a process that exits right after writing, and reads its CPU time', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tollgate-bench-test-'));
    try {
      const preload = pathToFileURL(join(process.cwd(), 'scripts', 'bench', 'report-cpu.js')).href;
      const cpuFile = join(dir, 'cpu.json');
      // Like secretlint's CLI: a large report, then process.exit().
      const script = "console.log('x'.repeat(1 << 20)); process.exit(1)";
      const run = await runTimed(process.execPath, ['--import', preload, '-e', script], {
        outFile: join(dir, 'out.txt'),
        cpuFile,
        env: { ...process.env, BENCH_CPU_FILE: cpuFile },
      });
      expect(run.code).toBe(1);
      expect(run.stdout.length).toBe((1 << 20) + 1);
      expect(run.cpuSeconds).toBeGreaterThan(0);
      expect(run.seconds).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
