import { describe, expect, it } from 'vitest';
import { parseConnectorManifest } from '../../../shared/flows/parse-connector-manifest.js';

const valid = `name: crm
owner: "@team"
purpose: Sync the CRM.
auth:
  type: oauth
  scopes: [crm.objects.contacts.read]
systems:
  - id: app
    kind: internal
  - id: hubspot
    kind: crm
    vendor: HubSpot
flows:
  - from: hubspot
    to: app
    data: [pii]
`;

describe('parseConnectorManifest', () => {
  it('returns the validated manifest with defaults, and the position of any key', () => {
    const parsed = parseConnectorManifest(valid, 'connectors/crm/connector.yml');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.manifest.auth?.scopes).toEqual(['crm.objects.contacts.read']);
    expect(parsed.manifest.environments).toEqual([]);
    expect(parsed.manifest.version).toBe(1);
    const scope = parsed.rangeOf(['auth', 'scopes', 0]);
    expect(valid.slice(scope.start, scope.end)).toBe('crm.objects.contacts.read');
    const kind = parsed.rangeOf(['systems', 1, 'kind'], true);
    expect(valid.slice(kind.start, kind.end)).toBe('kind');
  });

  it('names the file, line, key and what to do for every problem', () => {
    const text = valid.replace('kind: crm', 'kind: database').replace('purpose: Sync the CRM.\n', '').replace('flows:', 'flow:');
    const parsed = parseConnectorManifest(text, 'connectors/crm/connector.yml');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const byKey = Object.fromEntries(parsed.errors.map((e) => [e.key, e]));
    expect(Object.keys(byKey).sort()).toEqual(['flow', 'purpose', 'systems.1.kind'].sort());
    expect(byKey['systems.1.kind']).toMatchObject({ file: 'connectors/crm/connector.yml', line: 10, column: 11 });
    expect(byKey['systems.1.kind']?.hint).toMatch(/listed values/);
    expect(byKey.flow).toMatchObject({ line: 12 });
    expect(byKey.flow?.hint).toMatch(/flows/);
    expect(byKey.purpose?.line).toBe(1);
    for (const e of parsed.errors) expect(text.slice(e.range.start, e.range.end).length).toBeGreaterThan(0);
  });

  it('reports YAML syntax errors with their line', () => {
    const parsed = parseConnectorManifest('name: a\nowner: [unclosed\n', 'm.yml');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors[0]?.line).toBeGreaterThanOrEqual(2);
  });
});
