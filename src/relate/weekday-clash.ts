/**
 * Two short readings that each name the day of the week something happened,
 * and never the same one, mostly tell two events: in ECB+'s topics (two
 * events of one kind each) the readings of one event that both name weekdays
 * name none in common in 22 % of pairs, those of the topic's two events in
 * 76 % ("captured 23 pirates on Saturday" / "foiled a piracy attempt on
 * Thursday"). Such a pair keeps WEEKDAY_CLASH_FACTOR of its score. A long
 * article names several days (the event, the reactions, the next steps), so
 * the rule stops at WEEKDAY_CLASH_MAX_WORDS. `npx tsx bench/relate-stories.ts
 * --set ecb,uci,neus,neus-pools --batch` (session 37, factor 1 -> 0.8): ECB+
 * 0.9067 -> 0.9096, UCI 0.8699 -> 0.8705, NeuS pooled 0.7075 -> 0.7123, its
 * nine pools 0.8611 -> 0.8626; 0.7 and 0.6 cost ECB+ its recall.
 */
import { WEEKDAY_NAMES } from '../domain/calendar.js';
import type { Features } from './types.js';

export const WEEKDAY_CLASH_FACTOR = 0.8;
export const WEEKDAY_CLASH_MAX_WORDS = 80;

const WEEKDAY_BIT = new Map(WEEKDAY_NAMES.map((name, i) => [name.toLowerCase(), 1 << i]));

/** The weekdays a reading names, as bits (its date keys hold them in lower case: "tuesday"). */
export function weekdayMask(features: Pick<Features, 'dates'>): number {
  let mask = 0;
  for (const key of features.dates) mask |= WEEKDAY_BIT.get(key) ?? 0;
  return mask;
}

/** The factor a pair's score is multiplied by: WEEKDAY_CLASH_FACTOR when both are short and name only different weekdays. */
export function weekdayFactor(maskA: number, wordsA: number, maskB: number, wordsB: number): number {
  const clash = maskA !== 0 && maskB !== 0 && (maskA & maskB) === 0 && wordsA <= WEEKDAY_CLASH_MAX_WORDS && wordsB <= WEEKDAY_CLASH_MAX_WORDS;
  return clash ? WEEKDAY_CLASH_FACTOR : 1;
}
