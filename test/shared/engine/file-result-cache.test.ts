import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Analyzer } from '../../../shared/analyzer/analyzer.js';
import { ANALYZERS } from '../../../shared/analyzer/registry.js';
import type { FileResultCache, FileResultStore } from '../../../shared/engine/file-result-cache.js';
import { runReview, type ReviewRequest, type ReviewResult } from '../../../shared/engine/run-review.js';
import { parsePolicy } from '../../../shared/policy/parse-policy.js';
import { DEFAULT_POLICY, type Policy } from '../../../shared/policy/policy-schema.js';
import { renderJson } from '../../../shared/report/render-json.js';
import { changeSetOf } from '../../support/change-set-of.js';
import { fakeChecksummedToken } from '../../support/fake-checksummed-token.js';
import { counted } from '../../support/counted-analyzers.js';
import { readTree } from '../../support/read-tree.js';

const TEST_DIR = fileURLToPath(new URL('../../', import.meta.url));

/** A store over a Map the test can read and spoil. */
function mapStore(): FileResultStore & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { entries, get: (key) => entries.get(key), set: (key, value) => void entries.set(key, value) };
}

/** Everything a report can show of a result: the result as JSON and the JSON report. */
function rendered(result: ReviewResult): string {
  return `${JSON.stringify(result)}\n${renderJson(result, { toolVersion: 'test' })}`;
}

interface Case {
  readonly name: string;
  readonly request: Omit<ReviewRequest, 'analyzers'>;
}

/** A file tree as a scan, or (with `base/` and `head/`) as a review, with its `.github/tollgate.yml` as the policy. */
function caseOf(name: string, dir: string): Case {
  const review = existsSync(join(dir, 'base')) && existsSync(join(dir, 'head'));
  const head = readTree(review ? join(dir, 'head') : dir);
  const base = review ? readTree(join(dir, 'base')) : undefined;
  let policy: Policy = DEFAULT_POLICY;
  const policyText = head.get('.github/tollgate.yml');
  if (policyText !== undefined) {
    const parsed = parsePolicy(policyText, '.github/tollgate.yml');
    if (parsed.ok) policy = parsed.policy;
  }
  return { name, request: { head, ...(base ? { base, changes: changeSetOf(base, head) } : {}), policy } };
}

/** The real-world corpora, the held-out corpus, and every analyzer's fixture and held-out cases. */
function corpora(): Case[] {
  const out: Case[] = [];
  const add = (name: string, dir: string): void => {
    if (existsSync(dir) && statSync(dir).isDirectory()) out.push(caseOf(name, dir));
  };
  add('corpus/holdout', join(TEST_DIR, 'corpus/holdout/files'));
  add('corpus/agents', join(TEST_DIR, 'corpus/agents/files'));
  add('corpus/real-world/secrets', join(TEST_DIR, 'corpus/real-world/secrets/files'));
  add('corpus/real-world/scopes', join(TEST_DIR, 'corpus/real-world/scopes/files'));
  for (const analyzer of ['secrets', 'scopes', 'flows', 'agents', 'risk']) {
    for (const folder of ['fixtures', 'holdout']) {
      const dir = join(TEST_DIR, 'shared', analyzer, folder);
      if (!existsSync(dir)) continue;
      for (const entry of readdirSync(dir).sort()) add(`${analyzer}/${folder}/${entry}`, join(dir, entry));
    }
  }
  return out;
}

const cache = (store: FileResultStore, toolVersion = '0.0.0-test'): FileResultCache => ({ store, toolVersion });

/** The paths an analyzer's per-file phase keeps in a cache. */
const cached = (id: string, paths: Iterable<string>): string[] => {
  const phase = ANALYZERS.find((a) => a.id === id)?.perFile;
  return [...paths].filter((p) => phase?.isWorthCaching?.(p) ?? true);
};

describe('the per-file result cache', () => {
  const cases = corpora();

  it('finds the corpora', () => {
    expect(cases.length).toBeGreaterThan(20);
    expect(ANALYZERS.filter((a) => a.perFile).map((a) => a.id)).toEqual(['secrets', 'flows', 'scopes', 'agents']);
  });

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: no cache, a cold cache and a warm cache give byte-identical results; warm analyzes nothing',
    async (_name, c) => {
      const uncached = rendered(await runReview({ ...c.request, analyzers: ANALYZERS }));
      const store = mapStore();
      const cold = counted();
      const coldResult = rendered(await runReview({ ...c.request, analyzers: cold.analyzers, cache: cache(store) }));
      const warm = counted();
      const warmResult = rendered(await runReview({ ...c.request, analyzers: warm.analyzers, cache: cache(store) }));
      expect(coldResult).toBe(uncached);
      expect(warmResult).toBe(uncached);
      expect([...warm.calls.values()].flat()).toEqual([]);
      if (c.request.head.size > 0) expect(store.entries.size).toBeGreaterThan(0);
    },
    120_000,
  );
});

