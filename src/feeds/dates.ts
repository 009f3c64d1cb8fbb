import { parseDate } from '../extract/common/dates.js';
import { detached } from '../domain/strings.js';

/** RFC 822 zone names feeds use; anything else is taken as UTC. */
const ZONES: Record<string, string> = {
  UT: '+0000', UTC: '+0000', GMT: '+0000', Z: '+0000', EST: '-0500', EDT: '-0400', CST: '-0600', CDT: '-0500',
  MST: '-0700', MDT: '-0600', PST: '-0800', PDT: '-0700', CET: '+0100', CEST: '+0200', BST: '+0100', IST: '+0530',
  JST: '+0900', MSK: '+0300', AEST: '+1000', AEDT: '+1100', EET: '+0200', EEST: '+0300', WET: '+0000', WEST: '+0100',
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// "Thu, 13 Jan 2022 09:51:00 GMT", "13 Jan 22 9:51 +0300", "Thursday, 13 January 2022 09:51 EST"
const RFC822 = /^(?:[a-z]+,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*([+-]\d{2}:?\d{2}|[a-z]{1,5})?/i;

function fromRfc822(text: string): string | null {
  const m = RFC822.exec(text.trim());
  if (!m) return null;
  const [, d, mon, y, h, mi, s, zone] = m;
  const month = MONTHS.indexOf((mon as string).toLowerCase());
  if (month < 0) return null;
  let year = Number(y);
  if (year < 100) year += year < 50 ? 2000 : 1900;
  const day = Number(d);
  if (day < 1 || day > 31) return null;
  const z = zone ? (/^[+-]/.test(zone) ? zone.replace(':', '') : ZONES[zone.toUpperCase()] ?? '+0000') : '+0000';
  const offset = (z[0] === '-' ? -1 : 1) * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
  const utc = Date.UTC(year, month, day, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) - offset * 60_000;
  const date = new Date(utc);
  // 31 Feb rolls over into March in Date.UTC: refuse it instead.
  if (Number.isNaN(date.getTime()) || new Date(Date.UTC(year, month, day)).getUTCMonth() !== month) return null;
  return toIso(date);
}

/** The form this returns; feeds written by most software already use it. */
const CANONICAL_UTC = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$/;

const toIso = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A feed date (RFC 822 in RSS, RFC 3339 in Atom and JSON Feed, W3C-DTF in Dublin Core,
 * and the variants real feeds write) as an ISO 8601 UTC timestamp, or null.
 */
export function parseFeedDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  if (!text) return null;
  if (CANONICAL_UTC.test(text) && toIso(new Date(text)) === text) return detached(text);
  const rfc = fromRfc822(text);
  if (rfc) return rfc;
  const parsed = parseDate(text);
  if (!parsed) return null;
  return parsed.length === 10 ? `${parsed}T00:00:00Z` : parsed;
}

/**
 * The dates an entry is stored with: a missing date becomes the time it was first
 * seen, and a date in the future (a wrong clock or zone in the feed) becomes now.
 */
export function settleDates(
  entry: { published: string | null; updated: string | null },
  firstSeen: string,
  now: string,
): { published: string; updated: string | null; clamped: boolean } {
  const clamp = (iso: string | null): string | null => (iso && iso > now ? now : iso);
  const published = clamp(entry.published ?? entry.updated) ?? firstSeen;
  const clamped = (entry.published ?? entry.updated ?? '') > now;
  return { published, updated: clamp(entry.updated), clamped };
}
