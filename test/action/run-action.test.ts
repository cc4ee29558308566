import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  actionOutputs,
  buildCliArgs,
  chooseMode,
  escapeData,
  escapeProperty,
  exitCodeFor,
  formatAnnotations,
  formatOutputs,
  formatSummary,
  readInputs,
  SUMMARY_MAX_BYTES,
  type ActionInputs,
} from '../../scripts/action/action-steps.js';
import { fakeAwsKeyId, fakeGithubToken, gitIn, tempTree } from '../cli/run-tollgate.js';

const ENTRY = fileURLToPath(new URL('../../scripts/action/run-action.js', import.meta.url));
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: Record<string, unknown>[] }[];

/** A `pull_request.opened` payload from @octokit/webhooks-examples whose base is `baseSha`. */
function pullRequestPayload(baseSha: string): Record<string, unknown> {
  const found = examples.find((e) => e.name === 'pull_request')?.examples.find((x) => x.action === 'opened');
  if (!found) throw new Error('no pull_request.opened example');
  const payload = structuredClone(found) as { pull_request: { base: { sha: string } } };
  payload.pull_request.base.sha = baseSha;
  return payload;
}

const INPUTS: ActionInputs = { path: '.', policy: '', orgPolicy: '', failOn: 'error', sarifFile: 'tollgate.sarif', sarifCategory: 'tollgate' };
const SHA = 'a'.repeat(40);

describe('action steps (pure)', () => {
  it('reads inputs with defaults and rejects an unknown fail-on', () => {
    expect(readInputs({})).toEqual({ ...INPUTS, sarifCategory: '' });
    expect(readInputs({ INPUT_PATH: ' src ', INPUT_FAIL_ON: 'never', INPUT_SARIF_FILE: 'out/x.sarif', INPUT_POLICY: 'p.yml' })).toMatchObject({
      path: 'src',
      failOn: 'never',
      sarifFile: 'out/x.sarif',
      policy: 'p.yml',
    });
    expect(() => readInputs({ INPUT_FAIL_ON: 'sometimes' })).toThrow(/fail-on/);
  });

  it('reviews pull_request and merge_group events against the payload base, scans everything else', () => {
    expect(chooseMode('pull_request', pullRequestPayload(SHA))).toEqual({ mode: 'review', base: SHA });
    expect(chooseMode('merge_group', { merge_group: { base_sha: SHA } })).toEqual({ mode: 'review', base: SHA });
    expect(chooseMode('push', {})).toEqual({ mode: 'scan' });
    expect(chooseMode('schedule', undefined)).toEqual({ mode: 'scan' });
    expect(() => chooseMode('pull_request', {})).toThrow(/pull_request.base.sha/);
    expect(() => chooseMode('pull_request', pullRequestPayload('--output=/etc/x'))).toThrow(/no base commit/);
  });

  it('builds the CLI arguments, with --sarif-category only when the CLI has it', () => {
    const review = { mode: 'review', base: SHA } as const;
    expect(buildCliArgs({ ...INPUTS, policy: 'p.yml' }, review, { format: 'json', output: '/t/r.json' })).toEqual([
      'review',
      '--base',
      SHA,
      '--format',
      'json',
      '--output',
      '/t/r.json',
      '--no-color',
      '--config',
      'p.yml',
    ]);
    expect(buildCliArgs({ ...INPUTS, path: '-src' }, { mode: 'scan' }, { format: 'sarif', output: 'x', quiet: true })).toEqual([
      'scan',
      '--format',
      'sarif',
      '--output',
      'x',
      '--no-color',
      '--quiet',
      '--',
      '-src',
    ]);
    expect(buildCliArgs(INPUTS, review, { format: 'sarif', output: 'x', supportsSarifCategory: true })).toContain('--sarif-category');
    expect(buildCliArgs(INPUTS, review, { format: 'json', output: 'x', supportsSarifCategory: true })).not.toContain('--sarif-category');
  });

  it('escapes workflow-command data and properties as GitHub does', () => {
    expect(escapeData('100%\r\nnext::x')).toBe('100%25%0D%0Anext::x');
    expect(escapeProperty('a,b:c%\n')).toBe('a%2Cb%3Ac%25%0A');
  });

  it('formats one annotation per finding, errors first, with no way to end the command early', () => {
    const lines = formatAnnotations(
      {
        findings: [
          {
            ruleId: 'secrets/generic-assignment',
            severity: 'warning',
            path: 'a.ts',
            message: 'w',
            location: { startLine: 3, startColumn: 1, endLine: 4, endColumn: 2 },
          },
          {
            ruleId: 'secrets/github-token',
            severity: 'error',
            path: 'dir,x:y\n::error::z.ts',
            message: 'Token ghp_****\n::warning::x 100%',
            location: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 9 },
          },
          { ruleId: 'tollgate/analyzer-failed', severity: 'note', path: '.', message: 'failed' },
        ],
      },
      'sub/',
    );
    expect(lines).toEqual([
      '::error file=sub/dir%2Cx%3Ay%0A%3A%3Aerror%3A%3Az.ts,line=2,endLine=2,col=5,endColumn=9,title=tollgate%3A secrets/github-token::Token ghp_****%0A::warning::x 100%25',
      '::warning file=sub/a.ts,line=3,endLine=4,title=tollgate%3A secrets/generic-assignment::w',
      '::notice title=tollgate%3A tollgate/analyzer-failed::failed',
    ]);
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });

  it('sets outputs in the delimiter form and refuses a value holding the delimiter', () => {
    const outputs = actionOutputs({ summary: { error: 2, warning: 1 }, risk: { tier: 'high' } }, 'tollgate.sarif');
    expect(outputs).toEqual({ tier: 'high', errors: '2', warnings: '1', 'sarif-file': 'tollgate.sarif' });
    expect(actionOutputs({ summary: { error: 0, warning: 0 } }, 'x').tier).toBe('');
    expect(formatOutputs({ tier: 'low', errors: '0' }, 'EOF_1')).toBe('tier<<EOF_1\nlow\nEOF_1\nerrors<<EOF_1\n0\nEOF_1\n');
    expect(() => formatOutputs({ 'sarif-file': 'x\nEOF_1' }, 'EOF_1')).toThrow(/delimiter/);
  });

  it('keeps the job summary under GitHub’s limit', () => {
    expect(formatSummary('# Report\n', 'tollgate.sarif')).toContain('# Report');
    const long = formatSummary(`${'| row |\n'.repeat(SUMMARY_MAX_BYTES / 4)}`, 'tollgate.sarif');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(long).toContain('longer than a job summary can hold');
  });

  it('exits as the CLI and fail-on decide; a usage error always fails', () => {
    const warnOnly = { summary: { error: 0, warning: 1 } };
    expect(exitCodeFor(1, 'error', undefined)).toBe(1);
    expect(exitCodeFor(0, 'error', warnOnly)).toBe(0);
    expect(exitCodeFor(0, 'warning', warnOnly)).toBe(1);
    expect(exitCodeFor(1, 'never', undefined)).toBe(0);
    expect(exitCodeFor(2, 'never', undefined)).toBe(2);
    expect(exitCodeFor(134, 'error', undefined)).toBe(2);
  });
});

interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** Runs the action's entry as the composite step does, in `workspace`, with a fake runner environment. */
function runAction(workspace: string, eventName: string, payload: unknown, inputs: Record<string, string>): Promise<ActionRun> {
  const runner = mkdtempSync(join(tmpdir(), 'tollgate-runner-'));
  const files = { event: join(runner, 'event.json'), output: join(runner, 'output'), summary: join(runner, 'summary.md') };
  writeFileSync(files.event, JSON.stringify(payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: runner,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k}`, v])),
  };
  return new Promise((resolve) => {
    execFile(process.execPath, [ENTRY], { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const outputs: Record<string, string> = {};
      for (const m of readFileSync(files.output, 'utf8').matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2\n/gm)) outputs[m[1] as string] = m[3] as string;
      resolve({
        code: error ? (typeof error.code === 'number' ? error.code : 99) : 0,
        stdout,
        stderr,
        outputs,
        summary: readFileSync(files.summary, 'utf8'),
      });
    });
  });
}

/** `::error file=…,line=…,title=…::` annotations as [command, file, line, rule]. */
const annotated = (stdout: string): string[][] =>
  [...stdout.matchAll(/^::(error|warning|notice) file=([^,]*),line=(\d+),.*title=tollgate%3A ([^:]+)::/gm)].map(
    (m) => [m[1], m[2], m[3], m[4]] as string[],
  );

// Each run starts the CLI four times (help, JSON, SARIF, Markdown); slow on two shared cores.
describe('the action entry (scripts/action/run-action.js)', { timeout: 240_000 }, () => {
  it('on pull_request: reviews against the payload base, annotates the added line, writes SARIF, outputs and summary, fails', async () => {
    const token = fakeGithubToken();
    const repo = tempTree({ 'src/client.ts': 'export const base = 1;\n', 'old.ts': `export const k = "${fakeAwsKeyId()}";\n` });
    gitIn(repo, 'init', '-q');
    gitIn(repo, 'add', '-A');
    gitIn(repo, 'commit', '-q', '-m', 'base');
    const base = gitIn(repo, 'rev-parse', 'HEAD').trim();
    gitIn(repo, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(repo, 'src/client.ts'), `export const base = 1;\nexport const token = "${token}";\n`);
    gitIn(repo, 'commit', '-q', '-am', 'head');

    const run = await runAction(repo, 'pull_request', pullRequestPayload(base), {
      SARIF_FILE: 'out/tollgate.sarif',
      SARIF_CATEGORY: 'tollgate',
      FAIL_ON: 'error',
    });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    // Only the change: old.ts holds a key too, but the pull request does not touch it.
    expect(annotated(run.stdout)).toEqual([['error', 'src/client.ts', '2', 'secrets/github-token']]);
    expect(run.outputs).toMatchObject({ errors: '1', warnings: '0', 'sarif-file': 'out/tollgate.sarif' });
    expect(['low', 'medium', 'high']).toContain(run.outputs.tier);
    const sarifText = readFileSync(join(repo, 'out/tollgate.sarif'), 'utf8');
    const sarif = JSON.parse(sarifText) as {
      runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.runs[0]?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.artifactLocation.uri])).toEqual([
      ['secrets/github-token', 'src/client.ts'],
    ]);
    expect(run.summary).toContain('Tollgate');
    expect(run.summary).toContain('src/client.ts');
    for (const text of [run.stdout, run.stderr, JSON.stringify(run.outputs), run.summary, sarifText]) expect(text.includes(token)).toBe(false);

    const never = await runAction(repo, 'pull_request', pullRequestPayload(base), { FAIL_ON: 'never' });
    expect(never.code).toBe(0);
    expect(never.outputs.errors).toBe('1');
    expect(existsSync(join(repo, 'tollgate.sarif'))).toBe(true);
  });

  it('on push: scans the input path whole, tier empty; passes on a clean tree', async () => {
    const token = fakeGithubToken();
    const repo = tempTree({ 'src/a.ts': `\n\nconst t = "${token}";\n`, 'other/b.ts': `const k = "${fakeAwsKeyId()}";\n` });
    gitIn(repo, 'init', '-q');
    gitIn(repo, 'add', '-A');
    gitIn(repo, 'commit', '-q', '-m', 'one');
    const run = await runAction(repo, 'push', { ref: 'refs/heads/main' }, { PATH: 'src' });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    expect(annotated(run.stdout)).toEqual([['error', 'src/a.ts', '3', 'secrets/github-token']]);
    expect(run.outputs).toEqual({ tier: '', errors: '1', warnings: '0', 'sarif-file': 'tollgate.sarif' });
    for (const text of [run.stdout, run.stderr, run.summary, readFileSync(join(repo, 'tollgate.sarif'), 'utf8')])
      expect(text.includes(token)).toBe(false);

    const clean = tempTree({ 'a.ts': 'export const a = process.env.TOKEN;\n' });
    gitIn(clean, 'init', '-q');
    const ok = await runAction(clean, 'push', {}, {});
    expect(ok.code, ok.stdout + ok.stderr).toBe(0);
    expect(annotated(ok.stdout)).toEqual([]);
    expect(ok.outputs.errors).toBe('0');
  });

  it('fails with one error annotation on a bad input or a pull_request payload without a base', async () => {
    const repo = tempTree({ 'a.ts': '' });
    const bad = await runAction(repo, 'push', {}, { FAIL_ON: 'sometimes' });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toMatch(/^::error title=tollgate::input fail-on/m);
    const noBase = await runAction(repo, 'pull_request', { pull_request: {} }, {});
    expect(noBase.code).toBe(2);
    expect(noBase.stdout).toMatch(/pull_request\.base\.sha/);
  });
});
