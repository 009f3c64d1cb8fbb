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
 * the grouping threshold. The pair's length scale also sets how fast its
 * score fades with days apart (time-decay.ts).
 *
 * Long articles then ask for a little more than full texts of ~40-100 words
 * (`linkScale`): the longer two articles are, the more of their words are
 * their topic's background rather than their event, so two articles about
 * one subject (two cars shown at one motor show, one team's two games, a
 * laptop's review and a rumour about the next one) reach the cosine that
 * tells two leads of one event. Measured on the 121 articles of the
 * extraction set (one day of news from many outlets), at a cut of 0.25 six
 * of its nineteen stories joined such articles at cosines 0.26-0.30; the
 * same-event pairs there score 0.33-0.77 and the five seeds keep one story
 * in all 120 insertion orders up to an effective cut of 0.32.
 */

/** From this many words (title + text) on, a reading counts as a full text. */
export const FULL_TEXT_WORDS = 40;
/** Up to this many words (title + text), a reading is a headline (with a line of text at most). */
export const HEADLINE_WORDS = 20;
/** Up to this many words, a reading is a headline alone: too few words to weigh its neighbourhood by. */
export const HEADLINE_ALONE_WORDS = 12;
/** Smallest length scale (a headline of ~5 words). */
export const MIN_LENGTH_SCALE = 0.05;
/** Growth of the scale with the length, below FULL_TEXT_WORDS. */
export const LENGTH_POWER = 1.5;

export function lengthScale(words: number): number {
  return Math.min(1, Math.max(MIN_LENGTH_SCALE, (words / FULL_TEXT_WORDS) ** LENGTH_POWER));
}

/** From this many words on, a text starts counting as a long article. */
export const LONG_TEXT_FROM_WORDS = 100;
/** From this many words on, a text counts as a long article in full. */
export const LONG_TEXT_WORDS = 200;
/** How much higher a pair of long articles must score than a pair of shorter full texts. */
export const LONG_TEXT_FACTOR = 1.2;

/** The scale a link divides by: the length scale, raised for long articles. */
export function linkScale(words: number): number {
  const longness = Math.min(1, Math.max(0, (words - LONG_TEXT_FROM_WORDS) / (LONG_TEXT_WORDS - LONG_TEXT_FROM_WORDS)));
  return lengthScale(words) * (1 + (LONG_TEXT_FACTOR - 1) * longness);
}

export function linkScore(score: number, wordsA: number, wordsB: number): number {
  return linkFromScales(score, linkScale(wordsA), linkScale(wordsB));
}

/** `linkScore` from the two link scales, for callers that compute them once per reading. */
export function linkFromScales(score: number, scaleA: number, scaleB: number): number {
  return score / Math.sqrt(scaleA * scaleB);
}
