/**
 * Every reading's best cosine with a sentence, for all sentences of a story
 * at once: an inverted index from terms to the units (sentences and
 * headlines) that use them, so a sentence's dot products are summed only
 * over the units it shares a term with. Comparing each sentence with each
 * unit of the other readings one by one grows with the square of the
 * story's size (a 79-reading story: ~2,400 sentences, ~6 million cosines,
 * 1.8 s); the index touches only the pairs that share a word.
 */
import type { Weighted } from './vectors.js';

export interface BestMatchIndex {
  /** For each group (reading), the best cosine of `item` with one of its units (0 when none shares a term). */
  bestPerGroup(item: Weighted): Float64Array;
}

/** `groups[g]` lists the units of reading g. */
export function bestMatchIndex(groups: readonly (readonly Weighted[])[]): BestMatchIndex {
  const postings = new Map<string, { units: number[]; weights: number[] }>();
  const groupOf: number[] = [];
  const norms: number[] = [];
  groups.forEach((units, g) => {
    for (const unit of units) {
      const u = groupOf.length;
      groupOf.push(g);
      norms.push(unit.norm);
      for (const [term, w] of unit.vector) {
        let list = postings.get(term);
        if (!list) {
          list = { units: [], weights: [] };
          postings.set(term, list);
        }
        list.units.push(u);
        list.weights.push(w);
      }
    }
  });
  const dots = new Float64Array(groupOf.length);
  const touched: number[] = [];
  return {
    bestPerGroup(item) {
      const best = new Float64Array(groups.length);
      if (item.norm === 0) return best;
      for (const [term, w] of item.vector) {
        const list = postings.get(term);
        if (!list) continue;
        for (let k = 0; k < list.units.length; k++) {
          const u = list.units[k]!;
          if (dots[u] === 0) touched.push(u);
          dots[u]! += w * list.weights[k]!;
        }
      }
      for (const u of touched) {
        const sim = norms[u]! === 0 ? 0 : dots[u]! / (item.norm * norms[u]!);
        const g = groupOf[u]!;
        if (sim > best[g]!) best[g] = sim;
        dots[u] = 0;
      }
      touched.length = 0;
      return best;
    },
  };
}
