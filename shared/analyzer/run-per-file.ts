import { fileResultKey, hashPolicyKey, type FileResultCache } from '../engine/file-result-cache.js';
import type { AnalyzerContext, AnalyzerResult } from './analyzer.js';
import type { PerFileInput, PerFilePhase } from './per-file-phase.js';

/**
 * Runs an analyzer's per-file phase on every file of `context.paths` that has a
 * text in `context.head`, then its cross-file `combine`. With a cache, a file whose
 * key (Tollgate's version, the analyzer's id and `cacheVersion`, the path, the
 * text's SHA-256 and the hash of `policyKey`) is stored is not analyzed again; an
 * entry that does not parse or has the wrong shape is a miss. Each fresh result is
 * stored and then used as read back from JSON, so a run with a cold cache and one
 * with a warm cache see the same values.
 *
 * @param analyzerId the analyzer's id, part of the key
 */
export async function runPerFile<TData, TFile>(
  phase: PerFilePhase<TData, TFile>,
  analyzerId: string,
  context: AnalyzerContext,
  cache?: FileResultCache,
): Promise<AnalyzerResult<TData>> {
  const files: PerFileInput[] = [];
  for (const path of context.paths) {
    const text = context.head.get(path);
    if (text !== undefined) files.push({ path, text });
  }
  const results: TFile[] = [];
  if (!cache) {
    for (const file of files) results.push(await phase.analyzeFile(file, context.policy));
    return phase.combine(results, context);
  }

  const policyHash = hashPolicyKey(phase.policyKey(context.policy));
  const keys = files.map((f) =>
    fileResultKey({ toolVersion: cache.toolVersion, analyzerId, cacheVersion: phase.cacheVersion, path: f.path, text: f.text, policyHash }),
  );
  const stored = await Promise.all(keys.map((key) => readEntry(cache, key)));
  const writes: Promise<void>[] = [];
  for (const [i, file] of files.entries()) {
    const hit = decode(phase, stored[i]);
    if (hit.ok) {
      results.push(hit.value);
      continue;
    }
    const json = JSON.stringify(await phase.analyzeFile(file, context.policy));
    results.push(JSON.parse(json) as TFile);
    writes.push(writeEntry(cache, keys[i] as string, json));
  }
  await Promise.all(writes);
  return phase.combine(results, context);
}

function decode<TFile>(phase: PerFilePhase<unknown, TFile>, text: string | undefined): { ok: true; value: TFile } | { ok: false } {
  if (text === undefined) return { ok: false };
  try {
    const value: unknown = JSON.parse(text);
    return phase.isFileResult(value) ? { ok: true, value } : { ok: false };
  } catch {
    return { ok: false };
  }
}

/** A store that throws reads as a miss: a cache never costs a finding. */
async function readEntry(cache: FileResultCache, key: string): Promise<string | undefined> {
  try {
    return await cache.store.get(key);
  } catch {
    return undefined;
  }
}

async function writeEntry(cache: FileResultCache, key: string, value: string): Promise<void> {
  try {
    await cache.store.set(key, value);
  } catch {
    // The store reports its own failures (once); the result is in hand.
  }
}
