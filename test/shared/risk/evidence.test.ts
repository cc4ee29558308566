import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { buildEvidence } from '../../../shared/risk/build-evidence.js';
import { CONTROLS, controlsForRule } from '../../../shared/risk/controls.js';
import { evidenceJsonSchema, evidenceSchema } from '../../../shared/risk/evidence-schema.js';
import { reviewChange } from './review-change.js';

const committed = JSON.parse(readFileSync(new URL('../../../schema/tollgate-evidence.schema.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;
const fakeKey = (): string =>
  [
    'sk',
    'live',
    Array.from({ length: 24 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7 + Math.floor(Math.random() * 36)) % 36]).join(''),
  ].join('_');

const MANIFEST = `name: crm
owner: "@acme/sales"
purpose: contacts
auth:
  type: oauth
  scopes: [crm.objects.contacts.read]
systems:
  - id: app
    kind: internal
    region: eu-central-1
  - id: openai
    kind: llm
    vendor: OpenAI
    region: us
flows:
  - from: app
    to: openai
    data: [pii]
`;

describe('evidence record', () => {
  it('the committed JSON Schema is the generated one (run `npm run schema` to update)', () => {
    expect(committed).toEqual(evidenceJsonSchema());
  });

  it('validates against its JSON Schema (ajv) and its zod schema, holds no secret, maps rules to controls', async () => {
    const key = fakeKey();
    const policyText = 'version: 1\n';
    const base = { '.github/tollgate.yml': policyText, 'src/a.ts': 'export const a = 1;\n' };
    const head = {
      ...base,
      'src/a.ts': `export const a = 1;\nconst key = "${key}"; // tollgate-ignore-next-line secrets/stripe-key: test\n`,
      'connectors/crm/connector.yml': MANIFEST,
    };
    const result = await reviewChange(base, head, {
      headCommit: 'b'.repeat(40),
      teams: { 'acme/security': ['sec'] },
      reviews: [{ user: 'sec', state: 'APPROVED', commit: 'a'.repeat(40), time: '2026-01-01T00:00:00Z' }],
    });
    const record = buildEvidence(result, {
      toolVersion: '0.1.0',
      policySources: [{ file: '.github/tollgate.yml', text: policyText }],
      policyValid: true,
      base: { ref: 'main', commit: 'a'.repeat(40) },
      head: { commit: 'b'.repeat(40) },
      reviews: [{ user: 'sec', state: 'APPROVED', commit: 'a'.repeat(40), time: '2026-01-01T00:00:00Z' }],
      now: '2026-01-02T00:00:00Z',
    });
    expect(record).toBeDefined();
    const json = JSON.parse(JSON.stringify(record)) as Record<string, unknown>;
    const ajv = new Ajv.default({ strict: false, allErrors: true });
    const validate = ajv.compile(committed);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(evidenceSchema.safeParse(json).success).toBe(true);
    expect(JSON.stringify(json)).not.toContain(key);

    expect(record?.policy.sources[0]?.sha256).toBe(createHash('sha256').update(policyText).digest('hex'));
    expect(record?.risk.tier).toBe('high');
    expect(record?.facts.map((f) => f.id)).toEqual(expect.arrayContaining(['connector-added', 'pii-to-llm', 'secret-found']));
    expect(record?.findings.find((f) => f.ruleId === 'secrets/stripe-key')?.controls).toEqual(['CC6.1', 'A.5.17', 'GDPR-32']);
    expect(record?.findings.find((f) => f.ruleId === 'flows/cross-border-without-mechanism')?.controls).toContain('GDPR-44');
    for (const k of ['CC6.1', 'A.5.17', 'GDPR-30', 'GDPR-44']) expect(record?.controls.catalog[k]).toBeDefined();
    // The approval on an older commit is stale under the high tier (invalidate on push).
    expect(record?.approvals.requirements[0]?.ignored).toEqual([{ user: 'sec', reason: 'stale' }]);
    expect(record?.approvals.pending).toBe(true);
  });

  it('records the access lock entries the change adds, re-approves and removes', async () => {
    const entry = (scope: string, at: string, by = '"@alice"'): string =>
      `  - connector: slack\n    provider: slack\n    scope: ${scope}\n    access: write\n    approvedBy: ${by}\n    approvedAt: ${at}\n`;
    const lockBase = `version: 1\ngrants:\n${entry('chat:write', '2026-01-01')}${entry('files:write', '2026-01-01')}`;
    const lockHead = `version: 1\ngrants:\n${entry('chat:write', '2026-04-01', '"@bob"')}${entry('reactions:write', '2026-04-01', '"@bob"')}`;
    const base = { '.github/tollgate-access.yml': lockBase };
    const head = { '.github/tollgate-access.yml': lockHead };
    const result = await reviewChange(base, head, { headCommit: 'b'.repeat(40) });
    const record = buildEvidence(result, {
      toolVersion: '0.1.0',
      policySources: [],
      policyValid: true,
      base: { commit: 'a'.repeat(40) },
      head: { commit: 'b'.repeat(40) },
      accessLock: { base: lockBase, head: lockHead },
    });
    expect(record?.accessLock?.map((e) => [e.scope, e.change, e.approvedBy])).toEqual([
      ['chat:write', 'reapproved', '@bob'],
      ['files:write', 'removed', '@alice'],
      ['reactions:write', 'added', '@bob'],
    ]);
    expect(record?.facts.map((f) => f.id)).toContain('access-lock-changed');
    const validate = new Ajv.default({ strict: false, allErrors: true }).compile(committed);
    expect(validate(JSON.parse(JSON.stringify(record))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('every rule any analyzer ships is mapped to at least one control that exists', async () => {
    const { allRules } = await import('../../../shared/analyzer/registry.js');
    const unmapped = allRules()
      .filter((r) => controlsForRule(r.id).length === 0)
      .map((r) => r.id);
    expect(unmapped).toEqual([]);
    for (const r of allRules()) for (const c of controlsForRule(r.id)) expect(CONTROLS[c], `${r.id} → ${c}`).toBeDefined();
  });
});
