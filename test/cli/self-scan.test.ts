import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runTollgate } from './run-tollgate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('Tollgate on its own repository', () => {
  it('finds nothing outside what its policy (.github/tollgate.yml) deliberately ignores or allows', async () => {
    const run = await runTollgate(['scan', '--format', 'json', '--quiet'], ROOT);
    const report = JSON.parse(run.stdout) as {
      findings: { ruleId: string; path: string; location: { startLine: number } }[];
      summary: { filesAnalyzed: number };
    };
    expect(report.findings.map((f) => `${f.path}:${f.location.startLine} ${f.ruleId}`)).toEqual([]);
    expect(report.summary.filesAnalyzed).toBeGreaterThan(100);
    expect(run.code).toBe(0);
  });
});
