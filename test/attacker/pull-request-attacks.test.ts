import { mkdirSync, rmSync, symlinkSync, writeFileSync, existsSync, readFileSync } from 'node:fs';

import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeGithubToken, gitIn, randomString, runTollgate, tempTree } from '../cli/run-tollgate.js';

/**
 * The gate as an attacker meets it: each test is a pull request that tries to walk
 * past the gate (issue "gate integrity"), reviewed through `tollgate review` exactly
 * as the App reviews it, with the safe outcome asserted. The App's own paths are
 * covered in test/app/ where they differ (file-count limit, binary blobs).
 */

type Files = Record<string, string | Uint8Array | null>;

interface ReviewJson {
  findings: { ruleId: string; messageId: string; path: string; severity: string; location: { startLine: number }; fingerprint: string }[];
  suppressed: { ruleId: string; path: string }[];
  skipped: { path: string; reason: string; partial?: boolean }[];
  risk: { tier: string; facts: { id: string; evidence: { path: string; detail?: string }[] }[]; checklist: { id: string; status: string }[] };
  approvers: { kind: string; name: string; reason: string }[];
}

/** A repository whose `main` holds `base` and whose `feature` branch applies `head` (null deletes). */
function pullRequest(base: Files, head: Files): string {
  const root = tempTree({});
  gitIn(root, 'init', '-q');
  write(root, base);
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-qm', 'base', '--allow-empty');
  gitIn(root, 'checkout', '-qb', 'feature');
  write(root, head);
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-qm', 'head', '--allow-empty');
  return root;
}

function write(root: string, files: Files): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    if (content === null) {
      rmSync(full);
      continue;
    }
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

async function review(root: string): Promise<{ code: number; json: ReviewJson; output: string }> {
  const run = await runTollgate(['review', '--base', 'main', '--format', 'json'], root);
  return { code: run.code, json: JSON.parse(run.stdout) as ReviewJson, output: run.stdout + run.stderr };
}

/** A valid connector manifest: the agent sends `data` to `system` (an LLM when it is `openai`). */
function connectorManifest(name: string, owner: string, system: string, data: string): string {
  const kind = system === 'openai' ? 'llm' : 'crm';
  return [
    `name: ${name}`,
    `owner: "${owner}"`,
    'purpose: Sync records for the agent.',
    'auth:',
    '  type: oauth',
    '  scopes: [read]',
    '  credential:',
    '    source: vault',
    `    ref: kv/agent/${name}`,
    '    rotation: 90d',
    'systems:',
    '  - id: agent',
    '    kind: internal',
    '    region: eu-central-1',
    `  - id: ${system}`,
    `    kind: ${kind}`,
    '    region: eu-central-1',
    'flows:',
    '  - from: agent',
    `    to: ${system}`,
    `    data: [${data}]`,
    '    region: eu-central-1',
    'audit:',
    '  sink: cloudwatch:/acme/agent/audit',
    '  retentionDays: 400',
    '',
  ].join('\n');
}

const facts = (json: ReviewJson): string[] => json.risk.facts.map((f) => f.id);
const rules = (json: ReviewJson): string[] => json.findings.map((f) => f.ruleId);
const secretsItem = (json: ReviewJson): string | undefined => json.risk.checklist.find((c) => c.id === 'secrets')?.status;

