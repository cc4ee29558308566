import { describe, expect, it } from 'vitest';
import { toSarifUri } from '../../../shared/report/to-sarif-uri.js';

describe('toSarifUri', () => {
  it('joins the prefix and path with / and no leading ./', () => {
    expect(toSarifUri('src/a.ts')).toBe('src/a.ts');
    expect(toSarifUri('src/a.ts', '')).toBe('src/a.ts');
    expect(toSarifUri('src/a.ts', 'repo/')).toBe('repo/src/a.ts');
    expect(toSarifUri('src/a.ts', 'repo')).toBe('repo/src/a.ts');
    expect(toSarifUri('src/a.ts', './repo/')).toBe('repo/src/a.ts');
    expect(toSarifUri('src/a.ts', '../')).toBe('../src/a.ts');
    expect(toSarifUri('./src//a.ts')).toBe('src/a.ts');
    expect(toSarifUri('src\\win\\a.ts')).toBe('src/win/a.ts');
  });

  it('maps the root itself to the prefix or "."', () => {
    expect(toSarifUri('.')).toBe('.');
    expect(toSarifUri('.', 'repo/')).toBe('repo');
    expect(toSarifUri('.', '../')).toBe('..');
  });

  it('percent-encodes what RFC 3986 does not allow in a segment, and ":" always', () => {
    expect(toSarifUri('a b/c#d?e%f.ts')).toBe('a%20b/c%23d%3Fe%25f.ts');
    expect(toSarifUri('é/😀.ts')).toBe('%C3%A9/%F0%9F%98%80.ts');
    expect(toSarifUri('c:x/[y].ts')).toBe('c%3Ax/%5By%5D.ts');
    expect(toSarifUri('node_modules/@scope/pkg+x,y;z=1&$.js')).toBe('node_modules/@scope/pkg+x,y;z=1&$.js');
    expect(toSarifUri("it's (ok)!~*.ts")).toBe("it's%20(ok)!~*.ts");
  });

  it('survives lone surrogates', () => {
    expect(toSarifUri('bad\uD800name.ts')).toBe('bad%EF%BF%BDname.ts');
  });
});
