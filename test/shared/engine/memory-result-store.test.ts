import { describe, expect, it } from 'vitest';
import { createMemoryResultStore } from '../../../shared/engine/memory-result-store.js';

describe('createMemoryResultStore', () => {
  it('keeps at most maxEntries, dropping the least recently used', () => {
    const store = createMemoryResultStore({ maxEntries: 2 });
    store.set('a', '1');
    store.set('b', '2');
    expect(store.get('a')).toBe('1'); // a is now newer than b
    store.set('c', '3');
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBe('1');
    expect(store.get('c')).toBe('3');
    expect(store.size).toBe(2);
  });

  it('keeps at most maxBytes (two bytes a character), and never a value larger than that alone', () => {
    const store = createMemoryResultStore({ maxBytes: 40 });
    store.set('k1', 'x'.repeat(8)); // 20 bytes
    store.set('k2', 'y'.repeat(8)); // 20 bytes
    expect(store.bytes).toBe(40);
    store.set('k3', 'z'.repeat(8));
    expect(store.get('k1')).toBeUndefined();
    expect(store.bytes).toBe(40);
    store.set('big', 'w'.repeat(100));
    expect(store.get('big')).toBeUndefined();
    expect(store.get('k3')).toBe('z'.repeat(8));
  });

  it('replaces a value under the same key without counting it twice', () => {
    const store = createMemoryResultStore();
    store.set('k', 'one');
    store.set('k', 'three');
    expect(store.get('k')).toBe('three');
    expect(store.size).toBe(1);
    expect(store.bytes).toBe(2 * ('k'.length + 'three'.length));
  });
});
