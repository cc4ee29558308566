import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ANALYZERS } from '../../../shared/analyzer/registry.js';
import { runReview } from '../../../shared/engine/run-review.js';
import { createFileSet } from '../../../shared/files/file-set.js';
import { DEFAULT_POLICY } from '../../../shared/policy/policy-schema.js';

/**
 * Fixture folders (secretlint's convention):
 * - `ng.<case>/`: files that must produce exactly the findings in its `expected.json`
 *   (`[{path, line, ruleId}]`, 1-based lines);
 * - `ok.<case>/`: files that must produce no finding.
 *
 * `UPDATE_FIXTURES=1 npx vitest run test/shared/secrets` rewrites every
 * `expected.json` from the current output; read the diff before committing it.
 *
 * Fixture secrets are fake. Values whose shape push protection recognises are
 * written with the marker `«»` inside them (`sk_live_«»51H…`); the loader removes
 * every `«»` before scanning, so line numbers are unaffected.
 */
const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');
const SPLICE = /«»/g;
const update = process.env.UPDATE_FIXTURES === '1';

interface Expected {
  path: string;
  line: number;
  ruleId: string;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

const key = (e: Expected): string => `${e.path}:${e.line}:${e.ruleId}`;
const totals = { tp: 0, fp: 0, fn: 0 };
const cases = readdirSync(FIXTURES).filter((d) => /^(?:ng|ok)\./.test(d) && statSync(join(FIXTURES, d)).isDirectory()).sort();

describe('secret fixtures', () => {
  it('has ng and ok cases', () => {
    expect(cases.some((c) => c.startsWith('ng.'))).toBe(true);
    expect(cases.some((c) => c.startsWith('ok.'))).toBe(true);
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = join(FIXTURES, name);
      const texts = new Map<string, string>();
      for (const full of filesUnder(dir)) {
        const path = relative(dir, full).split('\\').join('/');
        if (path === 'expected.json') continue;
        texts.set(path, readFileSync(full, 'utf8').replace(SPLICE, ''));
      }
      const result = await runReview({ head: createFileSet(texts), policy: DEFAULT_POLICY, analyzers: ANALYZERS.filter((a) => a.id === 'secrets') });
      const actual: Expected[] = result.findings
        .map((f) => ({ path: f.path, line: f.location.startLine, ruleId: f.ruleId }))
        .sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId));

      // A found secret never leaves the analyzer unmasked: not in messages, not in data.
      for (const f of result.findings) {
        const raw = (texts.get(f.path) ?? '').slice(f.range.start, f.range.end);
        if (raw.length < 8) continue;
        expect(f.message).not.toContain(raw);
        expect(JSON.stringify(f.data)).not.toContain(raw);
      }
      expect(result.findings.filter((f) => f.ruleId === 'tollgate/analyzer-failed')).toEqual([]);
      // Every template placeholder is filled.
      for (const f of result.findings) expect(f.message, f.ruleId).not.toMatch(/\{\{/);

      const expectedPath = join(dir, 'expected.json');
      if (name.startsWith('ok.')) {
        totals.fp += actual.length;
        expect(actual).toEqual([]);
        return;
      }
      if (update) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
      const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected[];
      const want = new Set(expected.map(key));
      const got = new Set(actual.map(key));
      totals.tp += [...got].filter((k) => want.has(k)).length;
      totals.fp += [...got].filter((k) => !want.has(k)).length;
      totals.fn += [...want].filter((k) => !got.has(k)).length;
      expect(actual).toEqual([...expected].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId)));
    });
  }

  afterAll(() => {
    const precision = totals.tp / Math.max(1, totals.tp + totals.fp);
    const recall = totals.tp / Math.max(1, totals.tp + totals.fn);
    // Printed for the report; the per-case assertions above are what fails.
    console.log(`secret fixtures: tp=${totals.tp} fp=${totals.fp} fn=${totals.fn} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)}`);
  });
});
