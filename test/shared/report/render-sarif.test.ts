import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../shared/analyzer/analyzer.js';
import type { ReviewResult } from '../../../shared/engine/run-review.js';
import { primaryLocationLineHashes } from '../../../shared/engine/primary-location-line-hashes.js';
import type { Finding } from '../../../shared/model/finding.js';
import { createRule } from '../../../shared/model/rule.js';
import { renderSarif, SARIF_FINGERPRINT_KEY, SARIF_LINE_HASH_KEY, SARIF_MAX_RESULTS } from '../../../shared/report/render-sarif.js';
import { buildResult, demoAnalyzer, failingAnalyzer, lineCol } from './build-result.js';

// The official OASIS SARIF 2.1.0 schema (draft-07), committed beside this test.
const schema = JSON.parse(readFileSync(new URL('./sarif-schema-2.1.0.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const ajv = new Ajv.default({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

/** Parses and validates against the schema; fails the test with ajv's errors otherwise. */
function valid(text: string): Log {
  const log = JSON.parse(text) as Log;
  validate(log);
  expect(validate.errors ?? []).toEqual([]);
  return log;
}

const results = (log: Log): Result[] => log.runs[0]?.results ?? [];
const uriOf = (r: Result): string | undefined => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri;

/** Reports `SECRET_<alnum>` as `secrets/demo-token`, masked: the engine masks `secrets/*` ranges. */
const secretsAnalyzer: Analyzer = {
  id: 'secrets',
  description: 'renderer test secrets analyzer',
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

/** Every reporting descriptor of the run: rules and notifications. */
const descriptorsOf = (log: Log) => [...(log.runs[0]?.tool.driver.rules ?? []), ...(log.runs[0]?.tool.driver.notifications ?? [])];

const APP = ['import x from "y";', 'const token = "SECRET_abc123XYZ";', '  // TODO_WEAK here', 'BEGIN_BLOCK', 'more', 'END_BLOCK', ''].join('\n');

describe('renderSarif', () => {
  it('uses a schema that really validates (rejects a 0-based region and unknown keys)', () => {
    const bad = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'x' } },
          results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a' }, region: { startLine: 0 } } }] }],
        },
      ],
    };
    expect(validate(bad)).toBe(false);
    expect(validate({ version: '2.1.0', runs: [], extra: true })).toBe(false);
    expect(Object.keys((schema.definitions as object) ?? {}).length).toBeGreaterThan(40);
  });

  it('is valid SARIF with findings, with the driver, rules and results GitHub needs', async () => {
    const result = await buildResult({ 'src/app.ts': APP });
    const text = renderSarif(result, { toolVersion: '0.1.0' });
    const log = valid(text);
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/^https:\/\//);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0]!;
    expect(run.tool.driver.name).toBe('tollgate');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//);
    expect(run.invocations?.[0]?.executionSuccessful).toBe(true);

    const rules = run.tool.driver.rules ?? [];
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(demoAnalyzer.rules.map((r) => r.id)));
    for (const rule of rules) {
      const meta = result.rules.find((r) => r.id === rule.id)!;
      expect(rule.helpUri).toBe(meta.docsUrl);
      expect(rule.shortDescription?.text).toBeTruthy();
      expect(rule.fullDescription?.text).toBe(meta.description);
      expect(rule.help?.markdown).toContain(meta.docsUrl);
      expect(rule.defaultConfiguration?.level).toBe(meta.defaultSeverity);
      expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties?.precision);
    }
    const token = rules.find((r) => r.id === 'demo/hardcoded-token')!;
    expect(token.properties?.tags).toContain('security');
    const score = Number(token.properties?.['security-severity']);
    expect(typeof token.properties?.['security-severity']).toBe('string');
    expect(score).toBeGreaterThan(0);
    expect(score).toBeLessThanOrEqual(10);

    const rs = results(log);
    expect(rs.map((r) => r.ruleId)).toEqual(result.findings.map((f) => f.ruleId));
    for (const [i, r] of rs.entries()) {
      const f = result.findings[i]!;
      expect(rules[r.ruleIndex!]?.id).toBe(r.ruleId);
      expect(r.level).toBe(f.severity);
      expect(r.message.text).toBe(f.message);
      expect(r.partialFingerprints?.[SARIF_FINGERPRINT_KEY]).toBe(f.fingerprint);
      expect(r.partialFingerprints?.[SARIF_FINGERPRINT_KEY]).toMatch(/^[0-9a-f]{32}$/);
      expect(uriOf(r)).toBe('src/app.ts');
      expect(r.locations?.[0]?.physicalLocation?.artifactLocation?.uriBaseId).toBe('%SRCROOT%');
    }
    // The raw token never leaves the analyzer.
    expect(text).not.toContain('SECRET_abc123XYZ');
  });

  it('writes 1-based regions matching the text, endColumn exclusive', async () => {
    const result = await buildResult({ 'src/app.ts': APP });
    const rs = results(valid(renderSarif(result, { toolVersion: '0.1.0' })));

    const tokenAt = APP.indexOf('SECRET_abc123XYZ');
    const start = lineCol(APP, tokenAt);
    const token = rs.find((r) => r.ruleId === 'demo/hardcoded-token')!;
    expect(token.locations?.[0]?.physicalLocation?.region).toEqual({
      startLine: start.line,
      startColumn: start.column,
      endLine: start.line,
      endColumn: start.column + 'SECRET_abc123XYZ'.length,
    });
    expect(start).toEqual({ line: 2, column: 16 });

    const weak = lineCol(APP, APP.indexOf('TODO_WEAK'));
    const weakResult = rs.find((r) => r.ruleId === 'demo/weak-config' && r.properties?.messageId === 'weak')!;
    expect(weakResult.locations?.[0]?.physicalLocation?.region).toMatchObject({ startLine: 3, startColumn: weak.column, endColumn: weak.column + 9 });

    const block = rs.find((r) => r.properties?.messageId === 'block')!;
    expect(block.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 4, startColumn: 1, endLine: 6, endColumn: 10 });
  });

  it('widens a zero-width range to one column', async () => {
    const text = 'abc EMPTY_RANGE\n';
    const result = await buildResult({ 'a.txt': text });
    const r = results(valid(renderSarif(result, { toolVersion: '0.1.0' })))[0]!;
    expect(result.findings[0]?.location).toMatchObject({ startColumn: 5, endColumn: 5 });
    expect(r.locations?.[0]?.physicalLocation?.region).toEqual({ startLine: 1, startColumn: 5, endLine: 1, endColumn: 6 });
  });

  it('is valid with zero findings and still lists the rules', async () => {
    const result = await buildResult({ 'clean.ts': 'export const ok = 1;\n' });
    const log = valid(renderSarif(result, { toolVersion: '0.1.0' }));
    expect(results(log)).toEqual([]);
    expect(log.runs[0]?.tool.driver.rules?.length).toBe(result.rules.length);
  });

  it('includes suppressed findings with suppressions only when the policy reports them', async () => {
    const files = {
      'a.ts': 'const t = "SECRET_inline1"; // tollgate-ignore demo/hardcoded-token: test fixture, not a real key\n',
      'b.ts': 'const u = "SECRET_baseline2";\n',
    };
    const first = await buildResult(files);
    const inBaseline = first.findings.find((f) => f.path === 'b.ts')!;
    const baseline = { version: 1 as const, findings: [{ fingerprint: inBaseline.fingerprint, ruleId: inBaseline.ruleId, path: inBaseline.path }] };

    const reported = await buildResult(files, { policy: { suppressions: { report: true } }, baseline });
    expect(reported.suppressed).toHaveLength(2);
    const log = valid(renderSarif(reported, { toolVersion: '0.1.0' }));
    const suppressedResults = results(log).filter((r) => r.suppressions !== undefined);
    expect(suppressedResults).toHaveLength(2);
    const inline = suppressedResults.find((r) => uriOf(r) === 'a.ts')!;
    expect(inline.suppressions?.[0]).toMatchObject({ kind: 'inSource', justification: 'test fixture, not a real key' });
    expect(inline.suppressions?.[0]?.location?.physicalLocation?.region?.startLine).toBe(1);
    const external = suppressedResults.find((r) => uriOf(r) === 'b.ts')!;
    expect(external.suppressions?.[0]?.kind).toBe('external');
    expect(external.partialFingerprints?.[SARIF_FINGERPRINT_KEY]).toBe(inBaseline.fingerprint);

    const silent = await buildResult(files, { baseline });
    expect(silent.suppressed).toHaveLength(2);
    const silentLog = valid(renderSarif(silent, { toolVersion: '0.1.0' }));
    expect(results(silentLog)).toEqual([]);
  });

  it('makes uris relative to the current directory, with / separators and RFC 3986 encoding', async () => {
    const path = 'dir with space/ünï cödé #1?.ts';
    const result = await buildResult({ [path]: 'x = "SECRET_unicode9"\n', 'emoji/😀[x]:y.ts': 'TODO_WEAK\n' });
    const log = valid(renderSarif(result, { toolVersion: '0.1.0', pathPrefix: '../my repo/' }));
    const uris = results(log).map(uriOf);
    expect(uris).toContain('../my%20repo/dir%20with%20space/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9%20%231%3F.ts');
    for (const uri of uris) {
      expect(uri).not.toMatch(/\\|^\.\/|\s/);
      expect(uri?.startsWith('../my%20repo/')).toBe(true);
    }
    const decoded = uris.map((u) => u!.split('/').map(decodeURIComponent).join('/'));
    expect(decoded).toEqual(expect.arrayContaining([`../my repo/${path}`, '../my repo/emoji/😀[x]:y.ts']));

    const noPrefix = valid(renderSarif(result, { toolVersion: '0.1.0', pathPrefix: '' }));
    expect(results(noPrefix).map(uriOf)).toContain('dir%20with%20space/%C3%BCn%C3%AF%20c%C3%B6d%C3%A9%20%231%3F.ts');
  });

  it('reports a failed analyzer as a result and a notification, and skipped files as notifications', async () => {
    const result = await buildResult(
      { 'a.ts': 'x = "SECRET_abc"\n' },
      {
        analyzers: [demoAnalyzer, failingAnalyzer],
        skipped: [
          { path: 'logo.png', reason: 'binary' },
          { path: 'big dump.sql', reason: 'too-large', detail: '3145728 bytes > 1048576' },
        ],
      },
    );
    const log = valid(renderSarif(result, { toolVersion: '0.1.0' }));
    const invocation = log.runs[0]!.invocations![0]!;
    expect(invocation.executionSuccessful).toBe(false);
    const notes = invocation.toolExecutionNotifications ?? [];
    const failure = notes.find((n) => n.associatedRule?.id === 'tollgate/analyzer-failed');
    expect(failure?.level).toBe('error');
    expect(results(log).map((r) => r.ruleId)).toContain('tollgate/analyzer-failed');
    expect(results(log).find((r) => r.ruleId === 'tollgate/analyzer-failed')?.locations?.[0]?.physicalLocation?.region?.startLine).toBe(1);
    const skipped = notes.filter((n) => n.descriptor?.id === 'tollgate/file-skipped');
    expect(skipped.map((n) => n.locations?.[0]?.physicalLocation?.artifactLocation?.uri)).toEqual(['big%20dump.sql', 'logo.png']);
    expect(skipped.map((n) => n.properties?.reason)).toEqual(['too-large', 'binary']);
    expect(log.runs[0]?.tool.driver.notifications?.[skipped[0]!.descriptor!.index!]?.id).toBe('tollgate/file-skipped');
  });

  it('gives every result a location and stays stable across runs', async () => {
    const result = await buildResult({ 'a.ts': APP, 'b/c.ts': 'FYI: hello\nEMPTY_RANGE' });
    const a = renderSarif(result, { toolVersion: '0.1.0' });
    const b = renderSarif(await buildResult({ 'b/c.ts': 'FYI: hello\nEMPTY_RANGE', 'a.ts': APP }), { toolVersion: '0.1.0' });
    expect(a).toBe(b);
    for (const r of results(valid(a))) {
      expect(r.locations?.length).toBe(1);
      expect(r.locations?.[0]?.physicalLocation?.region?.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it("carries GitHub's primaryLocationLineHash next to Tollgate's key, hashed with the secret masked", async () => {
    const text = (secret: string) => `import x from "y";\nconst token = "${secret}"; // TODO_WEAK\n`;
    const analyzers = [secretsAnalyzer, demoAnalyzer];
    const one = renderSarif(await buildResult({ 'src/app.ts': text('SECRET_abc123XYZ') }, { analyzers }), { toolVersion: '0.1.0' });
    const two = renderSarif(await buildResult({ 'src/app.ts': text('SECRET_abZZZ999Q') }, { analyzers }), { toolVersion: '0.1.0' });
    // Nothing in the SARIF derives from the secret: two values give the same bytes
    // (the demo analyzer's message shows the same first 9 characters of both).
    expect(one).toBe(two);
    expect(one).not.toContain('SECRET_abc123XYZ');
    const rs = results(valid(one));
    expect(rs.map((r) => r.ruleId).sort()).toEqual(['demo/hardcoded-token', 'demo/weak-config', 'secrets/demo-token']);
    const masked = primaryLocationLineHashes(text('*'.repeat('SECRET_abc123XYZ'.length)));
    for (const r of rs) {
      expect(Object.keys(r.partialFingerprints ?? {}).sort()).toEqual([SARIF_LINE_HASH_KEY, SARIF_FINGERPRINT_KEY].sort());
      expect(r.partialFingerprints?.[SARIF_LINE_HASH_KEY]).toMatch(/^[0-9a-f]{1,16}:[1-9]\d*$/);
      expect(r.partialFingerprints?.[SARIF_LINE_HASH_KEY]).toBe(masked[r.locations![0]!.physicalLocation!.region!.startLine! - 1]);
      expect(r.partialFingerprints?.[SARIF_LINE_HASH_KEY]).not.toBe(primaryLocationLineHashes(text('SECRET_abc123XYZ'))[1]);
    }
  });

  it('writes --sarif-category as automationDetails.id, ending in /', async () => {
    const result = await buildResult({ 'a.ts': 'TODO_WEAK\n' });
    expect(valid(renderSarif(result, { toolVersion: '0.1.0', category: 'tollgate/secrets' })).runs[0]?.automationDetails).toEqual({
      id: 'tollgate/secrets/',
    });
    expect(valid(renderSarif(result, { toolVersion: '0.1.0', category: 'tollgate/' })).runs[0]?.automationDetails).toEqual({ id: 'tollgate/' });
    expect(valid(renderSarif(result, { toolVersion: '0.1.0' })).runs[0]?.automationDetails).toBeUndefined();
  });

  it('gives every rule and notification descriptor what code scanning shows', async () => {
    const result = await buildResult(
      { 'a.ts': 'x = "SECRET_abc"\nTODO_WEAK\n' },
      { analyzers: [secretsAnalyzer, demoAnalyzer, failingAnalyzer], skipped: [{ path: 'logo.png', reason: 'binary' }] },
    );
    const log = valid(renderSarif(result, { toolVersion: '0.1.0', maxResults: 1 }));
    const descriptors = descriptorsOf(log);
    expect(log.runs[0]?.tool.driver.notifications?.map((n) => n.id)).toEqual(['tollgate/file-skipped', 'tollgate/results-dropped']);
    for (const d of descriptors) {
      expect(d.shortDescription?.text, d.id).toBeTruthy();
      expect(d.fullDescription?.text, d.id).toBeTruthy();
      expect(d.helpUri, d.id).toMatch(/^https:\/\//);
      expect(d.help?.text, d.id).toContain(d.helpUri);
      expect(d.help?.markdown, d.id).toContain(`](${d.helpUri})`);
      expect((d.properties?.tags as string[]).length, d.id).toBeGreaterThan(0);
      expect(['error', 'warning', 'note'], d.id).toContain(d.defaultConfiguration?.level);
      const security = (d.properties?.tags as string[]).includes('security');
      expect(security, d.id).toBe(!d.id.startsWith('tollgate/'));
      if (security) expect(Number(d.properties?.['security-severity']), d.id).toBeGreaterThan(0);
      else expect(d.properties?.['security-severity'], d.id).toBeUndefined();
    }
    // Every notification points at a descriptor that exists, by id and index.
    for (const n of log.runs[0]?.invocations?.[0]?.toolExecutionNotifications ?? []) {
      if (n.descriptor) expect(log.runs[0]?.tool.driver.notifications?.[n.descriptor.index!]?.id).toBe(n.descriptor.id);
      if (n.associatedRule) expect(log.runs[0]?.tool.driver.rules?.[n.associatedRule.index!]?.id).toBe(n.associatedRule.id);
    }
  });

  it('declares %SRCROOT% in originalUriBaseIds, without a machine-specific absolute uri', async () => {
    const result = await buildResult({ 'a.ts': 'TODO_WEAK\n' }, { skipped: [{ path: 'b.bin', reason: 'binary' }] });
    const log = valid(renderSarif(result, { toolVersion: '0.1.0', pathPrefix: '../repo/' }));
    const bases = log.runs[0]?.originalUriBaseIds ?? {};
    expect(Object.keys(bases)).toEqual(['%SRCROOT%']);
    expect(bases['%SRCROOT%']?.description?.text).toBeTruthy();
    expect(bases['%SRCROOT%']?.uri).toBeUndefined();
    const used = new Set(JSON.stringify(log).match(/"uriBaseId":"[^"]+"/g));
    expect([...used]).toEqual(['"uriBaseId":"%SRCROOT%"']);
  });

  it('keeps at most maxResults results, the most severe first, and says how many were left out', async () => {
    const files = {
      'a.ts': 'FYI: one\nTODO_WEAK\nx = "SECRET_a1"\nFYI: two\nTODO_WEAK\n',
      'b.ts': 'y = "SECRET_b2" // tollgate-ignore demo/hardcoded-token: fixture\n',
    };
    const result = await buildResult(files, { policy: { suppressions: { report: true } } });
    expect(result.findings.map((f) => f.severity)).toEqual(['note', 'warning', 'error', 'note', 'warning']);
    expect(result.suppressed).toHaveLength(1);
    const log = valid(renderSarif(result, { toolVersion: '0.1.0', maxResults: 3 }));
    const rs = results(log);
    // Active error and warnings kept (in report order); notes and the suppressed error dropped.
    expect(rs.map((r) => [r.level, r.locations?.[0]?.physicalLocation?.region?.startLine])).toEqual([
      ['warning', 2],
      ['error', 3],
      ['warning', 5],
    ]);
    expect(log.runs[0]?.properties).toMatchObject({ droppedResults: 3, droppedByLevel: { error: 1, warning: 0, note: 2 } });
    const dropped = log.runs[0]?.invocations?.[0]?.toolExecutionNotifications?.find((n) => n.descriptor?.id === 'tollgate/results-dropped');
    expect(dropped?.level).toBe('warning');
    expect(dropped?.properties).toMatchObject({ droppedResults: 3 });
    expect(log.runs[0]?.invocations?.[0]?.executionSuccessful).toBe(true);

    const all = valid(renderSarif(result, { toolVersion: '0.1.0' }));
    expect(results(all)).toHaveLength(6);
    expect(all.runs[0]?.properties).toEqual({ mode: 'scan' });
    expect(all.runs[0]?.invocations?.[0]?.toolExecutionNotifications).toBeUndefined();
  });

  it("caps at GitHub's 25,000 results per run by default, each result with one location", async () => {
    const base = await buildResult({ 'a.ts': 'TODO_WEAK\n' });
    const one = base.findings[0] as Finding;
    const many: Finding[] = Array.from({ length: SARIF_MAX_RESULTS + 7 }, (_, i) => ({ ...one, fingerprint: i.toString(16).padStart(32, '0') }));
    const big: ReviewResult = { ...base, findings: many };
    const log = JSON.parse(renderSarif(big, { toolVersion: '0.1.0' })) as Log;
    expect(SARIF_MAX_RESULTS).toBe(25_000);
    expect(results(log)).toHaveLength(25_000);
    expect(log.runs[0]?.properties?.droppedResults).toBe(7);
    expect(results(log).every((r) => r.locations?.length === 1)).toBe(true);
  });

  it('marks suppressed results with a suppression, which code scanning shows as dismissed', async () => {
    const files = { 'a.ts': 'const t = "SECRET_inline1"; // tollgate-ignore demo/hardcoded-token: test fixture\n' };
    const log = valid(renderSarif(await buildResult(files, { policy: { suppressions: { report: true } } }), { toolVersion: '0.1.0' }));
    const [r] = results(log);
    expect(r?.suppressions).toHaveLength(1);
    expect(Object.keys(r?.suppressions?.[0] ?? {}).sort()).toEqual(['justification', 'kind', 'location']);
    expect(r?.suppressions?.[0]).toMatchObject({ kind: 'inSource', justification: 'test fixture' });
    expect(r?.level).toBe('error');
  });
});
