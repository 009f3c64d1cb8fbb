import { describe, expect, it } from 'vitest';
import { bestMatchIndex } from './best-match-index.js';
import { cosine, inverseFrequencies, weigh, type Weighted } from './vectors.js';

const WORDS = ['troops', 'withdraw', 'kazakhstan', 'russia', 'csto', 'tokayev', 'days', 'protest', 'almaty', 'peacekeepers'];

/** A deterministic pseudo-random sentence of 1-8 words. */
function sentence(seed: number): string[] {
  let x = seed * 2654435761 % 4294967296;
  const next = (): number => (x = (x * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: 1 + (next() % 8) }, () => WORDS[next() % WORDS.length]!);
}

describe('bestMatchIndex', () => {
  it('gives each group the best cosine one of its units has with the item, as one cosine at a time would', () => {
    const groups = [0, 1, 2, 3].map((g) => Array.from({ length: 2 + g }, (_, i) => sentence(g * 10 + i + 1)));
    const idf = inverseFrequencies(groups.flat());
    const weighted: Weighted[][] = groups.map((units) => units.map((u) => weigh(u, idf)));
    const index = bestMatchIndex(weighted);
    for (let s = 100; s < 140; s++) {
      const item = weigh(sentence(s), idf);
      const best = index.bestPerGroup(item);
      weighted.forEach((units, g) => expect(best[g]).toBeCloseTo(Math.max(0, ...units.map((u) => cosine(item, u))), 12));
    }
  });

  it('gives 0 to a group that shares no term, and to an empty item', () => {
    const idf = inverseFrequencies([['troops'], ['almaty']]);
    const index = bestMatchIndex([[weigh(['troops'], idf)], [weigh(['almaty'], idf)]]);
    expect([...index.bestPerGroup(weigh(['troops'], idf))]).toEqual([1, 0]);
    expect([...index.bestPerGroup(weigh([], idf))]).toEqual([0, 0]);
  });
});
