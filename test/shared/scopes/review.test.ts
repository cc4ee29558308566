import { describe, expect, it } from 'vitest';
import { runReview } from '../../../shared/engine/run-review.js';
import { parsePolicy } from '../../../shared/policy/parse-policy.js';
import { DEFAULT_POLICY } from '../../../shared/policy/policy-schema.js';
import { renderJson } from '../../../shared/report/render-json.js';
import { renderMarkdown } from '../../../shared/report/render-markdown.js';
import { reportContributions } from '../../../shared/report/report-contributions.js';
import type { ScopeDiff } from '../../../shared/scopes/diff-scopes.js';
import { scopesAnalyzer, type ScopesData } from '../../../shared/scopes/scopes-analyzer.js';
import { changeSetOf } from '../../support/change-set-of.js';

const manifest = (scopes: string[]): string =>
  [
    'name: docs',
    'owner: "@acme/docs"',
    'purpose: Contracts.',
    'auth:',
    '  type: oauth',
    '  scopes:',
    ...scopes.map((s) => `    - ${s}`),
    '  credential:',
    '    source: vault',
    '    ref: kv/docs',
    '    rotation: 30d',
    'systems:',
    '  - id: drive',
    '    kind: storage',
    '    vendor: Google',
    '',
  ].join('\n');

async function review(base: Record<string, string>, head: Record<string, string>, policyText?: string) {
  const b = new Map(Object.entries(base));
  const h = new Map(Object.entries(head));
  const parsed = policyText ? parsePolicy(policyText, '.github/tollgate.yml') : undefined;
  const policy = parsed?.ok ? parsed.policy : DEFAULT_POLICY;
  return runReview({ head: h, base: b, changes: changeSetOf(b, h), policy, analyzers: [scopesAnalyzer] });
}

describe('scope diff in reviews', () => {
  it('a widened scope that is also workspace-wide is one escalation carrying the workspace-wide facts', async () => {
    const result = await review(
      { 'connectors/docs/connector.yml': manifest(['https://www.googleapis.com/auth/drive.readonly']) },
      { 'connectors/docs/connector.yml': manifest(['https://www.googleapis.com/auth/drive']) },
    );
    const onLine = result.findings.filter((f) => f.path === 'connectors/docs/connector.yml' && f.location.startLine === 7);
    expect(onLine.map((f) => f.ruleId)).toEqual(['scopes/escalation']);
    expect(onLine[0]?.data).toMatchObject({ workspaceWide: true });
    // Without a change the workspace-wide finding stands on its own.
    const scan = await runReview({
      head: new Map([['connectors/docs/connector.yml', manifest(['https://www.googleapis.com/auth/drive'])]]),
      policy: DEFAULT_POLICY,
      analyzers: [scopesAnalyzer],
    });
    expect(scan.findings.map((f) => f.ruleId)).toContain('scopes/workspace-wide');
  });

  it('names the connector, the scope, before and after, and the narrower alternative', async () => {
    const result = await review(
      { 'connectors/docs/connector.yml': manifest(['https://www.googleapis.com/auth/drive.readonly']) },
      { 'connectors/docs/connector.yml': manifest(['https://www.googleapis.com/auth/drive']) },
    );
    const diff = (result.data.scopes as ScopesData).diff as ScopeDiff;
    expect(diff.changes).toHaveLength(1);
    expect(diff.changes[0]).toMatchObject({
      connector: 'docs',
      provider: 'google',
      scope: 'https://www.googleapis.com/auth/drive',
      change: 'escalated',
      before: 'read',
      after: 'write',
      beforeScope: 'https://www.googleapis.com/auth/drive.readonly',
    });
    expect(diff.changes[0]?.narrower).toContain('drive.file');
    const escalation = result.findings.find((f) => f.ruleId === 'scopes/escalation');
    expect(escalation).toMatchObject({ messageId: 'escalated', severity: 'warning', data: { connector: 'docs', before: 'read', after: 'write' } });
    expect(escalation?.message).toContain('drive.file');

    const contributions = reportContributions(result);
    expect(contributions.extensions.scopeDiff).toEqual(diff);
    const markdown = renderMarkdown(result, { extraSections: contributions.extraSections });
    const row = markdown.split('\n').find((l) => l.startsWith('| docs |'));
    expect(row).toBeDefined();
    expect(row).toContain('drive.readonly');
    expect(row).toContain('drive.file');
    expect(row).toMatch(/\| read.*\| write, workspace-wide \|/);
    const json = JSON.parse(renderJson(result, { toolVersion: '0.0.0', extensions: contributions.extensions })) as { scopeDiff: ScopeDiff };
    expect(json.scopeDiff.changes[0]?.change).toBe('escalated');
  });

  it("uses the policy's escalation severities, and reports no escalation for a narrowing", async () => {
    const widened = await review(
      { '.github/workflows/ci.yml': 'permissions:\n  contents: read\n' },
      { '.github/workflows/ci.yml': 'permissions:\n  contents: write\n' },
      'scopes:\n  escalation:\n    write: error\n',
    );
    expect(widened.findings.map((f) => [f.ruleId, f.severity])).toEqual([['scopes/escalation', 'error']]);
    const narrowed = await review(
      { '.github/workflows/ci.yml': 'permissions: write-all\n' },
      { '.github/workflows/ci.yml': 'permissions:\n  contents: read\n' },
    );
    expect(narrowed.findings).toEqual([]);
    const off = await review(
      {},
      { 'iam/p.json': '{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}' },
      'scopes:\n  escalation:\n    admin: off\nrules:\n  scopes/admin-scope:\n    severity: off\n',
    );
    expect(off.findings.map((f) => f.ruleId)).toEqual([]);
  });

  it('reports only findings on added lines, and no scope-diff section when nothing changed scope-wise', async () => {
    const same = manifest(['https://www.googleapis.com/auth/drive']);
    const result = await review(
      { 'connectors/docs/connector.yml': same, 'README.md': 'a\n' },
      { 'connectors/docs/connector.yml': same, 'README.md': 'b\n' },
    );
    expect(result.findings).toEqual([]);
    expect(reportContributions(result).extraSections.filter((s) => s.id === 'scope-diff')).toEqual([]);
  });
});

describe('allow lists', () => {
  it('deny by default once a list exists; permission levels allow lower levels', async () => {
    const policy = 'scopes:\n  allow:\n    providers:\n      github: ["contents: write"]\n    connectors:\n      docs: [drive.file]\n';
    const result = await review(
      {},
      {
        '.github/workflows/ci.yml': 'permissions:\n  contents: read\n  issues: write\n',
        'connectors/docs/connector.yml': manifest(['https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/gmail.send']),
      },
      policy,
    );
    const notAllowed = result.findings.filter((f) => f.ruleId === 'scopes/not-allowed').map((f) => [f.path, f.location.startLine, f.messageId]);
    expect(notAllowed).toEqual([
      ['.github/workflows/ci.yml', 3, 'provider'],
      ['connectors/docs/connector.yml', 8, 'connector'],
    ]);
  });
});
