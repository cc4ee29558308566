import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findingsFor, formatScore, rate, scoreAgentsCorpus, type CorpusScore } from './score-agents-corpus.js';

const root = new URL('./', import.meta.url);
const fixtures = fileURLToPath(new URL('../../shared/agents/fixtures/', root));

function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name !== 'expected.json') out.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return out;
}

/**
 * The labelled agents corpus (manifest.json, 81 real files): servers, tools, access
 * classes, approval gates and CI agents must be found on the labelled lines at
 * the rates below; every planted fixture finding must be reported and none on the
 * clean counterparts. `npx vitest run test/corpus/agents` prints the figures.
 */
describe('agents corpus', () => {
  let score: CorpusScore;

  it('finds servers, tools, access classes and approval gates at the required rates', async () => {
    score = await scoreAgentsCorpus(root);
    // Printed for the record; the thresholds below are what fails.
    console.log(`agents corpus:\n${formatScore(score)}`);
    if (process.env.AGENTS_CORPUS_MISSES === '1') {
      for (const [kind, r] of Object.entries(score)) for (const m of r.misses) console.log(`${kind}: ${m}`);
    }
    expect(rate(score.servers)).toBeGreaterThanOrEqual(0.95);
    expect(rate(score.tools)).toBeGreaterThanOrEqual(0.9);
    expect(rate(score.access)).toBeGreaterThanOrEqual(0.9);
    expect(rate(score.approval)).toBeGreaterThanOrEqual(0.95);
  }, 120_000);

  // The planted cases (one ng/ok pair per rule, test/shared/agents/fixtures): every
  // planted finding reported, none on the clean counterpart.
  for (const name of readdirSync(fixtures).filter((d) => /^(?:ng|ok)\./.test(d) && !existsSync(join(fixtures, d, '.github/tollgate.yml'))).sort()) {
    it(`fixture ${name}`, async () => {
      const dir = join(fixtures, name);
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { ruleId: string; line: number }[];
      const found = await findingsFor(readTree(dir));
      const got = found.map((f) => `${f.rule}:${f.line}`).sort();
      if (name.startsWith('ok.')) expect(got).toEqual([]);
      else for (const e of expected) expect(got).toContain(`${e.ruleId}:${e.line}`);
    });
  }
});
