/**
 * Subject terms: the words that tie a reading to most of its nearest
 * readings say what it is about (Michael Flynn, Jamal Khashoggi, Brett
 * Kavanaugh), not which event of that subject it tells. Undated and pooled
 * over three years, NeuS holds a dozen or more stories of each such subject
 * (a plea, a pardon, a dismissal), each told by three outlets, and every
 * reading of the subject scored above the threshold with every other on the
 * names alone: average link grew stories of twenty readings.
 *
 * A pair's score is scaled down by how much more of what it shares is such
 * terms than for the readings' typical neighbours: each shared key is
 * discounted by `lambda` x the share of the two readings' neighbourhoods that
 * holds it too (the lesser of the two), and the part of the dot product left
 * is divided by the mean part left over each reading's own neighbourhood.
 * Relative, because an event told by a dozen readings (ECB+) has its own
 * words held by its whole neighbourhood: an absolute discount lowered every
 * link inside it (B³ 0.906 -> 0.834 on ECB+ at lambda 0.5), while this leaves
 * a reading whose neighbours all share the same words as it was. Never scaled
 * up: in a small library of unrelated pages a reading's typical neighbour
 * shares only common words, and lifting the pairs that share rarer ones joined
 * a laptop's review and a rumour about it. A headline alone
 * (RELATIVE_MIN_WORDS or fewer words) has too few words to tell terms apart,
 * and keeps its scores. `npx tsx bench/relate-stories.ts --batch`, against
 * `--subject-lambda 0`: NeuS pooled 0.691 -> 0.708, its nine held-out-sized
 * pools 0.857 -> 0.861, ECB+ 0.906 -> 0.907, UCI 0.871 -> 0.870.
 */
import type { PackedVectors } from './weights.js';

export interface SubjectDiscount {
  /** Nearest readings (by pair score) a reading's neighbourhood holds. */
  k: number;
  /** How much of a key's weight a neighbourhood that all holds it takes off. */
  lambda: number;
}

export const DEFAULT_SUBJECT_DISCOUNT: SubjectDiscount = { k: 10, lambda: 0.5 };

/**
 * The factor each pair's score is multiplied by (1 for a pair with a
 * headline alone). `candidates[i]` are reading i's candidates and
 * `scores[i]` their pair scores; `headline(i)` whether it is a headline alone.
 */
export function subjectFactors(
  vectors: PackedVectors,
  candidates: readonly Int32Array[],
  scores: readonly Float64Array[],
  headline: (i: number) => boolean,
  o: SubjectDiscount,
): (a: number, b: number) => number {
  const hoods = candidates.map((list, i) => (headline(i) ? [] : nearest(i, list, scores[i]!, o.k)));
  const shares = vectors.neighbourShares(hoods);
  const kept = (a: number, b: number): number => vectors.keptShare(a, b, shares, o.lambda);
  const typical = Float64Array.from(hoods, (hood, i) => (hood.length === 0 ? 1 : hood.reduce((sum, j) => sum + kept(i, j), 0) / hood.length));
  return (a, b) => (hoods[a]!.length === 0 || hoods[b]!.length === 0 ? 1 : Math.min(1, kept(a, b) / Math.sqrt(typical[a]! * typical[b]!)));
}

/** Reading i's `k` best-scored candidates (positive scores), best first. */
function nearest(i: number, list: Int32Array, scores: Float64Array, k: number): number[] {
  const order: number[] = [];
  for (let x = 0; x < list.length; x++) if (list[x] !== i && scores[x]! > 0) order.push(x);
  order.sort((x, y) => scores[y]! - scores[x]! || list[x]! - list[y]!);
  return order.slice(0, k).map((x) => list[x]!);
}
