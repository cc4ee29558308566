import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../shared/analyzer/analyzer.js';
import { ANALYZERS } from '../../../shared/analyzer/registry.js';
import { computePerFileTask, perFileTasks } from '../../../shared/engine/per-file-work.js';
import { runReview } from '../../../shared/engine/run-review.js';
import { DEFAULT_POLICY, type Policy } from '../../../shared/policy/policy-schema.js';
import { renderJson } from '../../../shared/report/render-json.js';
import { counted } from '../../support/counted-analyzers.js';
import { readTree } from '../../support/read-tree.js';

// A scan's per-file work, computed task by task (as threads share it out), then read
// by runReview as its cache: the same result as runReview alone, and runReview
// analyzes nothing itself.

const TEST_DIR = fileURLToPath(new URL('../../', import.meta.url));
const TOOL = '0.0.0-test';

describe('per-file work shared out', () => {
  const corpora = ['corpus/real-world/scopes/files', 'corpus/agents/files', 'corpus/holdout/files'].map((dir) => readTree(join(TEST_DIR, dir)));

  it.each(corpora.map((head, i) => [i, head] as const))('corpus %i: tasks computed apart give the review byte for byte', async (_i, head) => {
    const request = { head, policy: DEFAULT_POLICY, analyzers: ANALYZERS, toolVersion: TOOL };
    const tasks = perFileTasks(request);
    expect(tasks.length).toBeGreaterThan(10);
    const entries = new Map<string, string>();
    // In reverse order: the order tasks are taken in does not matter.
    for (const task of [...tasks].reverse()) for (const [key, entry] of await computePerFileTask(task, request)) entries.set(key, entry);
    expect(entries.size).toBe(tasks.reduce((n, t) => n + t.keys.length, 0));

    const alone = await runReview({ head, policy: DEFAULT_POLICY, analyzers: ANALYZERS });
    const reader = counted();
    const writes: string[] = [];
    const shared = await runReview({
      head,
      policy: DEFAULT_POLICY,
      analyzers: reader.analyzers,
      cache: { toolVersion: TOOL, store: { get: (key) => entries.get(key), set: (key) => void writes.push(key) } },
    });
    expect(renderJson(shared, { toolVersion: 'test' })).toBe(renderJson(alone, { toolVersion: 'test' }));
    expect(JSON.stringify(shared)).toBe(JSON.stringify(alone));
    // runReview read every per-file result it caches from the shared work.
    expect(writes).toEqual([]);
    expect([...reader.calls.values()].flat()).toEqual([]);
  });

  it('leaves out ignored paths, turned-off analyzers and files a phase does not cache', () => {
    const head = new Map([
      ['src/app.ts', "import { WebClient } from '@slack/web-api';\nconst key = process.env.KEY;\n"],
      ['vendor/lib.ts', 'export const x = 1;\n'],
      ['README.md', '# app\n'],
    ]);
    const policy: Policy = {
      ...DEFAULT_POLICY,
      ignore: [...DEFAULT_POLICY.ignore, 'vendor/**'],
      analyzers: { ...DEFAULT_POLICY.analyzers, flows: { enabled: false } },
    };
    const tasks = perFileTasks({ head, policy, analyzers: ANALYZERS, toolVersion: TOOL });
    expect(tasks.map((t) => t.path)).toEqual(['README.md', 'src/app.ts']);
    const ids = (path: string) => tasks.find((t) => t.path === path)?.keys.map(([id]) => id);
    expect(ids('src/app.ts')).toEqual(['secrets', 'scopes', 'agents']);
    // Scopes has no extractor for Markdown, and agents read none: both analyze it every run, not from a cache.
    expect(ids('README.md')).toEqual(['secrets']);
  });

  it('a phase that throws leaves its entry out (the review then fails it as it always does)', async () => {
    const head = new Map([['a.py', 'x = 1\n']]);
    const broken = ANALYZERS.map((a): Analyzer =>
      a.id === 'scopes' && a.perFile
        ? {
            ...a,
            perFile: {
              ...a.perFile,
              analyzeFile: () => {
                throw new Error('boom');
              },
            },
          }
        : a,
    );
    const request = { head, policy: DEFAULT_POLICY, analyzers: broken, toolVersion: TOOL };
    const [task] = perFileTasks(request);
    expect(task?.keys.map(([id]) => id)).toEqual(['secrets', 'flows', 'scopes', 'agents']);
    const entries = await computePerFileTask(task!, request);
    expect(entries).toHaveLength(3);
  });
});