describe('what the cache analyzes again', () => {
  const base = caseOf('scopes', join(TEST_DIR, 'corpus/real-world/scopes/files'));

  const run = async (request: Omit<ReviewRequest, 'analyzers'>, store: FileResultStore, toolVersion?: string, analyzers?: readonly Analyzer[]) => {
    const c = counted(analyzers);
    const result = await runReview({ ...request, analyzers: c.analyzers, cache: cache(store, toolVersion) });
    const uncached = await runReview({ ...request, analyzers: analyzers ?? ANALYZERS });
    expect(rendered(result)).toBe(rendered(uncached));
    return c.calls;
  };

  it('a changed file, and only it', async () => {
    const store = mapStore();
    await run(base.request, store);
    const head = new Map(base.request.head);
    const path = [...head.keys()].find((p) => p.endsWith('.py')) as string;
    head.set(path, `${head.get(path) ?? ''}\nSLACK_SCOPES = ["chat:write", "admin"]\n`);
    const calls = await run({ ...base.request, head }, store);
    expect(calls.get('secrets')).toEqual([path]);
    expect(calls.get('flows')).toEqual([path]);
    expect(calls.get('scopes')).toEqual([path]);
  });

  it('a file whose imported constants changed, though its own text did not', async () => {
    const request = {
      head: new Map([
        ['src/scopes.ts', "export const SCOPES = ['https://www.googleapis.com/auth/drive.readonly'];\n"],
        ['src/auth.ts', "import { SCOPES } from './scopes';\nimport { google } from 'googleapis';\nauth.generateAuthUrl({ scope: SCOPES });\n"],
      ]),
      policy: DEFAULT_POLICY,
    };
    const store = mapStore();
    await run(request, store);
    const head = new Map(request.head);
    head.set('src/scopes.ts', "export const SCOPES = ['https://www.googleapis.com/auth/drive'];\n");
    const calls = await run({ ...request, head }, store);
    expect(calls.get('scopes')?.sort()).toEqual(['src/auth.ts', 'src/scopes.ts']);
    expect(calls.get('secrets')).toEqual(['src/scopes.ts']);
  });

  it('a policy change, for the analyzers whose per-file phase reads it', async () => {
    const store = mapStore();
    await run(base.request, store);
    const allow: Policy = { ...DEFAULT_POLICY, allow: [{ match: '^never$', reason: 'test' }] };
    const calls = await run({ ...base.request, policy: allow }, store);
    expect(calls.get('secrets')).toHaveLength(base.request.head.size);
    expect(calls.get('flows')).toBeUndefined();
    expect(calls.get('scopes')).toBeUndefined();
    expect(calls.get('agents')).toBeUndefined();
    const wrappers: Policy = {
      ...DEFAULT_POLICY,
      agents: { ...DEFAULT_POLICY.agents, approval: { ...DEFAULT_POLICY.agents.approval, wrappers: ['gated'] } },
    };
    const agents = await run({ ...base.request, policy: wrappers }, store);
    expect(agents.get('agents')).toHaveLength(cached('agents', base.request.head.keys()).length);
    expect(agents.get('secrets')).toBeUndefined();
    const manifests: Policy = { ...DEFAULT_POLICY, flows: { ...DEFAULT_POLICY.flows, manifests: ['**/connector.yaml'] } };
    const again = await run({ ...base.request, policy: manifests }, store);
    expect(again.get('flows')).toHaveLength(cached('flows', base.request.head.keys()).length);
    expect(again.get('secrets')).toBeUndefined();
  });

  it("a new version of Tollgate or of an analyzer's per-file phase", async () => {
    const store = mapStore();
    await run(base.request, store);
    const calls = await run(base.request, store, '0.0.1-test');
    for (const id of ['secrets', 'flows', 'scopes', 'agents']) expect(calls.get(id)).toHaveLength(cached(id, base.request.head.keys()).length);
    const bumped = ANALYZERS.map((a): Analyzer => (a.id === 'flows' && a.perFile ? { ...a, perFile: { ...a.perFile, cacheVersion: 'bumped' } } : a));
    const after = await run(base.request, store, '0.0.1-test', bumped);
    expect(after.get('flows')).toHaveLength(cached('flows', base.request.head.keys()).length);
    expect(after.get('secrets')).toBeUndefined();
  });

  it('a corrupt, truncated or mis-shaped entry is a miss, never an error or a lost finding', async () => {
    const store = mapStore();
    await run(base.request, store);
    const keys = [...store.entries.keys()];
    const spoil = [
      (v: string) => v.slice(0, Math.floor(v.length / 2)),
      () => '',
      () => 'null',
      () => '{"deps":[],"value":{"findings":"not a list"}}',
      (v: string) => v.replace(/"deps":\[/, '"deps":[["no/such/file","0"],'),
    ];
    keys.forEach((key, i) => store.entries.set(key, (spoil[i % spoil.length] as (v: string) => string)(store.entries.get(key) ?? '')));
    const calls = await run(base.request, store);
    expect([...calls.values()].flat().length).toBe(keys.length);
  });

  it('a store that throws is a miss', async () => {
    const broken: FileResultStore = {
      get: () => {
        throw new Error('EIO');
      },
      set: () => Promise.reject(new Error('EACCES')),
    };
    await run(base.request, broken);
  });

  it('holds no more of a secret than the findings do', async () => {
    const token = fakeChecksummedToken('ghp_');
    const store = mapStore();
    const head = new Map([
      ['config.ts', `const token = "${token}";\n`],
      // Pasted where a scope belongs: the scopes extractor reads it, the cache must not keep it.
      [
        'iam.tf',
        `resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = ["${token}"], Resource = "*" }] })\n}\n`,
      ],
    ]);
    await run({ head, policy: DEFAULT_POLICY }, store);
    const all = [...store.entries.values()].join('\n');
    expect(all).toContain('secrets/');
    expect(all).not.toContain(token.slice(8));
    expect(all).toContain('"masked"');
  });
});
