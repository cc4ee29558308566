import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { gitIn, runTollgate, tempTree } from './run-tollgate.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/tollgate-evidence.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;

const manifest = (scopes: string[]): string => `name: crm
owner: "@acme/sales-platform"
purpose: contacts
auth:
  type: oauth
  scopes: [${scopes.join(', ')}]
  credential: {source: vault, ref: kv/crm, rotation: 90d}
systems:
  - id: app
    kind: internal
    region: eu-central-1
  - id: hubspot
    kind: crm
    vendor: HubSpot
    region: eu
    dpa: signed
flows:
  - from: hubspot
    to: app
    data: [internal]
audit:
  sink: s3://audit
  retentionDays: 400
`;

/** A repository whose `feature` branch escalates a connector's scope to write. */
function repository(): { root: string; head: string } {
  const root = tempTree({ 'connectors/crm/connector.yml': manifest(['crm.objects.contacts.read']), 'README.md': '# x\n' });
  gitIn(root, 'init', '-q');
  gitIn(root, 'add', '-A');
  gitIn(root, 'commit', '-qm', 'base');
  gitIn(root, 'checkout', '-qb', 'feature');
  writeFileSync(join(root, 'connectors/crm/connector.yml'), manifest(['crm.objects.contacts.read', 'crm.objects.contacts.write']));
  gitIn(root, 'commit', '-qam', 'write contacts');
  return { root, head: gitIn(root, 'rev-parse', 'HEAD').trim() };
}

describe('tollgate review: risk tier, approvers, checklist, evidence', () => {
  it('text, JSON and Markdown carry the tier with reasons and the approvers with theirs; --evidence writes a valid record', async () => {
    const { root } = repository();
    const text = await runTollgate(['review', '--base', 'main'], root);
    expect(text.stdout).toMatch(/Change risk: MEDIUM/);
    expect(text.stdout).toContain('scope-escalated-write');
    expect(text.stdout).toContain('Sign-off checklist');

    const json = await runTollgate(['review', '--base', 'main', '--format', 'json', '--evidence', 'out/evidence.json'], root);
    const report = JSON.parse(json.stdout) as {
      risk: { tier: string; reasons: { fact?: string }[] };
      approvers: { kind: string; name: string; reason: string }[];
    };
    expect(report.risk.tier).toBe('medium');
    expect(report.risk.reasons.map((r) => r.fact)).toContain('scope-escalated-write');
    expect(report.approvers).toEqual([expect.objectContaining({ kind: 'team', name: 'security', reason: expect.stringContaining('tier medium') })]);
    const evidence = JSON.parse(readFileSync(join(root, 'out/evidence.json'), 'utf8')) as { risk: { tier: string }; head: { commit: string } };
    const validate = new Ajv.default({ strict: false }).compile(schema);
    expect(validate(evidence), JSON.stringify(validate.errors)).toBe(true);
    expect(evidence.risk.tier).toBe('medium');

    const md = await runTollgate(['review', '--base', 'main', '--format', 'markdown'], root);
    expect(md.stdout).toContain('#### Change risk');
    expect(md.stdout).toContain('#### Sign-off checklist');
  });

  it('--reviews: approvals are evaluated (author refused, team member counts); a bad file is a usage error', async () => {
    const { root } = repository();
    writeFileSync(
      join(root, 'reviews.json'),
      JSON.stringify({
        author: 'dev',
        teams: { 'acme/security': ['sec', 'dev'] },
        reviews: [{ user: 'dev', state: 'APPROVED', commit: 'HEAD', time: '2026-01-01T00:00:00Z' }],
      }),
    );
    let run = await runTollgate(['review', '--base', 'main', '--format', 'json', '--reviews', 'reviews.json'], root);
    expect((JSON.parse(run.stdout) as { risk: { pending: boolean } }).risk.pending).toBe(true);
    writeFileSync(
      join(root, 'reviews.json'),
      JSON.stringify({
        author: 'dev',
        teams: { 'acme/security': ['sec'] },
        reviews: [{ user: 'sec', state: 'APPROVED', commit: 'HEAD', time: '2026-01-01T00:00:00Z' }],
      }),
    );
    run = await runTollgate(['review', '--base', 'main', '--format', 'json', '--reviews', 'reviews.json'], root);
    expect((JSON.parse(run.stdout) as { risk: { pending: boolean } }).risk.pending).toBe(false);
    writeFileSync(join(root, 'reviews.json'), '{"reviews": [{"user": "x"}]}');
    run = await runTollgate(['review', '--base', 'main', '--reviews', 'reviews.json'], root);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--reviews reviews.json');
  });
});

describe('tollgate policy check|explain', () => {
  it('check: a valid policy exits 0; an invalid one exits 1 naming file, line and key; a missing file exits 2', async () => {
    const root = tempTree({
      'good.yml':
        'risk:\n  tiers:\n    - name: low\n    - name: high\n      if: {fact: policy-changed}\n      requires: [{teams: ["@acme/security"]}]\n',
      'bad.yml':
        'risk:\n  conditions:\n    a: {condition: a}\n  tiers:\n    - name: low\n      requires:\n        - teams: ["@acme/"]\n    - name: high\n      if: {fact: scope-widened}\n',
    });
    const good = await runTollgate(['policy', 'check', 'good.yml'], root);
    expect(good.code, good.stderr).toBe(0);
    expect(good.stdout).toContain('valid');
    const bad = await runTollgate(['policy', 'check', 'bad.yml'], root);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.yml:7:');
    expect(bad.stderr).toContain('risk.tiers.0.requires.0.teams.0');
    expect(bad.stderr).toContain('bad.yml:9:');
    expect(bad.stderr).toContain('risk.tiers.1.if.fact');
    const circular = await runTollgate(
      ['policy', 'check', 'c.yml'],
      tempTree({ 'c.yml': 'risk:\n  conditions:\n    a: {or: [{condition: b}]}\n    b: {condition: a}\n  tiers:\n    - name: low\n' }),
    );
    expect(circular.code).toBe(1);
    expect(circular.stderr).toMatch(/c\.yml:3:\d+: risk\.conditions\.a: circular reference/);
    expect((await runTollgate(['policy', 'check', 'nope.yml'], root)).code).toBe(2);
  });

  it('explain: every tier and predicate, held or skipped, the tier and its requirements; a draft policy via --config', async () => {
    const { root } = repository();
    const run = await runTollgate(['policy', 'explain', '--base', 'main'], root);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('scope-escalated-write');
    expect(run.stdout).toMatch(/✔ holds\s+medium/);
    expect(run.stdout).toMatch(/✘ skipped high/);
    expect(run.stdout).toContain('Tier: medium');
    mkdirSync(join(root, 'drafts'), { recursive: true });
    writeFileSync(
      join(root, 'drafts/policy.yml'),
      'risk:\n  tiers:\n    - name: low\n    - name: strict\n      if: {paths: ["connectors/**"]}\n      requires: [{users: [cto]}]\n',
    );
    const draft = await runTollgate(['policy', 'explain', '--base', 'main', '--config', 'drafts/policy.yml', '--format', 'json'], root);
    const out = JSON.parse(draft.stdout) as { tier: string; tiers: { name: string; holds: boolean }[] };
    expect(out.tier).toBe('strict');
    expect(out.tiers).toEqual([expect.objectContaining({ name: 'low', holds: true }), expect.objectContaining({ name: 'strict', holds: true })]);
  });
});
