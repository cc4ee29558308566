import type { FileResultStore } from './file-result-cache.js';

/** Bounds of an in-memory store. */
export interface MemoryResultStoreOptions {
  /** Most entries kept. Default 5,000. */
  readonly maxEntries?: number;
  /** Most bytes kept (keys and values as UTF-16, two bytes a character). Default 64 MiB. */
  readonly maxBytes?: number;
}

/** An in-memory `FileResultStore` with its size, for tests and logs. */
export interface MemoryResultStore extends FileResultStore {
  readonly size: number;
  readonly bytes: number;
}

/**
 * A least-recently-used store in memory (the language server's and the App's):
 * reading an entry makes it the newest; past either bound the oldest go first. A
 * value larger than `maxBytes` on its own is not kept.
 */
export function createMemoryResultStore(options: MemoryResultStoreOptions = {}): MemoryResultStore {
  const maxEntries = Math.max(1, options.maxEntries ?? 5_000);
  const maxBytes = Math.max(1, options.maxBytes ?? 64 * 1024 * 1024);
  const entries = new Map<string, string>();
  let bytes = 0;
  const sizeOf = (key: string, value: string): number => 2 * (key.length + value.length);
  const remove = (key: string): void => {
    const value = entries.get(key);
    if (value === undefined) return;
    entries.delete(key);
    bytes -= sizeOf(key, value);
  };
  return {
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    get(key) {
      const value = entries.get(key);
      if (value === undefined) return undefined;
      entries.delete(key);
      entries.set(key, value);
      return value;
    },
    set(key, value) {
      remove(key);
      const size = sizeOf(key, value);
      if (size > maxBytes) return;
      entries.set(key, value);
      bytes += size;
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries && bytes <= maxBytes) break;
        remove(oldest);
      }
    },
  };
}
