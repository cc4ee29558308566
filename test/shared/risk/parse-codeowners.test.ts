import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../../shared/risk/parse-codeowners.js';

const FILE = `# comment
*                   @acme/everyone
*.js                @js-owner   # trailing comment
**/logs             @acme/logs
/build/logs/        @doctocat
docs/*              docs@example.com
apps/               @octocat
/scripts/ @acme/ops
/scripts/generated/
`;

describe('parseCodeowners (GitHub semantics)', () => {
  const co = parseCodeowners(FILE);
  const owners = (path: string): readonly string[] | undefined => co.ruleFor(path)?.owners;
  it.each([
    ['README.md', ['@acme/everyone']],
    ['src/index.js', ['@js-owner']],
    ['build/logs/x.txt', ['@doctocat']],
    ['other/build/logs/x.txt', ['@acme/logs']],
    ['docs/getting-started.md', ['docs@example.com']],
    ['docs/build-app/troubleshooting.md', ['@acme/everyone']],
    ['apps/a.txt', ['@octocat']],
    ['deep/apps/b.txt', ['@octocat']],
    ['scripts/run.sh', ['@acme/ops']],
    ['scripts/generated/x.sh', []],
    ['a/b/logs/c.txt', ['@acme/logs']],
  ])('%s', (path, expected) => {
    expect(owners(path)).toEqual(expected);
  });
  it('last matching pattern wins', () => {
    expect(parseCodeowners('*.js @a\n/src/ @b\n').ruleFor('src/x.js')?.owners).toEqual(['@b']);
    expect(parseCodeowners('/src/ @b\n*.js @a\n').ruleFor('src/x.js')?.owners).toEqual(['@a']);
  });
  it('reports what GitHub cannot read, with the line', () => {
    const bad = parseCodeowners('* @ok\n!secret.txt @a\n[ab].txt @b\nsrc/ not-an-owner\n');
    expect(bad.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(bad.rules).toHaveLength(1);
  });
});
