/**
 * The link score grouping works with: the pair's similarity over the
 * pair's length scale, so that one threshold serves headlines and full texts.
 *
 * Short texts share few words even when they tell the same event: two
 * headlines of one story often have a cosine of 0.05-0.2, two leads of
 * ~40 words 0.2-0.4, two excerpts or articles 0.3-0.6 (measured on UCI
 * headlines, ECB+ leads and NEUS excerpts: the best average-link cut was
 * about proportional to the typical length up to ~80 words, then flat).
 * A reading's length scale is its word count over FULL_TEXT_WORDS, capped at
 * 1 (and floored, so a two-word title does not count twenty times); a pair
 * uses the geometric mean of its two scales. The link score is not bounded
 * by 1: it is only compared with the grouping threshold.
 */

/** From this many words (title + text) on, a reading counts as a full text. */
export const FULL_TEXT_WORDS = 40;
/** Smallest length scale (a headline of ~6 words). */
export const MIN_LENGTH_SCALE = 0.15;

export function lengthScale(words: number): number {
  return Math.min(1, Math.max(MIN_LENGTH_SCALE, words / FULL_TEXT_WORDS));
}

export function linkScore(score: number, wordsA: number, wordsB: number): number {
  return score / Math.sqrt(lengthScale(wordsA) * lengthScale(wordsB));
}
