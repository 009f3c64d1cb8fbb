/**
 * The link score grouping works with: the pair's similarity over the
 * pair's length scale, so that one threshold serves headlines and full texts.
 *
 * Short texts share few words even when they tell the same event: two
 * headlines of one story often have a cosine of 0.05-0.2, two leads of
 * ~40 words 0.2-0.4, two excerpts or articles 0.3-0.6 (measured on UCI
 * headlines, ECB+ leads and NEUS excerpts: the best average-link cut was
 * about proportional to the typical length up to ~80 words, then flat).
 * A reading's length scale is its word count over FULL_TEXT_WORDS to the
 * power LENGTH_POWER, capped at 1 (and floored, so a two-word title does not
 * count fifty times); a pair uses the geometric mean of its two scales. The
 * power is above 1 because the best cut for headlines (UCI, ~9 words: cosine
 * ~0.02 in stories of dozens of headlines) is much lower than a linear scale
 * gives, while leads of 30-40 words (ECB+) want nearly the full-text cut
 * (session 9: power 1.5 and floor 0.05 let one threshold, 0.25, serve UCI
 * and ECB+). The link score is not bounded by 1: it is only compared with
 * the grouping threshold. The pair's scale also sets how fast its score
 * fades with days apart (time-decay.ts).
 */

/** From this many words (title + text) on, a reading counts as a full text. */
export const FULL_TEXT_WORDS = 40;
/** Smallest length scale (a headline of ~5 words). */
export const MIN_LENGTH_SCALE = 0.05;
/** Growth of the scale with the length, below FULL_TEXT_WORDS. */
export const LENGTH_POWER = 1.5;

export function lengthScale(words: number): number {
  return Math.min(1, Math.max(MIN_LENGTH_SCALE, (words / FULL_TEXT_WORDS) ** LENGTH_POWER));
}

export function linkScore(score: number, wordsA: number, wordsB: number): number {
  return linkFromScales(score, lengthScale(wordsA), lengthScale(wordsB));
}

/** `linkScore` from the two length scales, for callers that compute them once per reading. */
export function linkFromScales(score: number, scaleA: number, scaleB: number): number {
  return score / Math.sqrt(scaleA * scaleB);
}
