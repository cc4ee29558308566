import { describe, expect, it } from 'vitest';
import { renderText } from '../../../shared/report/render-text.js';
import { buildResult } from './build-result.js';

const ANSI = /\u001b\[/;
const FILES = {
  'src/app.ts': 'const t = "SECRET_textKey7";\n   // TODO_WEAK\n',
  'src/b.ts': '\n\nFYI: remember\n',
  'src/c.ts': 'const u = "SECRET_hushed1"; // tollgate-ignore demo/hardcoded-token: test fixture\n',
};

describe('renderText', () => {
  it('groups findings by file, stylish-style, without ANSI when colour is off', async () => {
    const result = await buildResult(FILES, { skipped: [{ path: 'logo.png', reason: 'binary' }] });
    const text = renderText(result, { color: false });
    expect(text).not.toMatch(ANSI);
    const lines = text.split('\n');
    const app = lines.indexOf('src/app.ts');
    expect(app).toBeGreaterThanOrEqual(0);
    // `  line:col  severity  message  rule-id`, aligned per file.
    expect(lines[app + 1]).toMatch(/^ {2}1:12 {2}error {4}\S.* {2}demo\/hardcoded-token$/);
    expect(lines[app + 2]).toMatch(/^ {2}2:7 {3}warning {2}\S.* {2}demo\/weak-config$/);
    expect(lines[lines.indexOf('src/b.ts') + 1]).toMatch(/^ {2}3:1 {2}note {2}.*demo\/info$/);
    // Summary with counts, the suppressed count, the skipped file.
    expect(text).toMatch(/✖ 3 problems \(1 error, 1 warning, 1 note\)/);
    expect(text).toMatch(/1 finding suppressed/);
    expect(text).toMatch(/\n {2}logo\.png {2}binary file\n/);
    expect(text).not.toContain('SECRET_textKey7');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('colours severities with ANSI when asked', async () => {
    const result = await buildResult(FILES);
    const text = renderText(result, { color: true });
    expect(text).toMatch(ANSI);
    expect(text).toContain('\u001b[31merror  \u001b[39m');
    expect(text.replace(/\u001b\[\d+m/g, '')).toBe(renderText(result, { color: false }));
  });

  it('prefixes paths with cwdPrefix and lists suppressed findings when the policy reports them', async () => {
    const result = await buildResult(FILES, { policy: { suppressions: { report: true } } });
    const text = renderText(result, { color: false, cwdPrefix: '../repo/' });
    expect(text.split('\n')).toContain('../repo/src/app.ts');
    expect(text).toMatch(/Suppressed \(1\):\n {2}\.\.\/repo\/src\/c\.ts:1:12 {2}demo\/hardcoded-token {2}comment on line 1: test fixture/);
  });

  it('says so when there is nothing to report', async () => {
    const text = renderText(await buildResult({ 'a.ts': 'fine\n' }), { color: false });
    expect(text).toMatch(/^✔ /);
    expect(text).toMatch(/1 file analyzed/);
  });

  it('shows control characters in paths and messages as escapes, never raw', async () => {
    const result = await buildResult({ 'evil\u001b[2Jname.ts': 'FYI:bell\u0007 and \u001b]0;title\u0007\n' });
    const plain = renderText(result, { color: false });
    expect(plain).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(plain).toContain('evil\\x1B[2Jname.ts');
    const coloured = renderText(result, { color: true });
    // Only our own SGR sequences remain.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).not.toMatch(/\u001b/);
  });
});
