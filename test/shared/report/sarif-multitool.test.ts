import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../shared/analyzer/analyzer.js';
import { createRule } from '../../../shared/model/rule.js';
import { renderSarif } from '../../../shared/report/render-sarif.js';
import { buildResult, demoAnalyzer, failingAnalyzer } from './build-result.js';

/**
 * The SARIF multitool (`@microsoft/sarif-multitool`, a devDependency) validates the
 * SARIF with Microsoft's SARIF rules and GitHub's ingestion rules (`--rule-kind Gh`,
 * the GHxxxx rules code scanning's upload applies). Found through its platform
 * package in node_modules, or `SARIF_MULTITOOL` (the path of `Sarif.Multitool`).
 * Skipped, saying why, where neither is present (the package ships no binary for
 * the platform).
 */
function findMultitool(): string | undefined {
  const fromEnv = process.env.SARIF_MULTITOOL;
  if (fromEnv) return fromEnv;
  try {
    const path = createRequire(import.meta.url)(`@microsoft/sarif-multitool-${process.platform}`) as string;
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

const MULTITOOL = findMultitool();

/** Runs `Sarif.Multitool validate` with the SARIF and GitHub rules over `input`; returns its result log. */
function validateWithMultitool(input: string): Promise<{ log: Log; stdout: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'tollgate-sarif-'));
  const inputPath = join(dir, 'tollgate.sarif');
  const outputPath = join(dir, 'validation.sarif');
  writeFileSync(inputPath, input);
  const args = ['validate', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note', '--output', outputPath, inputPath];
  // The .NET runtime needs no ICU in invariant mode (a minimal container may lack libicu).
  const env = { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1', DOTNET_CLI_TELEMETRY_OPTOUT: '1' };
  return new Promise((resolve, reject) => {
    execFile(MULTITOOL as string, args, { env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (!existsSync(outputPath)) {
        reject(new Error(`Sarif.Multitool wrote no log (${error?.message ?? 'no error'}):\n${stdout}\n${stderr}`));
        return;
      }
      resolve({ log: JSON.parse(readFileSync(outputPath, 'utf8').replace(/^\uFEFF/, '')) as Log, stdout });
    });
  });
}

const secretsAnalyzer: Analyzer = {
  id: 'secrets',
  description: 'multitool test secrets analyzer',
  rules: [
    createRule({
      id: 'secrets/demo-token',
      description: 'A hard-coded token. Move it to a secret store.',
      defaultSeverity: 'error',
      messages: { found: 'Token {{masked}}.' },
    }),
  ],
  analyze({ head, paths }) {
    return {
      findings: paths.flatMap((path) =>
        [...(head.get(path) ?? '').matchAll(/SECRET_[A-Za-z0-9]+/g)].map((m) => ({
          ruleId: 'secrets/demo-token',
          messageId: 'found',
          path,
          range: { start: m.index, end: m.index + m[0].length },
          data: { masked: 'SECR****' },
        })),
      ),
    };
  },
};

const byLevel = (results: readonly Result[], level: string) => results.filter((r) => (r.level ?? 'warning') === level);
const describeResult = (r: Result) =>
  `${r.level ?? 'warning'} ${r.ruleId}: ${r.message.text ?? `${r.message.id ?? ''} ${(r.message.arguments ?? []).join(' | ')}`}`;

describe.skipIf(MULTITOOL === undefined)('SARIF multitool with GitHub ingestion rules', () => {
  it('reports no error for a run with every kind of result and notification', async () => {
    const files = {
      'src/app.ts': 'const t = "SECRET_abc123";\n// TODO_WEAK\nFYI: note\nBEGIN_BLOCK\nx\nEND_BLOCK\nEMPTY_RANGE\n',
      'dir with space/ü.ts': 'const u = "SECRET_inline1"; // tollgate-ignore secrets/demo-token: test fixture\n',
      'b.ts': 'const v = "SECRET_baseline2";\n',
    };
    const first = await buildResult(files, { analyzers: [secretsAnalyzer, demoAnalyzer] });
    const inBaseline = first.findings.find((f) => f.path === 'b.ts' && f.ruleId === 'secrets/demo-token')!;
    const result = await buildResult(files, {
      analyzers: [secretsAnalyzer, demoAnalyzer, failingAnalyzer],
      policy: { suppressions: { report: true } },
      baseline: { version: 1, findings: [{ fingerprint: inBaseline.fingerprint, ruleId: inBaseline.ruleId, path: inBaseline.path }] },
      skipped: [
        { path: 'logo.png', reason: 'binary' },
        { path: 'dump.sql', reason: 'too-large', detail: '3145728 bytes > 1048576' },
      ],
    });
    expect(result.suppressed).toHaveLength(2);
    // maxResults forces the dropped-results notification into the run too.
    const sarif = renderSarif(result, {
      toolVersion: '0.1.0',
      pathPrefix: 'repo/',
      category: 'tollgate/secrets',
      maxResults: result.findings.length,
    });
    const { log, stdout } = await validateWithMultitool(sarif);
    const found = log.runs[0]?.results ?? [];
    // Warnings and notes are reported, not failed on: see the counts in the test output.
    console.info(
      `Sarif.Multitool: ${byLevel(found, 'error').length} error(s), ${byLevel(found, 'warning').length} warning(s), ${byLevel(found, 'note').length} note(s); rules: ${[...new Set(found.map((r) => r.ruleId))].join(', ')}`,
    );
    expect(byLevel(found, 'error').map(describeResult), stdout).toEqual([]);
  });

  it('applies the GitHub rules (a descriptor without fullDescription and help is an error)', async () => {
    const result = await buildResult({ 'a.ts': 'TODO_WEAK\n' });
    const log = JSON.parse(renderSarif(result, { toolVersion: '0.1.0' })) as Log;
    const descriptor = log.runs[0]!.tool.driver.notifications![0]!;
    delete descriptor.fullDescription;
    delete descriptor.help;
    const { log: out } = await validateWithMultitool(JSON.stringify(log));
    expect(byLevel(out.runs[0]?.results ?? [], 'error').map((r) => r.ruleId)).toContain('GH2012');
  });

  it('reports no error for a clean run', async () => {
    const result = await buildResult({ 'clean.ts': 'export const ok = 1;\n' }, { analyzers: [secretsAnalyzer, demoAnalyzer] });
    const { log, stdout } = await validateWithMultitool(renderSarif(result, { toolVersion: '0.1.0' }));
    expect(byLevel(log.runs[0]?.results ?? [], 'error').map(describeResult), stdout).toEqual([]);
  });
});
