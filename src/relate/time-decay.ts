/**
 * Time proximity: readings about one event mostly appear the same day, and
 * follow-ups within days. How fast the score fades depends on the pair's
 * length scale (link.ts), because headlines and full articles behave
 * differently:
 *   - full articles of one story come out over several days (the seeds: up
 *     to two days apart), and a follow-up article tells the event again: a
 *     pair of full texts keeps its whole score for `GRACE_DAYS`, then fades
 *     by `1 / (1 + days / halfLife)` (`halfLife` days later it counts half);
 *   - headlines of one story are a burst (UCI: 506 of 508 stories within one
 *     crawl day), while the same few words come back every day about other
 *     events ("Apple", "earnings", "Ukraine"): both the grace and the
 *     half-life shrink with the pair's length scales (`scale`, the product
 *     of the two), so two headlines of ~9 words a day apart count a few
 *     percent, while two leads of ~30 words (scale product ~0.4) keep most
 *     of a day's grace.
 * Measured (batch average link, UCI): half-life 2 days 0.715 B3-F1, 0.5 day
 * 0.777, 0.1 day 0.842, same day only 0.850.
 * Unknown days are neutral.
 */
import { dayDiff } from './day.js';

export const DEFAULT_HALF_LIFE_DAYS = 2;
/** Days two full texts stay fully comparable (scaled down with the length scale). */
export const GRACE_DAYS = 2;
/** Least half-life, in days (a pair of the shortest headlines). */
const MIN_HALF_LIFE_DAYS = 0.02;

/**
 * `scale`: the product of the two readings' length scales (link.ts), 1 for
 * two full texts.
 */
export function timeFactor(a: string | null, b: string | null, halfLife = DEFAULT_HALF_LIFE_DAYS, scale = 1): number {
  return timeFactorApart(a && b ? Math.abs(dayDiff(a, b)) : null, halfLife, scale);
}

/** `timeFactor` of two readings `days` apart (null: either day unknown). */
export function timeFactorApart(days: number | null, halfLife = DEFAULT_HALF_LIFE_DAYS, scale = 1): number {
  if (days === null) return 1;
  const late = Math.max(0, days - GRACE_DAYS * scale);
  if (late === 0) return 1;
  return 1 / (1 + late / Math.max(MIN_HALF_LIFE_DAYS, halfLife * scale));
}
