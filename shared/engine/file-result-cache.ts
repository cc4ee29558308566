import { createHash } from 'node:crypto';

/**
 * Where cached per-file results live: the CLI's directory (`node/disk-result-store.ts`)
 * or an in-memory LRU (`memory-result-store.ts`, for the language server and the
 * App). Values are JSON text. A store never throws for a miss or a broken entry:
 * `get` answers undefined, and a `set` that fails is the store's to report.
 */
export interface FileResultStore {
  get(key: string): string | undefined | Promise<string | undefined>;
  set(key: string, value: string): void | Promise<void>;
}

/** A content cache for the analyzers' per-file phases (see `PerFilePhase`). */
export interface FileResultCache {
  readonly store: FileResultStore;
  /** Tollgate's version: one release never reads another's entries. */
  readonly toolVersion: string;
}

/** What a cached per-file result is a function of. */
export interface FileResultKeyParts {
  readonly toolVersion: string;
  readonly analyzerId: string;
  /** The phase's `cacheVersion`. */
  readonly cacheVersion: string;
  /** The path: file kinds and policy globs are read from it. */
  readonly path: string;
  /** The SHA-256 (hex) of the file's text (`sha256Hex`). */
  readonly textHash: string;
  /** The SHA-256 of the phase's `policyKey` (see `hashPolicyKey`). */
  readonly policyHash: string;
}

/** The SHA-256 of a text (as UTF-8), in hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The SHA-256 (hex) of a phase's policy keys, as JSON. Key order counts: a reordered policy is a miss, never a wrong hit. */
export function hashPolicyKey(policyKey: unknown): string {
  return sha256Hex(JSON.stringify(policyKey) ?? 'undefined');
}

/**
 * The cache key of one file's per-file result: 64 hex characters, the SHA-256 of
 * every part (the text by its own SHA-256), NUL-separated. Nothing in it can be
 * turned back into the file's content.
 */
export function fileResultKey(parts: FileResultKeyParts): string {
  const { toolVersion, analyzerId, cacheVersion, path, textHash, policyHash } = parts;
  return sha256Hex(['tollgate-file-result', toolVersion, analyzerId, cacheVersion, path, textHash, policyHash].join('\u0000'));
}
