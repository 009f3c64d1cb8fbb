/** Calendar days `YYYY-MM-DD`, the only time signal the relate stage uses. */

export function publishedDay(publishedAt: string | null): string | null {
  const m = publishedAt ? /^(\d{4}-\d{2}-\d{2})/u.exec(publishedAt) : null;
  return m ? m[1]! : null;
}

/** Whole days from a to b (b later -> positive). */
export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
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
