import * as chrono from 'chrono-node/en';
import { ReadingsError } from '../domain/errors.js';
import { parseDate } from '../extract/common/dates.js';

/** "7d", "2w", "12h": the short forms people type in a filter box. */
const SHORT_RE = /^(\d{1,5})\s*([hdw])$/iu;
const HOUR_MS = 3_600_000;
const UNIT_MS: Record<string, number> = { h: HOUR_MS, d: 24 * HOUR_MS, w: 7 * 24 * HOUR_MS };

/**
 * The start of a `--since` / `?since=` filter: a date as pages write them
 * ("2022-01-14", "Jan. 14, 2022"), or one relative to `now` ("yesterday",
 * "3 days ago", "last week", "7d", "12h"). Relative days are the user's local
 * calendar days; an expression with a time of day gives a UTC timestamp.
 * `label` names the input in the error ("--since soon").
 */
export function parseSince(text: string, label: string, now: Date = new Date()): string {
  const trimmed = text.trim().replace(/^since\s+/iu, '');
  const found = parseDate(trimmed) ?? relativeTo(now, trimmed);
  if (!found) throw new ReadingsError('invalid_argument', 'not a date (try 2022-01-14, "yesterday", "3 days ago" or "7d")', label);
  return found;
}

/** `parseSince` as a calendar day `YYYY-MM-DD`: stories and regrouping go by days. */
export function parseSinceDay(text: string, label: string, now: Date = new Date()): string {
  return parseSince(text, label, now).slice(0, 10);
}

function relativeTo(now: Date, text: string): string | null {
  const short = SHORT_RE.exec(text);
  if (short) {
    const unit = short[2]!.toLowerCase();
    const at = new Date(now.getTime() - Number(short[1]) * UNIT_MS[unit]!);
    return unit === 'h' ? utcIso(at) : localDay(at);
  }
  const [result] = chrono.casual.parse(text, now);
  // The whole text must be the date: "yesterday's news" is not a filter.
  if (!result || result.index !== 0 || result.text.length !== text.length) return null;
  return result.start.isCertain('hour') ? utcIso(result.start.date()) : localDay(result.start.date());
}

function localDay(date: Date): string {
  return `${String(date.getFullYear()).padStart(4, '0')}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

function utcIso(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/u, 'Z');
}
