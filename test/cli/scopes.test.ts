import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gitIn, runTollgate, tempTree } from './run-tollgate.js';

interface ScopesJson {
  scopes: { path: string; line: number; provider: string; scope: string; access: string; connector: string; known: boolean }[];
}

const MANIFEST = (scope: string): string =>
  `name: slack\nowner: "@acme/platform"\npurpose: Post approvals.\nauth:\n  type: oauth\n  scopes:\n    - ${scope}\n    - users:read\n  credential:\n    source: vault\n    ref: kv/slack\n    rotation: 90d\nsystems:\n  - id: slack\n    kind: saas\n    vendor: Slack\n`;

describe('tollgate scopes', () => {
  it('prints the inventory as JSON in the documented shape', async () => {
    const root = tempTree({
      'connectors/slack/connector.yml': MANIFEST('chat:write'),
      'src/google.ts':
        "import { google } from 'googleapis';\nexport const url = (c: any) => c.generateAuthUrl({ scope: ['https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/brand.new'] });\n",
      'iam/policy.json': '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}\n',
      'README.md': 'scope creep\n',
    });
    const run = await runTollgate(['scopes', '--format', 'json'], root);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as ScopesJson;
    expect(Object.keys(json)).toEqual(['scopes']);
    expect(json.scopes).toEqual([
      { path: 'connectors/slack/connector.yml', line: 7, provider: 'slack', scope: 'chat:write', access: 'write', connector: 'slack', known: true },
      { path: 'connectors/slack/connector.yml', line: 8, provider: 'slack', scope: 'users:read', access: 'read', connector: 'slack', known: true },
      { path: 'iam/policy.json', line: 1, provider: 'aws', scope: 's3:*', access: 'admin', connector: 'iam/policy.json', known: true },
      {
        path: 'src/google.ts',
        line: 2,
        provider: 'google',
        scope: 'https://www.googleapis.com/auth/drive.file',
        access: 'write',
        connector: 'src/google.ts',
        known: true,
      },
      {
        path: 'src/google.ts',
        line: 2,
        provider: 'google',
        scope: 'https://www.googleapis.com/auth/brand.new',
        access: 'admin',
        connector: 'src/google.ts',
        known: false,
      },
    ]);
    for (const s of json.scopes) expect(['read', 'write', 'admin']).toContain(s.access);

    const text = await runTollgate(['scopes', 'connectors'], root);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/slack\n\s+write\s+slack\s+chat:write/);
    expect(text.stdout).not.toContain('s3:*');
    expect((await runTollgate(['scopes', '--format', 'sarif'], root)).code).toBe(2);
    expect((await runTollgate(['scopes', 'missing-dir'], root)).code).toBe(2);
  });

  it('review adds the scope diff to the Markdown and JSON, naming the narrower alternative', async () => {
    const root = tempTree({ 'connectors/slack/connector.yml': MANIFEST('chat:write'), 'README.md': '# app\n' });
    gitIn(root, 'init', '-q');
    gitIn(root, 'add', '-A');
    gitIn(root, 'commit', '-q', '-m', 'base');
    gitIn(root, 'checkout', '-q', '-b', 'feature');
    tempTreeWrite(root, 'connectors/slack/connector.yml', MANIFEST('chat:write.public'));
    gitIn(root, 'commit', '-q', '-am', 'widen');
    const md = await runTollgate(['review', '--base', 'main', '--format', 'markdown'], root);
    expect(md.code, md.stderr).toBeLessThan(2);
    const row = md.stdout.split('\n').find((l) => l.startsWith('| slack |') && l.includes('chat:write.public'));
    expect(row, md.stdout).toBeDefined();
    expect(row).toContain('chat:write');
    expect(row).toMatch(/broadened/);
    const json = JSON.parse((await runTollgate(['review', '--base', 'main', '--format', 'json'], root)).stdout) as {
      scopeDiff: { changes: { connector: string; scope: string; change: string; narrower: string[] }[] };
      findings: { ruleId: string }[];
    };
    expect(json.scopeDiff.changes).toEqual([
      expect.objectContaining({ connector: 'slack', scope: 'chat:write.public', change: 'broadened', narrower: ['chat:write'] }),
    ]);
    expect(json.findings.map((f) => f.ruleId)).toContain('scopes/escalation');
  });
});

function tempTreeWrite(root: string, path: string, text: string): void {
  writeFileSync(join(root, path), text);
}
