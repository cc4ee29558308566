import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, renderReport, STICKY_COMMENT_MARKER } from '../../../shared/report/index.js';
import { buildResult } from './build-result.js';

describe('renderReport', () => {
  it('dispatches every format, each ending with a newline', async () => {
    const result = await buildResult({ 'src/a.ts': 'x = "SECRET_idx1"\n' });
    const options = { toolVersion: '9.9.9', pathPrefix: 'repo/', cwdPrefix: 'repo/', policySources: ['p.yml'], headSha: 'abcdef0' };
    const out = Object.fromEntries(REPORT_FORMATS.map((f) => [f, renderReport(f, result, options)]));
    expect(REPORT_FORMATS).toEqual(['text', 'json', 'sarif', 'markdown']);
    for (const text of Object.values(out)) expect(text.endsWith('\n')).toBe(true);
    expect(JSON.parse(out.json!).tool.version).toBe('9.9.9');
    expect(JSON.parse(out.json!).policy.sources).toEqual(['p.yml']);
    const sarif = JSON.parse(out.sarif!);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('repo/src/a.ts');
    expect(out.markdown!.split('\n')[0]).toBe(STICKY_COMMENT_MARKER);
    expect(out.markdown).toContain('9.9.9');
    expect(out.text!.split('\n')[0]).toBe('repo/src/a.ts');
    expect(out.text).not.toMatch(/\u001b\[/);
    for (const text of Object.values(out)) expect(text).not.toContain('SECRET_idx1');
  });
});
