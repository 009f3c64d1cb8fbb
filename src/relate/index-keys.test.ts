import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topByScore } from './index-keys.js';
import { bestOf } from './heap.js';

describe('topByScore', () => {
  it('returns the best ids first, ties by id, like a full sort', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 3 }), fc.integer({ min: 0, max: 5 })), { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (entries, limit) => {
        const scores = new Map(entries);
        const sorted = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([id]) => id);
        expect(topByScore(scores, limit)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});

describe('bestOf', () => {
  it('gives what a full sort and a cut give, for any limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 60 }), fc.integer({ min: -1, max: 70 }), (scores, limit) => {
        const positions = scores.map((_, i) => i);
        const before = (a: number, b: number): boolean => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
        const sorted = [...positions].sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, Math.max(0, limit));
        expect(bestOf(positions, before, limit)).toEqual(sorted);
      }),
      { numRuns: 300 },
    );
  });
});
