import { describe, expect, it } from 'vitest';
import { parseUnifiedDiff } from '../../../shared/diff/parse-unified-diff.js';
import { jsonReportSchema, REPORT_EXTENSION_KEYS } from '../../../shared/report/json-report-schema.js';
import { renderJson } from '../../../shared/report/render-json.js';
import { buildResult } from './build-result.js';

const FILES = {
  'src/app.ts': 'const t = "SECRET_jsonKey42";\n// TODO_WEAK\nFYI: note here\n',
  'src/ok.ts': 'const t = "SECRET_quiet1"; // tollgate-ignore demo/hardcoded-token: fixture\n',
};

describe('renderJson', () => {
  it('writes the documented version-1 document, in a stable key order', async () => {
    const result = await buildResult(FILES, { skipped: [{ path: 'img.png', reason: 'binary' }] });
    const text = renderJson(result, { toolVersion: '0.1.0', policySources: ['.github/tollgate.yml'] });
    expect(text.endsWith('\n')).toBe(true);
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['version', 'tool', 'mode', 'summary', 'findings', 'suppressed', 'skipped', 'data', 'policy']);
    const parsed = jsonReportSchema.parse(doc);
    expect(parsed.version).toBe(1);
    expect(parsed.tool).toEqual({ name: 'tollgate', version: '0.1.0' });
    expect(parsed.mode).toBe('scan');
    expect(Object.keys(parsed.summary)).toEqual([
      'error',
      'warning',
      'note',
      'suppressed',
      'allowed',
      'filesAnalyzed',
      'filesIgnored',
      'filesSkipped',
    ]);
    expect(parsed.summary).toMatchObject({ error: 1, warning: 1, note: 1, suppressed: 1, filesAnalyzed: 2, filesSkipped: 1 });
    expect(parsed.findings.map((f) => f.ruleId)).toEqual(result.findings.map((f) => f.ruleId));
    expect(parsed.findings[0]).toMatchObject({
      path: 'src/app.ts',
      location: { startLine: 1, startColumn: 12 },
      fingerprint: result.findings[0]?.fingerprint,
    });
    expect(Object.keys((doc.findings as object[])[0] as object)).toEqual([
      'ruleId',
      'messageId',
      'severity',
      'path',
      'location',
      'range',
      'message',
      'fingerprint',
      'docsUrl',
      'data',
    ]);
    expect(parsed.skipped).toEqual([{ path: 'img.png', reason: 'binary' }]);
    expect(parsed.policy.sources).toEqual(['.github/tollgate.yml']);
    // Analyzer data keyed by analyzer id, keys sorted for stable output.
    expect(Object.keys((doc.data as Record<string, object>).demo as object)).toEqual(['alpha', 'files', 'zeta']);
    expect(text).not.toContain('SECRET_jsonKey42');
    expect(text).not.toContain('SECRET_quiet1');
  });

  it('lists suppressed findings only when the policy reports them', async () => {
    const silent = JSON.parse(renderJson(await buildResult(FILES), { toolVersion: '0.1.0' }));
    expect(silent.suppressed).toEqual([]);
    expect(silent.summary.suppressed).toBe(1);
    expect(silent.policy.sources).toEqual([]);

    const reported = jsonReportSchema.parse(
      JSON.parse(renderJson(await buildResult(FILES, { policy: { suppressions: { report: true } } }), { toolVersion: '0.1.0' })),
    );
    expect(reported.suppressed).toHaveLength(1);
    expect(reported.suppressed[0]?.suppression).toEqual({ kind: 'inline', reason: 'fixture', path: 'src/ok.ts', line: 1 });
  });

  it('is byte-identical for the same input', async () => {
    const a = renderJson(await buildResult(FILES), { toolVersion: '0.1.0' });
    const b = renderJson(await buildResult(Object.fromEntries(Object.entries(FILES).reverse())), { toolVersion: '0.1.0' });
    expect(a).toBe(b);
  });

  it('places the reserved keys for later analyzers between data and policy, in a fixed order', async () => {
    const result = await buildResult(FILES);
    const text = renderJson(result, {
      toolVersion: '0.1.0',
      extensions: {
        approvers: [{ kind: 'team', name: 'security', reason: 'high risk' }],
        risk: { tier: 'high', reasons: ['x'] },
        scopeDiff: { b: 1, a: 2 },
      },
    });
    const doc = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual([
      'version',
      'tool',
      'mode',
      'summary',
      'findings',
      'suppressed',
      'skipped',
      'data',
      'scopeDiff',
      'risk',
      'approvers',
      'policy',
    ]);
    expect(REPORT_EXTENSION_KEYS).toEqual(['scopeDiff', 'diagram', 'flows', 'agents', 'risk', 'approvers']);
    expect(Object.keys(doc.scopeDiff as object)).toEqual(['a', 'b']);
    expect(jsonReportSchema.safeParse(doc).success).toBe(true);
  });

  it('reports the review mode', async () => {
    const diff = [
      'diff --git a/src/app.ts b/src/app.ts',
      '--- a/src/app.ts',
      '+++ b/src/app.ts',
      '@@ -1,2 +1,3 @@',
      '+const t = "SECRET_jsonKey42";',
      ' // TODO_WEAK',
      ' FYI: note here',
      '',
    ].join('\n');
    const changes = new Map(parseUnifiedDiff(diff).map((c) => [c.path, c]));
    const result = await buildResult(FILES, { changes });
    const doc = jsonReportSchema.parse(JSON.parse(renderJson(result, { toolVersion: '0.1.0' })));
    expect(doc.mode).toBe('review');
    expect(doc.findings.map((f) => f.location.startLine)).toEqual([1]);
  });
});
