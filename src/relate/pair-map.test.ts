import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairMap } from './pair-map.js';

describe('PairMap', () => {
  it('answers like a Map, in insertion order, through growth', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 2 ** 40 }), fc.double({ noNaN: true })), { maxLength: 300 }), (ops) => {
        const ours = new PairMap(1);
        const ref = new Map<number, number>();
        for (const [k, v] of ops) {
          ours.set(k, v);
          ref.set(k, v);
        }
        const seen: [number, number][] = [];
        ours.forEach((v, k) => seen.push([k, v]));
        expect(seen).toEqual([...ref]);
        expect(ours.size).toBe(ref.size);
        for (const [k] of ops) expect(ours.get(k)).toBe(ref.get(k));
        expect(ours.get(2 ** 41)).toBeUndefined();
      }),
    );
  });

  it('keeps keys near 2^53 apart (pair keys of a large library)', () => {
    const m = new PairMap();
    const big = 2 ** 52;
    m.set(big, 1);
    m.set(big + 1, 2);
    m.set(0, 3);
    expect([m.get(big), m.get(big + 1), m.get(0), m.get(big + 2)]).toEqual([1, 2, 3, undefined]);
  });
});
