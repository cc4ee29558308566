import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SECRET_DETECTORS } from '../../../shared/secrets/rules/index.js';
import { secretsAnalyzer } from '../../../shared/secrets/secrets-analyzer.js';
import { SECRETLINT_RULES } from '../../../shared/secrets/secretlint-bridge.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RULES_DIR = join(ROOT, 'shared/secrets/rules');

describe('secret rules registry', () => {
  it('registers every detector file in SECRET_DETECTORS', async () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const registered = new Set<unknown>(SECRET_DETECTORS);
    for (const file of files) {
      const module = (await import(join(RULES_DIR, file))) as Record<string, unknown>;
      const exported = Object.values(module).filter((v) => typeof v === 'object' && v !== null && 'detect' in v);
      expect(exported.length, file).toBe(1);
      expect(registered.has(exported[0]), `${file} is not in SECRET_DETECTORS`).toBe(true);
    }
    expect(SECRET_DETECTORS.length).toBe(files.length);
  });

  it('declares each rule once, with a kebab-case secrets/ id and message templates', () => {
    const ids = secretsAnalyzer.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of secretsAnalyzer.rules) {
      expect(rule.id).toMatch(/^secrets\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    }
    for (const r of SECRETLINT_RULES) expect(ids).toContain(r.id);
  });

  it('documents every rule in docs/rules/secrets/<name>.md, with the sections readers look for', () => {
    for (const rule of secretsAnalyzer.rules) {
      const page = join(ROOT, 'docs/rules', `${rule.id}.md`);
      expect(existsSync(page), page).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.startsWith(`# ${rule.id}\n`), page).toBe(true);
      for (const section of ['## Why it matters', '## Fix', '## Not reported', '## Suppress']) expect(text, `${page}: ${section}`).toContain(section);
      expect(text).toContain(`**Severity:** ${rule.defaultSeverity}`);
    }
  });

  it('has no documentation page for a rule that does not exist', () => {
    const ids = new Set(secretsAnalyzer.rules.map((r) => r.id));
    for (const page of readdirSync(join(ROOT, 'docs/rules/secrets'))) expect(ids.has(`secrets/${page.replace(/\.md$/, '')}`), page).toBe(true);
  });

  it('fills every template placeholder from data the detectors provide', () => {
    for (const rule of secretsAnalyzer.rules) {
      for (const template of Object.values(rule.messages)) {
        for (const [, name] of template.matchAll(/\{\{\s*(\w+)\s*\}\}/g))
          expect(['masked', 'key', 'kind', 'vendor', 'file', 'type', 'scheme'], `${rule.id}: {{${name}}}`).toContain(name);
      }
    }
  });
});
