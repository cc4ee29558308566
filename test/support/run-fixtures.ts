import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Analyzer } from '../../shared/analyzer/analyzer.js';
import { runReview, type ReviewResult } from '../../shared/engine/run-review.js';
import type { FileSet } from '../../shared/files/file-set.js';
import { parsePolicy } from '../../shared/policy/parse-policy.js';
import { DEFAULT_POLICY, type Policy } from '../../shared/policy/policy-schema.js';
import { changeSetOf } from './change-set-of.js';
import { readTree } from './read-tree.js';

/** One expected finding: where it starts (1-based line) and its rule. */
export interface ExpectedFinding {
  readonly path: string;
  readonly line: number;
  readonly ruleId: string;
}

/** What a fixture case was run on, and what the engine returned. */
export interface FixtureRun {
  readonly result: ReviewResult;
  /** The files analyzed (at head, for a change), markers removed. */
  readonly head: FileSet;
}

/** How to run one analyzer's fixtures. */
export interface FixtureOptions {
  /** The suite's name, e.g. `secret fixtures`. */
  readonly name: string;
  /** The folder holding the `ng.*` / `ok.*` cases, e.g. `new URL('./fixtures', import.meta.url)`. */
  readonly dir: string | URL;
  /** The analyzers each case runs. */
  readonly analyzers: readonly Analyzer[];
  /**
   * Findings of secret rules mask what they point at: the text under a finding's
   * range (8 characters or more) appears neither in its message nor in its data.
   * Default: false (a scope finding names its scope, say).
   */
  readonly masked?: boolean;
  /** More checks on every case's run (a diagram that must parse, say). */
  readonly check?: (run: FixtureRun, name: string) => void | Promise<void>;
  /** Prints true/false positives and negatives over the suite, with precision and recall. */
  readonly printTotals?: boolean;
}

const POLICY_FILE = '.github/tollgate.yml';
const EXPECTED_FILE = 'expected.json';
/** Breaks a fake secret's shape so push protection does not flag the fixture; removed before scanning. */
const SPLICE = /«»/g;

/**
 * Runs one fixture case (secretlint's `snapshot()` conventions):
 *
 * - the case's files are its input; `expected.json` is not;
 * - a case holding `base/` and `head/` is reviewed as the change between them
 *   (added lines by `changeSetOf`); any other case is scanned whole;
 * - the case's `.github/tollgate.yml` (at head) is its policy, else the default; an
 *   invalid one fails the case;
 * - every `«»` is removed from every file before analysis, so a fake secret can be
 *   written in a shape push protection does not recognise without moving lines.
 */
export async function runFixture(dir: string, analyzers: readonly Analyzer[]): Promise<FixtureRun> {
  const review = existsSync(join(dir, 'base')) && existsSync(join(dir, 'head'));
  const read = (folder: string): Map<string, string> => new Map([...readTree(folder)].map(([path, text]) => [path, text.replace(SPLICE, '')]));
  const head = read(review ? join(dir, 'head') : dir);
  head.delete(EXPECTED_FILE);
  const base = review ? read(join(dir, 'base')) : undefined;
  let policy: Policy = DEFAULT_POLICY;
  const policyText = head.get(POLICY_FILE);
  if (policyText !== undefined) {
    const parsed = parsePolicy(policyText, POLICY_FILE);
    if (!parsed.ok) throw new Error(`fixture policy invalid: ${JSON.stringify(parsed.errors)}`);
    policy = parsed.policy;
  }
  const result = await runReview({ head, ...(base ? { base, changes: changeSetOf(base, head) } : {}), policy, analyzers });
  return { result, head };
}

const compare = (a: ExpectedFinding, b: ExpectedFinding): number =>
  a.path.localeCompare(b.path) || a.line - b.line || a.ruleId.localeCompare(b.ruleId);
const key = (e: ExpectedFinding): string => `${e.path}:${e.line}:${e.ruleId}`;

/**
 * Declares one test per fixture case below `options.dir`:
 *
 * - `ng.<case>/` must produce exactly the findings in its `expected.json`
 *   (`[{path, line, ruleId}]`, 1-based lines; compared in any order);
 * - `ok.<case>/` must produce none (an `expected.json` there, if any, must be `[]`).
 *
 * Every case: no `tollgate/analyzer-failed` finding and every message placeholder
 * filled, plus `options.masked` and `options.check`. With `UPDATE_FIXTURES=1`, the
 * `expected.json` of every `ng.*` case whose findings differ is rewritten from the
 * current output (sorted by path, line, rule); read the diff before committing it:
 * an expectation is a labelled answer, not a snapshot. `ok.*` cases are never
 * rewritten.
 */
export function runFixtures(options: FixtureOptions): void {
  const root = typeof options.dir === 'string' ? options.dir : fileURLToPath(options.dir);
  const update = process.env.UPDATE_FIXTURES === '1';
  const cases = readdirSync(root)
    .filter((d) => /^(?:ng|ok)\./.test(d) && statSync(join(root, d)).isDirectory())
    .sort();
  const totals = { tp: 0, fp: 0, fn: 0 };

  describe(options.name, () => {
    it('has ng and ok cases', () => {
      expect(cases.some((c) => c.startsWith('ng.'))).toBe(true);
      expect(cases.some((c) => c.startsWith('ok.'))).toBe(true);
    });

    for (const name of cases) {
      it(name, async () => {
        const dir = join(root, name);
        const run = await runFixture(dir, options.analyzers);
        const { findings } = run.result;
        expect(findings.filter((f) => f.ruleId === 'tollgate/analyzer-failed')).toEqual([]);
        for (const f of findings) expect(f.message, f.ruleId).not.toMatch(/\{\{/);
        if (options.masked) {
          for (const f of findings) {
            const raw = (run.head.get(f.path) ?? '').slice(f.range.start, f.range.end);
            if (raw.length < 8) continue;
            expect(f.message).not.toContain(raw);
            expect(JSON.stringify(f.data)).not.toContain(raw);
          }
        }
        await options.check?.(run, name);

        const actual: ExpectedFinding[] = findings.map((f) => ({ path: f.path, line: f.location.startLine, ruleId: f.ruleId })).sort(compare);
        const file = join(dir, EXPECTED_FILE);
        const written = existsSync(file) ? [...(JSON.parse(readFileSync(file, 'utf8')) as ExpectedFinding[])].sort(compare) : undefined;
        if (name.startsWith('ok.')) {
          totals.fp += actual.length;
          expect(actual).toEqual([]);
          if (written) expect(written, `${name}/${EXPECTED_FILE} of an ok case lists findings`).toEqual([]);
          return;
        }
        const differs = written === undefined || JSON.stringify(written) !== JSON.stringify(actual);
        if (update && differs) writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
        const expected = update ? actual : written;
        expect(expected, `${name}/${EXPECTED_FILE} is missing`).toBeDefined();
        const want = new Set((expected ?? []).map(key));
        const got = new Set(actual.map(key));
        totals.tp += [...got].filter((k) => want.has(k)).length;
        totals.fp += [...got].filter((k) => !want.has(k)).length;
        totals.fn += [...want].filter((k) => !got.has(k)).length;
        expect(actual).toEqual(expected);
      });
    }

    if (options.printTotals) {
      afterAll(() => {
        const precision = totals.tp / Math.max(1, totals.tp + totals.fp);
        const recall = totals.tp / Math.max(1, totals.tp + totals.fn);
        // Printed for the report; the per-case assertions above are what fails.
        console.log(`${options.name}: tp=${totals.tp} fp=${totals.fp} fn=${totals.fn} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)}`);
      });
    }
  });
}