describe('attack: make a changed file unreadable so it is not reviewed', () => {
  it('one invalid UTF-8 byte does not switch scanning off', async () => {
    const token = fakeGithubToken();
    const root = pullRequest(
      { 'a.ts': 'export const a = 1;\n' },
      { 'src/client.ts': Buffer.concat([Buffer.from('// caf'), Buffer.from([0xe9]), Buffer.from(`\nexport const token = "${token}";\n`)]) },
    );
    const { code, json, output } = await review(root);
    expect(code).toBe(1);
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'secrets/github-token', path: 'src/client.ts' }));
    expect(output).not.toContain(token);
  });

  it('a NUL byte planted at the top of a text file does not switch scanning off', async () => {
    const token = fakeGithubToken();
    const root = pullRequest({ 'a.ts': 'a\n' }, { 'config/settings.ts': Buffer.from(`\0\nexport const token = "${token}";\n`) });
    const { code, json } = await review(root);
    expect(code).toBe(1);
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'secrets/github-token', path: 'config/settings.ts' }));
  });

  it('a file over the size limit is scanned up to the limit and the rest is an error that raises the tier', async () => {
    const token = fakeGithubToken();
    const root = pullRequest(
      { '.github/tollgate.yml': 'limits:\n  maxFileBytes: 2000\n', 'a.ts': 'a\n' },
      { 'src/big.ts': `export const token = "${token}";\n${'// padding\n'.repeat(400)}` },
    );
    const { code, json } = await review(root);
    expect(code).toBe(1);
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'secrets/github-token', path: 'src/big.ts' }));
    expect(json.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'tollgate/file-not-analyzed', messageId: 'tooLarge', path: 'src/big.ts', severity: 'error' }),
    );
    expect(json.skipped).toContainEqual(expect.objectContaining({ path: 'src/big.ts', reason: 'too-large', partial: true }));
  });

  it('a binary file is a finding, the tier rises and the secrets checklist item is not verified', async () => {
    const blob = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const root = pullRequest({ 'a.ts': 'a\n' }, { 'vendor/blob.bin': blob });
    const { code, json } = await review(root);
    expect(code).toBe(1);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'tollgate/file-not-analyzed', messageId: 'binary', path: 'vendor/blob.bin' }),
    );
    expect(facts(json)).toContain('file-not-analyzed');
    expect(json.risk.tier).toBe('high');
    expect(secretsItem(json)).toBe('failed');
  });

  it('the policy at the base can lower the finding for a glob; a recognised image is a note that sets no fact', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const blob = new Uint8Array(4096).map((_, i) => (i * 37) % 256);
    const root = pullRequest(
      {
        '.github/tollgate.yml':
          'limits:\n  notAnalyzed:\n    - path: "assets/**"\n      severity: warning\n      reason: design assets, reviewed by the design team\n',
        'a.ts': 'a\n',
      },
      { 'assets/font.bin': blob, 'docs/logo.png': png },
    );
    const { code, json } = await review(root);
    expect(code).toBe(0);
    const notAnalyzed = json.findings.filter((f) => f.ruleId === 'tollgate/file-not-analyzed').map((f) => [f.path, f.messageId, f.severity]);
    expect(notAnalyzed).toEqual([
      ['assets/font.bin', 'binary', 'warning'],
      ['docs/logo.png', 'binaryFormat', 'note'],
    ]);
    expect(facts(json)).toContain('file-not-analyzed');
  });

  it('a name with a trailing space is reviewed under its real name', async () => {
    const token = fakeGithubToken();
    const root = pullRequest({ 'config.ts': 'export const a = 1;\n' }, { 'config.ts ': `export const token = "${token}";\n` });
    const { code, json } = await review(root);
    expect(code).toBe(1);
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'secrets/github-token', path: 'config.ts ' }));
  });
});

describe('attack: borrow an existing suppression comment', () => {
  const comment = '// tollgate-ignore secrets/github-token: the fixture server token, revoked\n';

  it('a line inserted under an old suppression comment is not suppressed, and the move is a suppression change', async () => {
    const old = fakeGithubToken();
    const token = fakeGithubToken();
    const root = pullRequest(
      { 'src/fixture.ts': `${comment}export const fixture = "${old}";\n` },
      { 'src/fixture.ts': `${comment}export const live = "${token}";\nexport const fixture = "${old}";\n` },
    );
    const { code, json } = await review(root);
    expect(code).toBe(1);
    expect(json.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'secrets/github-token', path: 'src/fixture.ts', location: expect.objectContaining({ startLine: 2 }) }),
    );
    expect(rules(json)).toContain('suppressions/moved');
    expect(json.suppressed).toEqual([]);
    expect(facts(json)).toContain('suppression-changed');
    expect(json.risk.tier).toBe('high');
  });

  it('a suppression written in the change itself still applies, as a reviewed suppression change', async () => {
    const token = fakeGithubToken();
    const root = pullRequest({ 'a.ts': 'a\n' }, { 'src/fixture.ts': `${comment}export const fixture = "${token}";\n` });
    const { json } = await review(root);
    expect(rules(json)).not.toContain('secrets/github-token');
    expect(rules(json)).not.toContain('suppressions/moved');
    expect(facts(json)).toContain('suppression-changed');
  });
});

