/**
 * Time proximity: readings about one event mostly appear the same day, and
 * follow-ups within days. The score fades by `1 / (1 + days / halfLife)`:
 * readings `halfLife` days apart count half. Unknown days are neutral.
 */
import { dayDiff } from './day.js';

export const DEFAULT_HALF_LIFE_DAYS = 2;

export function timeFactor(a: string | null, b: string | null, halfLife = DEFAULT_HALF_LIFE_DAYS): number {
  if (!a || !b) return 1;
  const days = Math.abs(dayDiff(a, b));
  return 1 / (1 + days / halfLife);
}
