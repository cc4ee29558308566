import { describe, expect, it } from 'vitest';
import { extractPolicyDocumentScopes } from '../../../shared/scopes/extract/extract-policy-document-scopes.js';
import { extractPythonScopes } from '../../../shared/scopes/extract/extract-python-scopes.js';
import { extractTypeScriptScopes } from '../../../shared/scopes/extract/extract-typescript-scopes.js';
import { extractWorkflowScopes } from '../../../shared/scopes/extract/extract-workflow-scopes.js';
import { tokenizePython } from '../../../shared/scopes/extract/tokenize-python.js';
import { typeScriptCompilerLoads } from '../../../shared/scopes/extract/typescript-project.js';

const at = (text: string, start: number): string => text.slice(start);

describe('TypeScript extraction', () => {
  it('follows constants, spreads, joins and conditionals to the literal, with positions', async () => {
    const text = [
      "import { InstallProvider } from '@slack/oauth';",
      "const BASE = ['chat:write'] as const;",
      "const EXTRA = isProd ? 'users:read' : 'users:read.email';",
      'installer.generateInstallUrl({ scopes: [...BASE, EXTRA, "reactions:write commands"].join(","), userScopes: SCOPES_FROM_ELSEWHERE });',
    ].join('\n');
    const out = await extractTypeScriptScopes('a.ts', text);
    expect(out.scopes.map((s) => [s.scope, s.provider])).toEqual([
      ['chat:write', 'slack'],
      ['users:read', 'slack'],
      ['users:read.email', 'slack'],
      ['reactions:write', 'slack'],
      ['commands', 'slack'],
    ]);
    for (const s of out.scopes) expect(text.slice(s.start, s.end)).toBe(s.scope);
    expect(out.dynamic.map((d) => [d.reason, d.expression])).toEqual([['variable', 'SCOPES_FROM_ELSEWHERE']]);
  });

  it('reads authorization URLs in literals, templates and concatenations; placeholders are dynamic', async () => {
    const text = [
      "export const a = 'https://accounts.google.com/o/oauth2/v2/auth?client_id=x&scope=openid%20https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fdrive.file';",
      'export const b = `https://slack.com/oauth/v2/authorize?client_id=${id}&scope=chat:write,${more}&user_scope=search:read`;',
      "export const c = 'https://github.com/login/oauth/authorize?client_id=' + id + '&scope=read:org%20repo';",
    ].join('\n');
    const out = await extractTypeScriptScopes('a.ts', text);
    expect(out.scopes.map((s) => `${s.provider}:${s.scope}`)).toEqual([
      'oidc:openid',
      'google:https://www.googleapis.com/auth/drive.file',
      'slack:chat:write',
      'slack:search:read',
      'github:read:org',
      'github:repo',
    ]);
    expect(out.dynamic).toHaveLength(1);
    expect(out.dynamic[0]).toMatchObject({ reason: 'template', provider: 'slack' });
  });

  it('reads GitHub App permissions objects and ignores unrelated `scope` words', async () => {
    const gh =
      "import { App } from 'octokit';\nawait app.octokit.rest.apps.createInstallationAccessToken({ installation_id: 1, permissions: { contents: 'read', issues: 'write', pages: 'none' } });";
    expect((await extractTypeScriptScopes('gh.ts', gh)).scopes.map((s) => s.scope)).toEqual(['contents: read', 'issues: write']);
    const plain = "export const c = { scope: 'module' };\nexport const d = { scopes: new Set() };";
    const out = await extractTypeScriptScopes('p.ts', plain);
    expect(out.scopes).toEqual([]);
    expect(out.dynamic).toEqual([]);
  });

  it('loads the compiler once for every file', async () => {
    await extractTypeScriptScopes('x.ts', "const s = { scopes: ['User.Read'] };");
    await extractTypeScriptScopes('y.js', "module.exports = { scopes: ['User.Read'] };");
    expect(typeScriptCompilerLoads()).toBe(1);
  });
});

describe('Python extraction', () => {
  it('tokenizes strings of every kind in one pass', () => {
    const text = "a = r\"x\\y\" + b'''multi\nline''' # comment 'ignored'\nf\"{x}\"";
    const kinds = tokenizePython(text).map((t) => t.type);
    expect(kinds.filter((k) => k === 'str')).toHaveLength(3);
    expect(tokenizePython('x = "unterminated\ny = 1').some((t) => t.type === 'name' && t.value === 'y')).toBe(true);
  });

  it('reads keyword and positional SDK arguments, names and joins; f-strings are dynamic', () => {
    const text = [
      'from google_auth_oauthlib.flow import InstalledAppFlow',
      'SCOPES = ["https://www.googleapis.com/auth/calendar.readonly"]',
      'flow = InstalledAppFlow.from_client_secrets_file("c.json", SCOPES)',
      'creds = service_account.Credentials.from_service_account_file(path, scopes=" ".join(["https://www.googleapis.com/auth/drive.file"]))',
      'other = Credentials(token, scopes=[f"https://www.googleapis.com/auth/{name}"])',
    ].join('\n');
    const out = extractPythonScopes('a.py', text);
    expect(out.scopes.map((s) => s.scope)).toEqual([
      'https://www.googleapis.com/auth/calendar.readonly',
      'https://www.googleapis.com/auth/drive.file',
    ]);
    for (const s of out.scopes) expect(text.slice(s.start, s.end)).toBe(s.scope);
    expect(out.dynamic.map((d) => d.reason)).toEqual(['template']);
  });

  it('is linear: a 2 MB file of strings does not blow up', () => {
    const text = `scopes = [${'"chat:write", '.repeat(150_000)}]\n`;
    const t0 = performance.now();
    extractPythonScopes('big.py', text);
    // A guard against super-linear backtracking (which would take minutes), not a speed
    // figure: generous so that a busy machine does not fail it; npm run bench measures speed.
    expect(performance.now() - t0).toBeLessThan(15_000);
  });
});

describe('YAML and JSON extraction', () => {
  it('reads workflow permissions per job, skips none, and reports bad levels with their position', () => {
    const text = 'permissions:\n  contents: read\njobs:\n  a:\n    permissions:\n      pages: none\n      issues: writ\n';
    const out = extractWorkflowScopes('.github/workflows/x.yml', text);
    expect(out.scopes.map((s) => s.scope)).toEqual(['contents: read']);
    expect(out.problems).toHaveLength(1);
    expect(at(text, out.problems[0]?.start ?? 0).startsWith('issues: writ')).toBe(true);
  });

  it('reads IAM statements: Deny skipped, Resource "*" is workspace, NotAction inverted; bad JSON located', () => {
    const doc = JSON.stringify(
      {
        Statement: [
          { Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' },
          { Effect: 'Deny', Action: '*', Resource: '*' },
          { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
        ],
      },
      null,
      2,
    );
    const out = extractPolicyDocumentScopes('p.json', doc);
    expect(out.scopes.map((s) => [s.scope, s.breadth, s.inverted ?? false])).toEqual([
      ['s3:GetObject', 'workspace', false],
      ['iam:*', 'workspace', true],
    ]);
    const bad = '{\n  "Statement": [\n    { "Action": "s3:GetObject" "Resource": "*" }\n  ]\n}\n';
    const broken = extractPolicyDocumentScopes('p.json', bad);
    expect(broken.problems).toHaveLength(1);
    expect(bad.slice(0, broken.problems[0]?.start).split('\n')).toHaveLength(3);
  });
});
