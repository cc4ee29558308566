import { describe, expect, it } from 'vitest';
import { checkParseLimits, MAX_PARSE_CHARS, MAX_PARSE_NESTING, parseLimitOf } from '../../../shared/typescript/parse-limits.js';
import { parseTypeScript } from '../../../shared/typescript/parse-typescript.js';

describe('parseTypeScript', () => {
  it('keeps the base and the head of one path as two trees, and reuses each', async () => {
    const base = await parseTypeScript('src/a.ts', 'export const a = 1;\n');
    const head = await parseTypeScript('src/a.ts', '"'.repeat(200 * 1024));
    expect(head.sourceFile).not.toBe(base.sourceFile);
    expect((await parseTypeScript('src/a.ts', 'export const a = 1;\n')).sourceFile).toBe(base.sourceFile);
    expect((await parseTypeScript('src/a.ts', '"'.repeat(200 * 1024))).sourceFile).toBe(head.sourceFile);
    expect(head.sourceFile.statements.length).toBe(100 * 1024);
  });

  it('selects the script kind by extension', async () => {
    const { ts, sourceFile } = await parseTypeScript('src/view.tsx', 'export const v = <div>{x}</div>;\n');
    expect((sourceFile as unknown as { scriptKind: number }).scriptKind).toBe(ts.ScriptKind.TSX);
  });

  it('refuses files above the bounds with the bound broken', async () => {
    await expect(parseTypeScript('big.ts', 'x'.repeat(MAX_PARSE_CHARS + 1))).rejects.toSatisfy((e) => parseLimitOf(e)?.reason === 'size');
    await expect(parseTypeScript('deep.ts', 'x = ' + '['.repeat(MAX_PARSE_NESTING + 1))).rejects.toSatisfy(
      (e) => parseLimitOf(e)?.reason === 'nesting',
    );
  });
});

describe('checkParseLimits', () => {
  it('counts bracket nesting outside comments, strings and template text', () => {
    expect(checkParseLimits('f(a[{ b: () => { return `${x}` } }]);')).toBeUndefined();
    const deep = '('.repeat(MAX_PARSE_NESTING + 1);
    expect(checkParseLimits(`// ${deep}\n/* ${deep} */\nconst s = "${deep}", t = '${deep}', u = \`${deep}\`;`)).toBeUndefined();
    expect(checkParseLimits(`x = ${deep}`)).toEqual({ reason: 'nesting', value: MAX_PARSE_NESTING + 1, max: MAX_PARSE_NESTING });
    expect(checkParseLimits('`${'.repeat(MAX_PARSE_NESTING + 1))?.reason).toBe('nesting');
    expect(checkParseLimits('`a ${ `b ${ c } d` } e` + f'.repeat(1000))).toBeUndefined();
  });

  it('measures size in characters', () => {
    expect(checkParseLimits('"'.repeat(MAX_PARSE_CHARS))).toBeUndefined();
    expect(checkParseLimits('"'.repeat(MAX_PARSE_CHARS + 1))).toEqual({ reason: 'size', value: MAX_PARSE_CHARS + 1, max: MAX_PARSE_CHARS });
  });
});