describe('attack: choose your own approver', () => {
  const manifest = (owner: string): string => connectorManifest('crm', owner, 'crm', 'internal');

  it('changing the owner in the pull request does not change who approves: the base owner does, and the change is high risk', async () => {
    const root = pullRequest(
      { 'connectors/crm/connector.yml': manifest('@acme/platform') },
      { 'connectors/crm/connector.yml': manifest('@friend-of-author') },
    );
    const { json } = await review(root);
    expect(facts(json)).toContain('owner-changed');
    expect(json.risk.tier).toBe('high');
    const owners = json.approvers.filter((a) => a.name.includes('acme/platform') || a.name.includes('friend-of-author'));
    expect(owners.map((a) => a.name).join(' ')).toContain('acme/platform');
    expect(owners.map((a) => a.name).join(' ')).not.toContain('friend-of-author');
  });

  it('an owner that names no user or team is a manifest error, not a vanished requirement', async () => {
    const root = pullRequest({ 'a.ts': 'a\n' }, { 'connectors/crm/connector.yml': manifest('whoever@example.com') });
    const { code, json } = await review(root);
    expect(code).toBe(1);
    expect(json.findings).toContainEqual(expect.objectContaining({ ruleId: 'flows/manifest-invalid', path: 'connectors/crm/connector.yml' }));
  });
});

describe('attack: point policy paths outside the repository', () => {
  it('a baseline path with `..` is a positioned policy error and nothing outside is read', async () => {
    const outside = tempTree({ 'outside.json': '{"version":1,"findings":[]}' });
    const root = pullRequest(
      { '.github/tollgate.yml': `suppressions:\n  baseline: ../${outside.split('/').pop()}/outside.json\n`, 'a.ts': 'a\n' },
      { 'b.ts': 'b\n' },
    );
    const { json } = await review(root);
    expect(json.findings).toContainEqual(
      expect.objectContaining({
        ruleId: 'tollgate/policy-invalid',
        path: '.github/tollgate.yml',
        location: expect.objectContaining({ startLine: 2 }),
      }),
    );
  });

  it('scan refuses a baseline reached through a symbolic link out of the repository, and --update-baseline writes nothing there', async () => {
    const outside = tempTree({ 'secret-notes.txt': 'not json: hunter2\n' });
    const root = tempTree({ 'a.ts': `export const t = "${fakeGithubToken()}";\n` });
    symlinkSync(join(outside, 'secret-notes.txt'), join(root, '.tollgate-baseline.json'));
    const run = await runTollgate(['scan', '--format', 'json'], root);
    expect(run.code).toBe(2);
    expect(run.stdout + run.stderr).not.toContain('hunter2');
    const update = await runTollgate(['scan', '--update-baseline'], root);
    expect(update.code).toBe(2);
    expect(readFileSync(join(outside, 'secret-notes.txt'), 'utf8')).toBe('not json: hunter2\n');
  });

  it('scan refuses a policy file that is a symbolic link out of the repository', async () => {
    const outside = tempTree({ 'policy.yml': 'ignore: ["**"]\n' });
    const root = tempTree({ 'a.ts': `export const t = "${fakeGithubToken()}";\n` });
    mkdirSync(join(root, '.github'));
    symlinkSync(join(outside, 'policy.yml'), join(root, '.github/tollgate.yml'));
    const run = await runTollgate(['scan', '--format', 'json'], root);
    expect(run.code).toBe(2);
    expect(existsSync(join(root, '.github/tollgate.yml'))).toBe(true);
  });
});

