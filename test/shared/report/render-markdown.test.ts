import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../shared/report/escape-markdown.js';
import { markdownCodeSpan } from '../../../shared/report/markdown-code-span.js';
import { renderMarkdown, STICKY_COMMENT_MARKER, type MarkdownSection } from '../../../shared/report/render-markdown.js';
import { buildResult, demoAnalyzer } from './build-result.js';

/** Table cells of a Markdown table row: splits on pipes that are not backslash-escaped. */
const cells = (row: string): string[] =>
  row
    .split(/(?<!\\)\|/)
    .slice(1, -1)
    .map((c) => c.trim());
const tableRows = (md: string): string[] =>
  md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !/^\| (Severity|Rule) \|/.test(l));
/** Text outside code spans (where Markdown and HTML would be interpreted). */
const outsideCode = (md: string): string => md.replace(/(`+)[\s\S]*?\1/g, '');

describe('renderMarkdown', () => {
  it('starts with the sticky-comment marker and a verdict, and links rules to their docs', async () => {
    const result = await buildResult({ 'src/app.ts': 'const t = "SECRET_mdKey1";\n// TODO_WEAK\nFYI: take note\n' });
    const md = renderMarkdown(result, { headSha: '0123456789abcdef', toolVersion: '0.1.0' });
    const lines = md.split('\n');
    expect(lines[0]).toBe(STICKY_COMMENT_MARKER);
    expect(lines[0]).toBe('<!-- tollgate:sticky-comment -->');
    expect(lines[1]).toMatch(/^### ❌ /);
    expect(md).toContain('`0123456`');
    const rows = tableRows(md);
    expect(rows).toHaveLength(3);
    const [token, weak] = rows.map(cells);
    expect(token?.[1]).toBe(`[\`demo/hardcoded-token\`](${demoAnalyzer.rules[0]?.docsUrl})`);
    expect(token?.[2]).toBe('`src/app.ts:1`');
    expect(weak?.[2]).toBe('`src/app.ts:2`');
    // Errors before warnings, notes collapsed.
    expect(rows.findIndex((r) => r.includes('demo/hardcoded-token'))).toBeLessThan(rows.findIndex((r) => r.includes('demo/weak-config')));
    expect(md).toMatch(/<details>\n<summary>1 note<\/summary>\n\n\| Rule \| Location \| Message \|/);
    expect(md).not.toContain('SECRET_mdKey1');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('says the gate does not block when there is no error', async () => {
    const warningsOnly = renderMarkdown(await buildResult({ 'a.ts': 'TODO_WEAK\n' }));
    expect(warningsOnly.split('\n')[1]).toMatch(/^### ✅ /);
    const clean = renderMarkdown(await buildResult({ 'a.ts': 'fine\n' }));
    expect(clean.split('\n')[1]).toMatch(/^### ✅ /);
    expect(tableRows(clean)).toEqual([]);
  });

  it('escapes paths and messages: no HTML, no broken table, no @mention', async () => {
    const path = 'evil|dir/<script>alert(1)</script> @octocat.ts';
    const message = ' <img src=x onerror=alert(1)> | @octocat [link](http://x) `code` *b* $x$ <!-- c -->';
    const result = await buildResult({ [path]: `SECRET_escape1\nFYI:${message}\n` }, { policy: { suppressions: { report: true } } });
    const md = renderMarkdown(result, { title: 'Gate <b>@team</b>' });
    for (const row of tableRows(md)) {
      // Severity/Rule/Location/Message, or Rule/Location/Message for notes: the pipes in the path and message are escaped.
      expect([3, 4]).toContain(cells(row).length);
    }
    const prose = outsideCode(md);
    expect(prose).not.toMatch(/<script|<img|<b>|<!-- c/);
    expect(prose).not.toMatch(/@octocat|@team/);
    expect(md).toContain('@&#8203;octocat');
    // Backtick-quoted text in a message stays code (inert); everything around it is escaped.
    expect(md).toContain(' `code` \\*b\\* \\$x\\$ &lt;!-- c --&gt;');
    expect(md).toContain('`evil\\|dir/<script>alert(1)</script> @octocat.ts:1`');
    expect(md.split('\n').filter((l) => l.includes('<!--'))).toEqual([STICKY_COMMENT_MARKER]);
  });

  it('collapses suppressed findings when the policy reports them, and otherwise only counts them', async () => {
    const files = { 'a.ts': 'const t = "SECRET_sup1"; // tollgate-ignore demo/hardcoded-token: documented test key\n' };
    const reported = renderMarkdown(await buildResult(files, { policy: { suppressions: { report: true } } }));
    expect(reported).toMatch(/<summary>1 suppressed finding<\/summary>/);
    const row = tableRows(reported).find((r) => r.includes('demo/hardcoded-token'))!;
    expect(cells(row)).toHaveLength(6);
    expect(cells(row)[4]).toBe('documented test key');

    const silent = renderMarkdown(await buildResult(files));
    expect(silent).not.toContain('<summary>1 suppressed');
    expect(tableRows(silent)).toEqual([]);
    expect(silent).toMatch(/1 finding suppressed/);
  });

  it('lists the files that were not analyzed and why', async () => {
    const result = await buildResult(
      { 'a.ts': 'ok\n' },
      {
        skipped: [
          { path: 'dump|x.sql', reason: 'too-large', detail: '3145728 bytes' },
          { path: 'logo.png', reason: 'binary' },
        ],
      },
    );
    const md = renderMarkdown(result);
    expect(md).toMatch(/<summary>2 files not analyzed<\/summary>/);
    // The byte count is broken by a zero-width space: 7+ digits could be a commit SHA to GitHub.
    expect(md.replaceAll('&#8203;', '')).toContain('- `dump|x.sql`: too large (3145728 bytes)');
    expect(md).toContain('- `logo.png`: binary file');
  });

  it('stays within maxLength with 5,000 findings, dropping rows from the end and saying how many', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `const k${i} = "SECRET_${i.toString(36)}x";`);
    const result = await buildResult({ 'src/many.ts': `${lines.join('\n')}\n`, 'src/z.ts': 'TODO_WEAK\n' });
    expect(result.findings).toHaveLength(5001);
    const md = renderMarkdown(result);
    expect(md.length).toBeLessThanOrEqual(65_000);
    expect(md.length).toBeGreaterThan(60_000);
    expect(md.split('\n')[0]).toBe(STICKY_COMMENT_MARKER);
    const shown = tableRows(md).length;
    const omitted = /…and ([\d,]+) more findings/.exec(md);
    expect(omitted).not.toBeNull();
    expect(shown + Number(omitted![1]!.replace(/,/g, ''))).toBe(5001);
    // The footer survives the cut.
    expect(md.trimEnd().endsWith('</sub>')).toBe(true);

    for (const maxLength of [20_000, 3_000, 800]) {
      const small = renderMarkdown(result, { maxLength });
      expect(small.length).toBeLessThanOrEqual(maxLength);
      expect(small.startsWith(`${STICKY_COMMENT_MARKER}\n`)).toBe(true);
    }
    expect(renderMarkdown(result, { maxLength: 10 }).length).toBeLessThanOrEqual(10);
  });

  it('places extra sections by order and drops droppable ones before findings', async () => {
    const risk: MarkdownSection = { id: 'risk', title: 'Risk tier: high', markdown: '- a connector gains write scope', order: 10 };
    const diagram: MarkdownSection = {
      id: 'diagram',
      title: 'Data flow',
      markdown: `\`\`\`mermaid\n${'graph LR; a-->b;\n'.repeat(3000)}\`\`\``,
      order: 150,
      droppable: true,
    };
    const result = await buildResult({ 'a.ts': Array.from({ length: 200 }, (_, i) => `SECRET_r${i}`).join('\n') });

    const roomy = renderMarkdown(result, { extraSections: [diagram, risk], maxLength: 200_000 });
    const at = (s: string): number => roomy.indexOf(s);
    expect(at('#### Risk tier: high')).toBeGreaterThan(0);
    expect(at('#### Risk tier: high')).toBeLessThan(at('#### Findings'));
    expect(at('#### Findings')).toBeLessThan(at('```mermaid'));
    expect(tableRows(roomy)).toHaveLength(200);

    const tight = renderMarkdown(result, { extraSections: [diagram, risk], maxLength: 50_000 });
    expect(tight.length).toBeLessThanOrEqual(50_000);
    expect(tight).not.toContain('```mermaid');
    expect(tight).toContain('#### Data flow');
    expect(tight).toContain('- a connector gains write scope');
    expect(tableRows(tight)).toHaveLength(200);
  });

  it('never exceeds maxLength nor throws, whatever the paths and messages (property)', async () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(text, fc.array(text, { maxLength: 4 })), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 4_000 }),
        fc.boolean(),
        async (files, maxLength, report) => {
          const entries = files.map(([path, messages], i): [string, string] => [
            `${i}${path}`,
            messages.map((m) => `FYI:${m.replace(/[\r\n]/g, ' ')}\nSECRET_p${i}`).join('\n'),
          ]);
          const result = await buildResult(entries, { policy: { suppressions: { report } } });
          const md = renderMarkdown(result, { maxLength, headSha: files[0]![0] });
          expect(md.length).toBeLessThanOrEqual(maxLength);
          if (maxLength >= 200) expect(md.startsWith(STICKY_COMMENT_MARKER)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('escapeMarkdown', () => {
  it('escapes inline syntax, HTML and mentions, and flattens lines', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<script>')).toBe('&lt;script&gt;');
    expect(escapeMarkdown('@user')).toBe('@&#8203;user');
    expect(escapeMarkdown('*x* _y_ `z` [l](u) ~s~ $m$ \\')).toBe('\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\~s\\~ \\$m\\$ \\\\');
    expect(escapeMarkdown('a\nb\r\nc\td')).toBe('a b  c d');
    expect(escapeMarkdown('x\u202Ey')).toBe('xy');
    expect(escapeMarkdown('&amp;')).toBe('&amp;amp;');
  });
});

describe('markdownCodeSpan', () => {
  it('picks a fence longer than any backtick run and pads when needed', () => {
    expect(markdownCodeSpan('a.ts')).toBe('`a.ts`');
    expect(markdownCodeSpan('a`b')).toBe('``a`b``');
    expect(markdownCodeSpan('`x`')).toBe('`` `x` ``');
    expect(markdownCodeSpan('a|b')).toBe('`a\\|b`');
    expect(markdownCodeSpan('a|b', { inTable: false })).toBe('`a|b`');
    expect(markdownCodeSpan('a\nb')).toBe('`a b`');
    expect(markdownCodeSpan('')).toBe('');
  });
});
