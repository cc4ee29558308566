import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, fakeGithubToken, gitIn, runTollgate, tempTree } from './run-tollgate.js';

interface JsonReport {
  findings: { ruleId: string; path: string; location: { startLine: number }; message: string; severity: string }[];
  suppressed: { ruleId: string }[];
  skipped: { path: string; reason: string }[];
  summary: Record<string, number>;
}

const parse = (text: string): JsonReport => JSON.parse(text) as JsonReport;

describe('tollgate scan', () => {
  it('exits 1 on error-level findings, never prints the secret, and 0 on a clean tree', async () => {
    const token = fakeGithubToken();
    const root = tempTree({ 'src/client.ts': `export const token = "${token}";\n`, 'README.md': '# hi\n' });
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const run = await runTollgate(['scan', '--format', format], root);
      expect(run.code, `${format}: ${run.stderr}`).toBe(1);
      expect(run.stdout + run.stderr).not.toContain(token);
      expect(run.stdout).toContain('src/client.ts');
    }
    const json = parse((await runTollgate(['scan', '--format', 'json'], root)).stdout);
    expect(json.findings.map((f) => [f.ruleId, f.path, f.location.startLine])).toEqual([['secrets/github-token', 'src/client.ts', 1]]);
    const clean = tempTree({ 'src/a.ts': 'export const x = process.env.GITHUB_TOKEN;\n' });
    expect((await runTollgate(['scan'], clean)).code).toBe(0);
  });

  it('writes --output files and scans only the named paths', async () => {
    const root = tempTree({ 'a/k.ts': `const k = "${fakeAwsKeyId()}";\n`, 'b/k.ts': `const k = "${fakeAwsKeyId()}";\n` });
    const run = await runTollgate(['scan', 'a', '--format', 'sarif', '--output', 'out/report.sarif'], root);
    expect(run.code).toBe(1);
    const sarif = JSON.parse(readFileSync(join(root, 'out/report.sarif'), 'utf8')) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri)).toEqual(['a/k.ts']);
  });

  it('--sarif-category sets automationDetails.id and GitHub line hashes computed with the secret masked', async () => {
    const tokens = [fakeGithubToken(), fakeGithubToken()];
    const sarifs = [];
    for (const token of tokens) {
      const root = tempTree({ 'src/client.ts': `// client\nexport const token = "${token}";\n` });
      const run = await runTollgate(['scan', '--format', 'sarif', '--sarif-category', 'tollgate/secrets', '--quiet'], root);
      expect(run.code).toBe(1);
      expect(run.stdout).not.toContain(token);
      sarifs.push(
        JSON.parse(run.stdout) as { runs: { automationDetails?: { id: string }; results: { partialFingerprints: Record<string, string> }[] }[] },
      );
    }
    const [a, b] = sarifs;
    expect(a?.runs[0]?.automationDetails).toEqual({ id: 'tollgate/secrets/' });
    const hash = a?.runs[0]?.results[0]?.partialFingerprints.primaryLocationLineHash;
    expect(hash).toMatch(/^[0-9a-f]{1,16}:1$/);
    // Two different tokens, one hash: it is computed over the masked line.
    expect(b?.runs[0]?.results[0]?.partialFingerprints.primaryLocationLineHash).toBe(hash);
    const root = tempTree({ 'a.ts': '' });
    const bad = await runTollgate(['scan', '--format', 'sarif', '--sarif-category', 'has space'], root);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--sarif-category/);
    expect((await runTollgate(['review', '--help'], root)).stdout).toMatch(/--sarif-category <name>/);
  });

  it('exits 2 with a clear message for a path that does not exist', async () => {
    const run = await runTollgate(['scan', 'nope'], tempTree({ 'a.ts': '' }));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/nope.*does not exist/);
  });

  it('exits 2 on usage errors: unknown format, unknown option, unknown command', async () => {
    const root = tempTree({ 'a.ts': '' });
    expect((await runTollgate(['scan', '--format', 'xml'], root)).code).toBe(2);
    expect((await runTollgate(['scan', '--bogus'], root)).code).toBe(2);
    expect((await runTollgate(['frobnicate'], root)).code).toBe(2);
  });

  it('prints help for every command and exits 0', async () => {
    const root = tempTree({});
    for (const args of [['--help'], ['scan', '--help'], ['review', '--help']]) {
      const run = await runTollgate(args, root);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Usage: tollgate/);
    }
  });

  it('on an invalid policy: exits 2, names file, line and key, and still reports the analysis', async () => {
    const token = fakeGithubToken();
    const root = tempTree({
      '.github/tollgate.yml': 'ignore:\n  - "vendor/**"\nsupressions:\n  report: true\n',
      'src/a.ts': `const t = "${token}";\n`,
    });
    const run = await runTollgate(['scan', '--format', 'json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('.github/tollgate.yml:3:1');
    expect(run.stderr).toContain('supressions');
    const json = parse(run.stdout);
    expect(json.findings.map((f) => f.ruleId).sort()).toEqual(['secrets/github-token', 'tollgate/policy-invalid']);
    const policyFinding = json.findings.find((f) => f.ruleId === 'tollgate/policy-invalid');
    expect(policyFinding?.location.startLine).toBe(3);
  });

  it('skips binary files, reads invalid UTF-8 leniently and oversized files up to the limit, and lists them', async () => {
    const root = tempTree({
      '.github/tollgate.yml': 'limits:\n  maxFileBytes: 1000\n',
      'img.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]),
      'latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'big.js': 'x'.repeat(5000),
      'ok.ts': 'const a = 1;\n',
    });
    const json = parse((await runTollgate(['scan', '--format', 'json'], root)).stdout);
    expect(json.skipped.map((s) => [s.path, s.reason, (s as { partial?: boolean }).partial ?? false])).toEqual([
      ['big.js', 'too-large', true],
      ['img.png', 'binary', false],
    ]);
    expect(json.summary.filesAnalyzed).toBe(4);
  });

  it('scans a 1 MB single-line minified file without hanging', async () => {
    const token = fakeGithubToken();
    const line = `${'var a=1,b="x";'.repeat(70_000)}var t="${token}";`;
    const root = tempTree({ 'app.min.js': line });
    const run = await runTollgate(['scan', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(parse(run.stdout).findings.map((f) => f.ruleId)).toContain('secrets/github-token');
    expect(run.stdout).not.toContain(token);
  });

  it('--update-baseline accepts current findings; the next run reports them as suppressed', async () => {
    const root = tempTree({ 'a.ts': `const t = "${fakeGithubToken()}";\n` });
    const first = await runTollgate(['scan', '--update-baseline', '--format', 'json'], root);
    expect(first.code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(root, '.tollgate-baseline.json'), 'utf8')) as { findings: unknown[] };
    expect(baseline.findings).toHaveLength(1);
    const next = parse((await runTollgate(['scan', '--format', 'json'], root)).stdout);
    expect(next.findings).toHaveLength(0);
    expect(next.summary.suppressed).toBe(1);
    writeFileSync(join(root, '.tollgate-baseline.json'), '{ not json');
    const broken = await runTollgate(['scan', '--format', 'json'], root);
    expect(
      parse(broken.stdout)
        .findings.map((f) => f.ruleId)
        .sort(),
    ).toEqual(['secrets/github-token', 'tollgate/policy-invalid']);
  });
});

describe('tollgate review', () => {
  function repoWithChange(): { root: string; token: string; oldToken: string } {
    const oldToken = fakeGithubToken();
    const token = fakeGithubToken();
    const root = tempTree({ 'src/old.ts': `export const legacy = "${oldToken}";\nexport const a = 1;\n` });
    gitIn(root, 'init', '-q');
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-qm', 'base');
    gitIn(root, 'checkout', '-qb', 'feature');
    writeFileSync(join(root, 'src/old.ts'), `export const legacy = "${oldToken}";\nexport const a = 2;\n`);
    writeFileSync(join(root, 'src/new.ts'), `// connector\nexport const token = "${token}";\n`);
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-qm', 'head');
    return { root, token, oldToken };
  }

  it('reports findings on added lines only, with the policy from the base', async () => {
    const { root, token, oldToken } = repoWithChange();
    const run = await runTollgate(['review', '--base', 'main', '--format', 'json'], root);
    expect(run.code).toBe(1);
    const json = parse(run.stdout);
    expect(json.findings.map((f) => [f.ruleId, f.path, f.location.startLine])).toEqual([['secrets/github-token', 'src/new.ts', 2]]);
    expect(run.stdout + run.stderr).not.toContain(token);
    expect(run.stdout + run.stderr).not.toContain(oldToken);
    const md = await runTollgate(['review', '--base', 'main', '--head', 'feature', '--format', 'markdown'], root);
    expect(md.stdout).toContain('src/new.ts');
    expect(md.stdout).not.toContain(token);
  });

  it('reads the policy from the base branch, so a change cannot weaken its own gate', async () => {
    const { root } = repoWithChange();
    gitIn(root, 'checkout', '-q', 'feature');
    mkdirSync(join(root, '.github'), { recursive: true });
    writeFileSync(join(root, '.github/tollgate.yml'), 'analyzers:\n  secrets:\n    enabled: false\n');
    gitIn(root, 'add', '.github');
    gitIn(root, 'commit', '-qm', 'turn the scanner off');
    const run = await runTollgate(['review', '--base', 'main', '--format', 'json'], root);
    expect(run.code).toBe(1);
    expect(parse(run.stdout).findings.map((f) => f.ruleId)).toContain('secrets/github-token');
  });

  it('exits 2 with what to do for a ref that does not exist and outside git', async () => {
    const { root } = repoWithChange();
    const run = await runTollgate(['review', '--base', 'no-such-branch'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no-such-branch.*does not exist/);
    const outside = await runTollgate(['review', '--base', 'main'], tempTree({ 'a.ts': '' }));
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/git repository/);
    const missing = await runTollgate(['review'], root);
    expect(missing.code).toBe(2);
  });
});
