import { describe, expect, it } from 'vitest';
import { fakeAwsKeyId, gitIn, runTollgate, tempTree } from './run-tollgate.js';

// "0 files analyzed" is never left unexplained: the CLI says which .gitignore line or
// policy ignore glob excluded a named path, and --no-ignore scans gitignored files.

describe('a named path with nothing analyzed', () => {
  it('names the .gitignore file, line and pattern that excluded it, and --no-ignore scans it', async () => {
    const key = fakeAwsKeyId();
    const root = tempTree({ '.gitignore': '# build\ngenerated/\n', 'generated/config.py': `AWS_ACCESS_KEY_ID = "${key}"\n`, 'src/a.py': 'x = 1\n' });
    gitIn(root, 'init', '-q');
    const scan = await runTollgate(['scan', 'generated', '--format', 'json'], root);
    expect(scan.code).toBe(0);
    expect(JSON.parse(scan.stdout).summary.filesAnalyzed).toBe(0);
    expect(scan.stderr).toContain('generated: ');
    expect(scan.stderr).toContain('.gitignore:2');
    expect(scan.stderr).toContain('--no-ignore');

    const all = await runTollgate(['scan', 'generated', '--no-ignore', '--format', 'json'], root);
    expect(all.code).toBe(1);
    const report = JSON.parse(all.stdout) as { findings: { ruleId: string; path: string }[] };
    expect(report.findings.map((f) => f.path)).toContain('generated/config.py');
    expect(all.stdout + all.stderr).not.toContain(key);
  });

  it('names the policy ignore glob that matched every file below it (scan and diagram)', async () => {
    const root = tempTree({
      '.github/tollgate.yml': 'version: 1\nignore:\n  - "vendor/**"\n',
      'vendor/lib/client.ts': "import OpenAI from 'openai';\n",
    });
    gitIn(root, 'init', '-q');
    const scan = await runTollgate(['scan', 'vendor'], root);
    expect(scan.code).toBe(0);
    expect(scan.stderr).toContain('vendor: ');
    expect(scan.stderr).toContain('"vendor/**"');
    const diagram = await runTollgate(['diagram', 'vendor'], root);
    expect(diagram.stderr).toContain('"vendor/**"');
  });

  it('says nothing when files were analyzed', async () => {
    const root = tempTree({ 'src/a.py': 'x = 1\n' });
    gitIn(root, 'init', '-q');
    const scan = await runTollgate(['scan', 'src'], root);
    expect(scan.stderr).not.toContain('nothing analyzed');
  });
});
