/**
 * How similar readings' reasons read: the analysis keys numbers, dates and
 * terms in lower case and without plurals ("10 day", "400000",
 * "january 13 2022", "europa"); a reader is shown them as a page writes
 * them ("10 days", "400,000", "January 13 2022", "Europa"). Pure.
 */

import { MONTH_WORDS, WEEKDAY_STEMS } from '../domain/calendar.js';

const CALENDAR = new RegExp(`^(?:(?:${WEEKDAY_STEMS})day|${MONTH_WORDS})$`, 'u');

/** Weekdays and months (in lower case) say when, not what: as shared terms they read as noise ("shared: …, thursday, wednesday"). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR.test(word);
}
/** Units a figure counts, whose plural the key dropped ("3 hour" for "3 hours"). */
const COUNTED = /^(?:second|minute|hour|day|week|month|year|decade|troop|soldier|officer|death|case|vote|seat|job|mile|meter|metre|kilometer|kilometre|point|game|goal|run|yard|dollar|euro|pound|vehicle|car|flight|student|worker|employee|member|country|state|company|store|home|house)$/u;
/** A bare integer below this says too little to be a reason ("3", "17"): a count of what, of when? */
const LEAST_BARE = 100;

/** "january 13 2022" -> "January 13 2022"; null for a key that pins no day or year ("thursday", "last week"). */
export function dateAsWritten(key: string): string | null {
  if (!/\d/u.test(key)) return null;
  return key.replace(/\p{L}+/gu, (w) => (CALENDAR.test(w) ? w[0]!.toUpperCase() + w.slice(1) : w));
}

/** "400000" -> "400,000", "3 hour" -> "3 hours", "$100000" -> "$100,000"; null for a bare small integer. */
export function numberAsWritten(key: string): string | null {
  if (/^\d+$/u.test(key) && Number(key) < LEAST_BARE) return null;
  const grouped = key.replace(/\d+(?:\.\d+)?/gu, (n) => (/^[1-9]\d{3,}$/u.test(n) ? Number(n).toLocaleString('en-US') : n));
  const m = /^(.*?)(\d+(?:\.\d+)?)\s+(\p{L}+)$/u.exec(grouped.replace(/,/gu, ''));
  if (m && COUNTED.test(m[3]!) && Number(m[2]) !== 1) return `${grouped.slice(0, grouped.length - m[3]!.length)}${m[3]!}s`;
  return grouped;
}
