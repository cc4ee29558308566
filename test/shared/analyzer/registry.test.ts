import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allRules, ANALYZERS } from '../../../shared/analyzer/registry.js';
import { ENGINE_RULES } from '../../../shared/engine/engine-rules.js';
import { DOCS_BASE_URL } from '../../../shared/model/rule.js';
import { policySchema } from '../../../shared/policy/policy-schema.js';
import { REPORT_EXTENSION_KEYS } from '../../../shared/report/json-report-schema.js';
import { REPORT_SECTIONS } from '../../../shared/report/report-sections.js';

const root = new URL('../../../', import.meta.url);
const sharedDirs = readdirSync(new URL('shared/', root), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** Every expected.json below test/shared/<analyzer>/fixtures, as the rule ids it lists. */
function fixtureRuleIds(analyzerId: string): Set<string> {
  const dir = new URL(`test/shared/${analyzerId}/fixtures/`, root);
  const ids = new Set<string>();
  if (!existsSync(dir)) return ids;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const expected = new URL(`${entry.name}/expected.json`, dir);
    if (!entry.isDirectory() || !existsSync(expected)) continue;
    for (const item of JSON.parse(readFileSync(expected, 'utf8')) as { ruleId: string }[]) ids.add(item.ruleId);
  }
  return ids;
}

describe('analyzer registry', () => {
  it('registers an analyzer for every analyzer folder in shared/', () => {
    const registered = new Set(ANALYZERS.map((a) => a.id));
    const analyzerFolders = sharedDirs.filter((d) => existsSync(new URL(`shared/${d}/${d}-analyzer.ts`, root)));
    expect(analyzerFolders.length).toBeGreaterThan(0);
    for (const folder of analyzerFolders) expect(registered, `shared/${folder}/${folder}-analyzer.ts is not in ANALYZERS`).toContain(folder);
    for (const a of ANALYZERS) expect(sharedDirs, `analyzer "${a.id}" has no shared/${a.id}/ folder`).toContain(a.id);
  });

  it('every rule id starts with its analyzer id and is unique', () => {
    const seen = new Set<string>();
    for (const analyzer of ANALYZERS) {
      for (const rule of analyzer.rules) {
        expect(rule.id.startsWith(`${analyzer.id}/`), rule.id).toBe(true);
        expect(seen.has(rule.id), `duplicate ${rule.id}`).toBe(false);
        seen.add(rule.id);
      }
    }
  });

  it('every rule declares messages, a description and a docs page that exists', () => {
    for (const rule of allRules()) {
      expect(Object.keys(rule.messages).length, rule.id).toBeGreaterThan(0);
      expect(rule.description.length, rule.id).toBeGreaterThan(10);
      expect(rule.docsUrl, rule.id).toBe(`${DOCS_BASE_URL}${rule.id}.md`);
      expect(existsSync(new URL(`docs/rules/${rule.id}.md`, root)), `docs/rules/${rule.id}.md is missing`).toBe(true);
    }
  });

  it('every analyzer rule has fixtures that produce it', () => {
    for (const analyzer of ANALYZERS) {
      const covered = fixtureRuleIds(analyzer.id);
      const missing = analyzer.rules.map((r) => r.id).filter((id) => !covered.has(id));
      expect(missing, `rules of "${analyzer.id}" without an ng fixture`).toEqual([]);
    }
  });

  it('engine rules are documented too', () => {
    for (const rule of ENGINE_RULES) expect(existsSync(new URL(`docs/rules/${rule.id}.md`, root)), rule.id).toBe(true);
  });

  it('derives the policy keys from the registry', () => {
    const shape = policySchema.shape;
    expect(Object.keys(shape.analyzers.unwrap().shape)).toEqual(ANALYZERS.map((a) => a.id));
    for (const a of ANALYZERS) expect(a.id in shape, `policy section "${a.id}"`).toBe(a.policy !== undefined);
  });

  it('places every report section of a shipped analyzer in the one table, and each id once', () => {
    const ids = REPORT_SECTIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ANALYZERS) {
      expect(a.report?.sections ?? [], `${a.id} declares sections outside REPORT_SECTIONS`).toEqual([]);
      for (const key of a.report?.jsonKeys ?? []) expect(REPORT_SECTIONS.find((s) => s.id === key)?.at.json, `JSON key ${key}`).toBeDefined();
    }
    expect([...REPORT_EXTENSION_KEYS].sort()).toEqual(ANALYZERS.flatMap((a) => a.report?.jsonKeys ?? []).sort());
  });
});
