#!/usr/bin/env node
// Pathological-input benchmark: a review where an existing TypeScript file becomes
// N KB of `"` characters (or deeply nested brackets), and a normal 2,000-line file,
// run through the built engine with every analyzer. Reports milliseconds per case.
// Run after `npx tsc -b`: `node scripts/bench/pathological-bench.js`.

import { performance } from 'node:perf_hooks';

const root = new URL('../../', import.meta.url);

/** A plain 2,000-line TypeScript module. */
export function normalFile(lines = 2000) {
  const out = [`import OpenAI from 'openai';`, `const client = new OpenAI();`];
  for (let i = 0; out.length < lines; i++) out.push(`export function f${i}(a: number): number {`, `  return a * ${i} + 1;`, `}`);
  return out.slice(0, lines).join('\n') + '\n';
}

/**
 * Runs the benchmark and returns its figures (milliseconds).
 * @param {{ log?: (line: string) => void }} options
 */
export async function runPathologicalBench(options = {}) {
  const log = options.log ?? ((line) => console.log(line));
  const { runReview } = await import(new URL('dist/shared/engine/run-review.js', root).href);
  const { ANALYZERS } = await import(new URL('dist/shared/analyzer/registry.js', root).href);
  const { DEFAULT_POLICY } = await import(new URL('dist/shared/policy/policy-schema.js', root).href);

  const base = normalFile(40);
  const cases = [
    ['warm-up', 'x.ts', normalFile(40)],
    ['normal 2,000 lines', 'src/normal.ts', normalFile(2000)],
    ['normal 2,000 lines (2)', 'src/normal2.ts', normalFile(2000) + '\n'],
    ['normal 2,000 lines (3)', 'src/normal3.ts', normalFile(2000) + '\n\n'],
    ['100 KB of "', 'src/q100.ts', '"'.repeat(100 * 1024)],
    ['200 KB of "', 'src/q200.ts', '"'.repeat(200 * 1024)],
    ['400 KB of "', 'src/q400.ts', '"'.repeat(400 * 1024)],
    ['100 KB of [', 'src/b100.ts', 'x = ' + '['.repeat(100 * 1024)],
    ['100 KB of ({', 'src/p100.ts', 'x = ' + '({a:'.repeat(25 * 1024)],
  ];
  const figures = {};
  for (const [name, path, text] of cases) {
    const lines = text.split('\n').length;
    const changes = new Map([[path, { status: 'modified', addedLines: [{ start: 1, end: lines }] }]]);
    const t0 = performance.now();
    const result = await runReview({
      head: new Map([[path, text]]),
      base: new Map([[path, base]]),
      changes,
      policy: DEFAULT_POLICY,
      analyzers: ANALYZERS,
    });
    const ms = performance.now() - t0;
    figures[name] = ms;
    if (name !== 'warm-up')
      log(`  ${name.padEnd(22)} ${ms.toFixed(0).padStart(7)} ms  (${result.findings.map((f) => f.ruleId).join(', ') || 'no findings'})`);
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('pathological inputs: one modified file, every analyzer');
  await runPathologicalBench();
}
