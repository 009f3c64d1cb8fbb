/**
 * Undated readings in a crowded subject. A reading without a date has every
 * reading of the library as a candidate, not those of a week around it: a
 * library of three years of US politics without dates (NeuS pooled, 2,759
 * stories) gives a reading on Michael Flynn its own story's two other
 * tellings at 0.5 and then dozens of the subject's other events (the plea,
 * the immunity offer, the pardon) at 0.2-0.3, above the threshold, and
 * average link joined them into stories of twenty.
 *
 * How high a reading's distant candidates still score (the mean of its
 * 25th to 50th best, its background) says how crowded its subject is: an
 * event told by a dozen readings (ECB+) has its 25th best candidate in
 * another topic (~0.05), a crowded subject still at ~0.15. Above
 * BACKGROUND_LEVEL a reading's scores are scaled by level / background, at
 * most down to FLOOR (a pair by the geometric mean of its two readings'
 * factors), much as CSLS corrects hubs among word embeddings: what stands
 * above a crowd is what the reading shares with its own story.
 *
 * Dated readings keep their scores: the time window around their day
 * already bounds the crowd, and a big event of one week (forty outlets on an
 * election) is a crowd of its own story that scaling would break up. A
 * headline alone (HEADLINE_ALONE_WORDS or fewer words) keeps its scores
 * too, as in the subject discount. A reading added alone (`add`, a feed
 * entry) is scaled by its own factor against its candidates'
 * (`crowdScaled`). `npx tsx bench/relate-stories.ts --batch`:
 * NeuS pooled 0.712 -> 0.753 (its TF-IDF baseline 0.745), ECB+ and UCI
 * unchanged (docs/findings/story-grouping.md, session 44).
 */

import type { ScoredCandidate } from './find-similar.js';
import { HEADLINE_ALONE_WORDS } from './link.js';
import type { Features } from './types.js';

/** Ranks (best first, from 0) whose scores make a reading's background. */
export const BACKGROUND_RANKS = { from: 25, to: 50 } as const;
/** Background from which a reading's scores are scaled down. */
export const BACKGROUND_LEVEL = 0.09;
/** Least factor a reading's scores are scaled by. */
export const FLOOR = 0.6;

/**
 * Each reading's factor (1 for a reading left as it is). `candidates[i]`
 * are reading i's candidates (possibly holding i itself) and `scores[i]`
 * their pair scores; `eligible(i)` whether reading i may be scaled.
 */
export function crowdFactors(candidates: readonly Int32Array[], scores: readonly Float64Array[], eligible: (i: number) => boolean): Float64Array {
  const factors = new Float64Array(candidates.length).fill(1);
  const span = BACKGROUND_RANKS.to - BACKGROUND_RANKS.from;
  candidates.forEach((list, i) => {
    if (!eligible(i) || list.length <= BACKGROUND_RANKS.from) return;
    const sorted: number[] = [];
    for (let k = 0; k < list.length; k++) if (list[k] !== i) sorted.push(scores[i]![k]!);
    sorted.sort((a, b) => b - a);
    let sum = 0;
    for (let r = BACKGROUND_RANKS.from; r < BACKGROUND_RANKS.to && r < sorted.length; r++) sum += sorted[r]!;
    const background = sum / span;
    if (background > BACKGROUND_LEVEL) factors[i] = Math.max(FLOOR, BACKGROUND_LEVEL / background);
  });
  return factors;
}

/** The factor of the pair of readings a and b. */
export function pairCrowdFactor(factors: Float64Array, a: number, b: number): number {
  const fa = factors[a]!;
  const fb = factors[b]!;
  return fa === 1 && fb === 1 ? 1 : Math.sqrt(fa * fb);
}

/** Whether a reading may be scaled: undated, and more than a headline alone. */
export function crowdEligible(features: Pick<Features, 'day' | 'words'>): boolean {
  return !features.day && features.words > HEADLINE_ALONE_WORDS;
}

/**
 * A reading added on its own, scored against the library (best first): its
 * scores scaled by its factor, whole (its candidates' own factors are not
 * known here, and in a crowded subject they are crowded alike: a pair's
 * factor in the batch is then about the same). NeuS pooled, one reading at a
 * time: 0.645 -> 0.680 (docs/findings/story-grouping.md).
 */
export function crowdScaled(scored: readonly ScoredCandidate[], features: Pick<Features, 'day' | 'words'>): readonly ScoredCandidate[] {
  if (!crowdEligible(features) || scored.length <= BACKGROUND_RANKS.from) return scored;
  const ids = Int32Array.from(scored, (_, k) => k + 1);
  const factor = crowdFactors([ids], [Float64Array.from(scored, (c) => c.score)], () => true)[0]!;
  if (factor === 1) return scored;
  return scored.map((c) => ({ ...c, score: c.score * factor, ...(c.link === undefined ? {} : { link: c.link * factor }) }));
}
