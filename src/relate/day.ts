/** Calendar days `YYYY-MM-DD`, the only time signal the relate stage uses. */

export function publishedDay(publishedAt: string | null): string | null {
  const m = publishedAt ? /^(\d{4}-\d{2}-\d{2})/u.exec(publishedAt) : null;
  return m ? m[1]! : null;
}

/** Whole days from a to b (b later -> positive). */
export function dayDiff(a: string, b: string): number {
  if (a === b) return 0;
  return dayNumber(b) - dayNumber(a);
}

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` day, by integer arithmetic (the
 * grouping of a large library asks this millions of times; Date.parse was a
 * twentieth of it). Other strings go through Date.parse, as before.
 */
export function dayNumber(day: string): number {
  if (day.length !== 10 || day.charCodeAt(4) !== 45 || day.charCodeAt(7) !== 45) return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  const year = digit(day, 0) * 1000 + digit(day, 1) * 100 + digit(day, 2) * 10 + digit(day, 3);
  const month = digit(day, 5) * 10 + digit(day, 6);
  const date = digit(day, 8) * 10 + digit(day, 9);
  if (!(year >= 0 && month >= 1 && month <= 12 && date >= 1 && date <= 31)) return Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
  // Days from civil (H. Hinnant): March-based years make February the last month.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The day range [day - days, day + days]. */
export function windowAround(day: string, days: number): { from: string; to: string } {
  return { from: addDays(day, -days), to: addDays(day, days) };
}

/** The candidate window around a reading's day, as options to spread: none for an undated reading. */
export function windowOption(day: string | null, days: number): { window?: { from: string; to: string } } {
  return day ? { window: windowAround(day, days) } : {};
}
