import { fileResultKey, hashPolicyKey, sha256Hex, type FileResultCache } from '../engine/file-result-cache.js';
import type { FileSet } from '../files/file-set.js';
import type { Policy } from '../policy/policy-schema.js';
import type { AnalyzerContext, AnalyzerResult } from './analyzer.js';
import type { PerFileInput, PerFilePhase } from './per-file-phase.js';

/** Another file a per-file result read, and the SHA-256 of what it read (null: the file was absent). */
type Dependency = readonly [path: string, sha256: string | null];

/** What is stored per key: the result and the files it read. */
interface Entry {
  readonly deps: readonly Dependency[];
  readonly value: unknown;
}

/**
 * Runs an analyzer's per-file phase on every file of `context.paths` that has a
 * text in `context.head`, then its cross-file `combine`. With a cache, a file whose
 * key (Tollgate's version, the analyzer's id and `cacheVersion`, the path, the
 * text's SHA-256 and the hash of `policyKey`) is stored, and whose recorded reads of
 * other files (`PerFileInput.read`) still answer the same, is not analyzed again; an
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
  const files: { path: string; text: string }[] = [];
  for (const path of context.paths) {
    const text = context.head.get(path);
    if (text !== undefined) files.push({ path, text });
  }
  const read = (path: string): string | undefined => context.head.get(path);
  const results: TFile[] = [];
  if (!cache) {
    for (const file of files) results.push(await phase.analyzeFile({ ...file, read }, context.policy));
    return phase.combine(results, context);
  }

  const hashOf = (path: string): string | null => {
    const text = context.head.get(path);
    return text === undefined ? null : textHash(context.head, path, text);
  };
  const keyOf = perFileKeys(phase, analyzerId, context.head, context.policy, cache.toolVersion);
  const keys = files.map((f) => keyOf(f.path, f.text));
  const stored = await Promise.all(keys.map((key) => (key === undefined ? undefined : readEntry(cache, key))));
  const writes: Promise<void>[] = [];
  for (const [i, file] of files.entries()) {
    const key = keys[i];
    if (key === undefined) {
      results.push(await phase.analyzeFile({ ...file, read }, context.policy));
      continue;
    }
    const hit = decode(phase, stored[i], hashOf);
    if (hit.ok) {
      results.push(hit.value);
      continue;
    }
    const entry = await perFileEntry(phase, file, context.head, context.policy);
    results.push(entry.value);
    writes.push(writeEntry(cache, key, JSON.stringify(entry)));
  }
  await Promise.all(writes);
  return phase.combine(results, context);
}

/**
 * The cache keys of a phase's per-file results in one run: a function of a file's path
 * and text (undefined for a file the phase does not think worth caching, see
 * `isWorthCaching`). The policy's keys are hashed once.
 */
export function perFileKeys<TFile>(
  phase: PerFilePhase<unknown, TFile>,
  analyzerId: string,
  head: FileSet,
  policy: Policy,
  toolVersion: string,
): (path: string, text: string) => string | undefined {
  const policyHash = hashPolicyKey(phase.policyKey(policy));
  return (path, text) =>
    phase.isWorthCaching?.(path) === false
      ? undefined
      : fileResultKey({ toolVersion, analyzerId, cacheVersion: phase.cacheVersion, path, textHash: textHash(head, path, text), policyHash });
}

/**
 * One file's per-file result as a cache entry: the value as read back from JSON, and
 * the other files of `head` it read with their SHA-256. Stored as `JSON.stringify` of it.
 */
export async function perFileEntry<TFile>(
  phase: PerFilePhase<unknown, TFile>,
  file: { readonly path: string; readonly text: string },
  head: FileSet,
  policy: Policy,
): Promise<{ readonly deps: readonly Dependency[]; readonly value: TFile }> {
  const deps: Dependency[] = [];
  const input: PerFileInput = {
    ...file,
    read: (path) => {
      const text = head.get(path);
      if (!deps.some(([p]) => p === path)) deps.push([path, text === undefined ? null : textHash(head, path, text)]);
      return text;
    },
  };
  const value = JSON.parse(JSON.stringify(await phase.analyzeFile(input, policy))) as TFile;
  return { deps, value };
}

/** Texts' SHA-256 by file set and path, so the analyzers of one run hash each file once. */
const hashesBySet = new WeakMap<FileSet, Map<string, { readonly text: string; readonly hash: string }>>();

/** The SHA-256 of `text`, the text of `path` in `files`, remembered while `files` lives (and checked against the text, should the set be changed). */
function textHash(files: FileSet, path: string, text: string): string {
  let hashes = hashesBySet.get(files);
  if (!hashes) hashesBySet.set(files, (hashes = new Map()));
  const known = hashes.get(path);
  if (known && known.text === text) return known.hash;
  const hash = sha256Hex(text);
  hashes.set(path, { text, hash });
  return hash;
}

/** A stored entry whose value has the phase's shape and whose every read still answers the same; anything else is a miss. */
function decode<TFile>(
  phase: PerFilePhase<unknown, TFile>,
  text: string | undefined,
  hashOf: (path: string) => string | null,
): { ok: true; value: TFile } | { ok: false } {
  if (text === undefined) return { ok: false };
  let entry: Partial<Entry>;
  try {
    entry = JSON.parse(text) as Partial<Entry>;
  } catch {
    return { ok: false };
  }
  if (typeof entry !== 'object' || entry === null || !Array.isArray(entry.deps)) return { ok: false };
  for (const dep of entry.deps as unknown[]) {
    if (!Array.isArray(dep) || typeof dep[0] !== 'string' || hashOf(dep[0]) !== dep[1]) return { ok: false };
  }
  return phase.isFileResult(entry.value) ? { ok: true, value: entry.value } : { ok: false };
}

/** Reads a cache entry; a store that throws reads as a miss: a cache never costs a finding. */
export async function readEntry(cache: FileResultCache, key: string): Promise<string | undefined> {
  try {
    return await cache.store.get(key);
  } catch {
    return undefined;
  }
}

/** Writes a cache entry; a store's failure is the store's to report (the result is in hand). */
export async function writeEntry(cache: FileResultCache, key: string, value: string): Promise<void> {
  try {
    await cache.store.set(key, value);
  } catch {
    // The store reports its own failures (once); the result is in hand.
  }
}
