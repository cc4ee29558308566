import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../../shared/report/escape-markdown.js';
import { renderMarkdown } from '../../../shared/report/render-markdown.js';
import { buildResult } from './build-result.js';
import { AUTOLINK_SAMPLES, findAutolinks } from './find-autolinks.js';

describe('findAutolinks (the checker)', () => {
  it.each(AUTOLINK_SAMPLES)('finds %s in prose', (sample) => {
    expect(findAutolinks(`see ${sample} now`)).not.toEqual([]);
  });

  it('ignores code spans, fenced code, HTML tags and link destinations', () => {
    const md = [
      '`#1 https://x.example @a deadbeef1`',
      '```mermaid',
      'a["#1 www.x.example"]',
      '```',
      '<sub>x</sub> [`rule`](https://docs.example/rule.md)',
    ].join('\n');
    expect(findAutolinks(md)).toEqual([]);
  });
});

describe('escapeMarkdown neutralises autolinks', () => {
  it.each(AUTOLINK_SAMPLES)('%s', (sample) => {
    expect(findAutolinks(escapeMarkdown(`see ${sample} now`))).toEqual([]);
    expect(findAutolinks(escapeMarkdown(sample))).toEqual([]);
  });

  it('all of them in one string, and the text still reads the same', () => {
    const text = AUTOLINK_SAMPLES.join(' ');
    const escaped = escapeMarkdown(text);
    expect(findAutolinks(escaped)).toEqual([]);
    // Only zero-width spaces and the existing escapes were added.
    const visible = escaped.replaceAll('&#8203;', '').replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    expect(visible).toBe(text);
  });
});

describe('renderMarkdown: repository text links nothing', () => {
  it('paths, messages and suppression reasons with references, SHAs and URLs', async () => {
    const hostile = AUTOLINK_SAMPLES.join(' ');
    const path = `src/${AUTOLINK_SAMPLES.slice(0, 4).join('_')}.ts`;
    const result = await buildResult(
      {
        [path]: `SECRET_a1\nTODO_WEAK\nFYI:${hostile}\n// tollgate-ignore demo/weak-config: ${hostile}\nTODO_WEAK\n`,
        'b.ts': `FYI:\`${hostile}\` and ${hostile}\n`,
      },
      { policy: { suppressions: { report: true } }, skipped: [{ path: `big ${hostile}.sql`, reason: 'too-large', detail: hostile }] },
    );
    const md = renderMarkdown(result, {
      title: `Gate ${hostile}`,
      extraSections: [{ id: 'x', title: `Section ${hostile}`, markdown: escapeMarkdown(hostile) }],
    });
    expect(md).toContain('evil');
    expect(findAutolinks(md)).toEqual([]);
  });
});
