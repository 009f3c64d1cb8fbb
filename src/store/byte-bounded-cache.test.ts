import { describe, expect, it } from 'vitest';
import { ByteBoundedCache } from './byte-bounded-cache.js';

describe('ByteBoundedCache', () => {
  it('evicts the least recently used entries once over its budget', () => {
    const cache = new ByteBoundedCache<string>(10);
    cache.set('a', 'A', 4);
    cache.set('b', 'B', 4);
    expect(cache.get('a')).toBe('A'); // a is now the most recent
    cache.set('c', 'C', 4); // 12 > 10: b goes
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBe('A');
    expect(cache.get('c')).toBe('C');
    expect(cache.heldBytes).toBe(8);
  });

  it('replaces an entry, forgets deleted ones, and never holds one larger than the budget', () => {
    const cache = new ByteBoundedCache<number>(10);
    cache.set('a', 1, 6);
    cache.set('a', 2, 3);
    expect(cache.get('a')).toBe(2);
    expect(cache.heldBytes).toBe(3);
    cache.set('huge', 3, 11);
    expect(cache.get('huge')).toBeUndefined();
    expect(cache.get('a')).toBe(2);
    cache.delete('a');
    expect(cache.size).toBe(0);
    expect(cache.heldBytes).toBe(0);
  });
});