describe('attack: spell a path differently to hide a change', () => {
  it('a baseline configured as `./.tollgate-baseline.json` still makes an edit to it a suppression change', async () => {
    const root = pullRequest(
      {
        '.github/tollgate.yml': 'suppressions:\n  baseline: ./.tollgate-baseline.json\n',
        '.tollgate-baseline.json': '{"version":1,"findings":[]}\n',
      },
      {
        '.tollgate-baseline.json': `{"version":1,"findings":[{"fingerprint":"${randomString(32, '0123456789abcdef')}","ruleId":"secrets/github-token","path":"a.ts"}]}\n`,
      },
    );
    const { json } = await review(root);
    expect(facts(json)).toContain('suppression-changed');
    expect(json.risk.tier).toBe('high');
  });
});

describe('attack: name a file like a lockfile', () => {
  it('a file called go.sum or yarn.lock that is not a lockfile is scanned', async () => {
    const a = fakeGithubToken();
    const b = fakeGithubToken();
    const root = pullRequest({ 'a.ts': 'a\n' }, { 'deploy/go.sum': `GITHUB_TOKEN=${a}\n`, 'tools/yarn.lock': `token: "${b}"\n` });
    const { json } = await review(root);
    expect(
      json.findings
        .filter((f) => f.ruleId === 'secrets/github-token')
        .map((f) => f.path)
        .sort(),
    ).toEqual(['deploy/go.sum', 'tools/yarn.lock']);
  });

  it('a real lockfile is still scanned for vendor-format tokens, quietly for its hashes', async () => {
    const token = fakeGithubToken();
    const lock = `{\n  "name": "x",\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": {\n      "resolved": "https://${token}@npm.pkg.github.com/a/-/a-1.0.0.tgz",\n      "integrity": "sha512-${randomString(86)}=="\n    }\n  }\n}\n`;
    const root = pullRequest({ 'a.ts': 'a\n' }, { 'package-lock.json': lock });
    const { json } = await review(root);
    expect(json.findings.map((f) => [f.ruleId, f.location.startLine])).toEqual([['secrets/github-token', 6]]);
  });
});

describe('attack: write the manifest as connector.yaml', () => {
  it('the data-flow checks read connector.yaml like connector.yml', async () => {
    const root = pullRequest({ 'a.ts': 'a\n' }, { 'connectors/ranker/connector.yaml': connectorManifest('ranker', '@acme/ml', 'openai', 'pii') });
    const { json } = await review(root);
    expect(facts(json)).toContain('connector-added');
    expect(facts(json)).toContain('pii-to-llm');
  });
});

describe('attack: recover a secret from its fingerprint', () => {
  it('a committed .env fingerprint does not depend on the values in it', async () => {
    const scan = async (value: string): Promise<string | undefined> => {
      const root = tempTree({ '.env': `DB_PASSWORD=${value}\n` });
      const run = await runTollgate(['scan', '--format', 'json'], root);
      return (JSON.parse(run.stdout) as ReviewJson).findings.find((f) => f.ruleId === 'secrets/committed-dotenv')?.fingerprint;
    };
    const first = await scan('correct-horse-battery');
    expect(first).toBeDefined();
    expect(await scan('tr0ub4dor-and-3')).toBe(first);
  });

  it('a finding fingerprint does not depend on another secret on the same line', async () => {
    const a = fakeGithubToken();
    const scan = async (other: string): Promise<string | undefined> => {
      const root = tempTree({ 'a.ts': `const pair = ["${a}", "${other}"];\n` });
      const run = await runTollgate(['scan', '--format', 'json'], root);
      return (JSON.parse(run.stdout) as ReviewJson).findings.find((f) => f.ruleId === 'secrets/github-token' && f.location.startLine === 1)
        ?.fingerprint;
    };
    expect(await scan(fakeGithubToken())).toBe(await scan(fakeGithubToken()));
  });
});
