/**
 * The plainest English datelines read without chrono: "November 18, 2019",
 * "Wed, Nov 20, 2019", "18 Nov 2019", "November 19, 2019 at 6:34 am",
 * "Nov. 20, 2019, 9:28 AM UTC", "Nov 19, 2019, 10:31 pm CST". chrono
 * (parseDate) takes 0.1 to 0.5 ms a line, as long as the rest of the cleaner
 * together; most datelines are one of these shapes. The whole line must be
 * the date, so that no other date in it could come first; anything else
 * (words around the date, seconds, a zone whose offset depends on the season
 * such as ET, the time before the day, which chrono reads one way or another
 * depending on the words) returns undefined and goes to chrono. For what it
 * reads, the answer is chrono's: the day, or the time in UTC.
 */
import { wordTable } from '../../domain/strings.js';
import { MONTH_WORDS } from '../../domain/calendar.js';
const MONTH_INDEX = wordTable<number>({
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
});
/** Zones with a fixed offset from UTC, in hours. */
const ZONE_OFFSET = wordTable<number>({ gmt: 0, utc: 0, est: -5, edt: -4, cst: -6, cdt: -5, mst: -7, mdt: -6, pst: -8, pdt: -7 });

const MONTH = `(${MONTH_WORDS})`;
const WEEKDAY = String.raw`(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)|(?:mon|tues|wednes|thurs|fri|satur|sun)day),?\s`;
const DAY = String.raw`(?:${WEEKDAY})?(?:${MONTH}\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})|(\d{1,2}) ${MONTH}\.?,? (\d{4}))`;
const TIME = String.raw`(\d{1,2}):(\d{2})(?: ?([ap])\.?m\.?)?(?: (gmt|utc|est|edt|cst|cdt|mst|mdt|pst|pdt))?`;
/** The day, then optionally the time: "Nov 19, 2019, 10:31 pm CST". */
const DAY_TIME_RE = new RegExp(String.raw`^${DAY}(?:(?:,| at| -)? ${TIME})?$`, 'i');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface Parts {
  month: string;
  day: string;
  year: string;
  hour: string | undefined;
  minute: string | undefined;
  half: string | undefined;
  zone: string | undefined;
}

/**
 * Words before the date that chrono might read as part of a date or time;
 * any other words ("Reuters", "by Jeff Foust —") are stepped over.
 */
const DATE_WORD_RE = new RegExp(String.raw`^(?:${MONTH_WORDS}|mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|today|tonight|tomorrow|yesterday|now|noon|midnight|morning|afternoon|evening|night|ago|last|next|this|past|at|on|in|of|from|to|until|since|the|a|an|am|pm|day|days|week|weeks|weekend|month|months|year|years|hour|hours|min|mins|minute|minutes|sec|second|seconds|et|pt|ct|mt|est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|z|updated|published)$`, 'i');
const PREFIX_WORD_RE = /[\p{L}\p{N}]+/gu;

/** The dateline at the end of the text, after words with no date in them. */
function parts(text: string): Parts | null {
  const whole = match(text);
  if (whole) return whole;
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
    const m = match(text.slice(at + 1));
    if (!m) continue;
    const prefix = text.slice(0, at);
    if (/\d/.test(prefix)) return null;
    for (const w of prefix.match(PREFIX_WORD_RE) ?? []) if (DATE_WORD_RE.test(w)) return null;
    return m;
  }
  return null;
}

function match(text: string): Parts | null {
  const m = DAY_TIME_RE.exec(text);
  if (!m) return null;
  return { month: m[1] ?? m[5]!, day: m[2] ?? m[4]!, year: m[3] ?? m[6]!, hour: m[7], minute: m[8], half: m[9], zone: m[10] };
}

/**
 * The ISO date (or UTC timestamp) of a line that is exactly a plain English
 * dateline naming a real day and time; undefined for any other line (ask chrono).
 */
export function readPlainDateline(text: string): string | undefined {
  const p = parts(text);
  if (!p) return undefined;
  const month = MONTH_INDEX[p.month.toLowerCase()];
  const day = Number(p.day);
  const year = Number(p.year);
  if (!month || year < 1990 || year > 2100) return undefined;
  if (day < 1 || day > DAYS_IN_MONTH[month - 1]! || (month === 2 && day === 29 && !isLeap(year))) return undefined;
  if (p.hour === undefined) return `${year}-${pad(month)}-${pad(day)}`;
  let hour = Number(p.hour);
  const minute = Number(p.minute);
  const half = p.half?.toLowerCase();
  if (minute > 59) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  } else if (hour > 23) return undefined;
  const offset = p.zone ? ZONE_OFFSET[p.zone.toLowerCase()]! : 0;
  return new Date(Date.UTC(year, month - 1, day, hour - offset, minute)).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
