import type { Reading } from '../../domain/types.js';

export interface DayCount {
  /** YYYY-MM-DD (for weeks: the Monday). */
  day: string;
  readings: number;
  words: number;
}

export interface OutletCount {
  /** The outlet's name, else the category of readings that name none. */
  outlet: string;
  isOutlet: boolean;
  readings: number;
  reads: number;
}

export interface ReadingStats {
  readings: number;
  /** Readings opened at least once. */
  readReadings: number;
  /** Sum of read counts. */
  reads: number;
  /** Words of the readings opened at least once (each counted once). */
  wordsRead: number;
  /** Readings by the day they were last read, the last `days` days, oldest first. */
  perDay: DayCount[];
  /** The same by ISO week (Monday), the last `weeks` weeks. */
  perWeek: DayCount[];
  /** Readings by the day they came into the library, the last `days` days, oldest first. */
  addedPerDay: DayCount[];
  /** Outlets by reads, then by readings. */
  topOutlets: OutletCount[];
}

const DAY_MS = 86_400_000;
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** The Monday of the week a day falls in (UTC). */
export function mondayOf(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`);
  const weekday = (new Date(t).getUTCDay() + 6) % 7;
  return isoDay(t - weekday * DAY_MS);
}

/**
 * What you read, in one pass over the library. The store keeps each
 * reading's read count and last read time (not every read), so a reading
 * counts on the day it was last read.
 */
export function computeStats(readings: Iterable<Reading>, now: Date, options = { days: 30, weeks: 12, outlets: 8 }): ReadingStats {
  const today = Date.parse(`${isoDay(now.getTime())}T00:00:00Z`);
  const dayKeys = Array.from({ length: options.days }, (_, i) => isoDay(today - (options.days - 1 - i) * DAY_MS));
  const thisMonday = Date.parse(`${mondayOf(isoDay(today))}T00:00:00Z`);
  const weekKeys = Array.from({ length: options.weeks }, (_, i) => isoDay(thisMonday - (options.weeks - 1 - i) * 7 * DAY_MS));
  const perDay = new Map(dayKeys.map((d) => [d, { day: d, readings: 0, words: 0 }]));
  const perWeek = new Map(weekKeys.map((d) => [d, { day: d, readings: 0, words: 0 }]));
  const addedPerDay = new Map(dayKeys.map((d) => [d, { day: d, readings: 0, words: 0 }]));
  const outlets = new Map<string, OutletCount>();
  const stats = { readings: 0, readReadings: 0, reads: 0, wordsRead: 0 };
  for (const r of readings) {
    stats.readings++;
    const name = r.outlet ?? r.category;
    const key = `${r.outlet ? 'o' : 'c'}:${name}`;
    const o = outlets.get(key) ?? { outlet: name, isOutlet: r.outlet !== null, readings: 0, reads: 0 };
    o.readings++;
    o.reads += r.readCount;
    outlets.set(key, o);
    const added = addedPerDay.get(r.createdAt.slice(0, 10));
    if (added) { added.readings++; added.words += r.wordCount; }
    if (r.readCount === 0) continue;
    stats.readReadings++;
    stats.reads += r.readCount;
    stats.wordsRead += r.wordCount;
    if (!r.lastReadAt) continue;
    const day = r.lastReadAt.slice(0, 10);
    const d = perDay.get(day);
    if (d) { d.readings++; d.words += r.wordCount; }
    const w = perWeek.get(mondayOf(day));
    if (w) { w.readings++; w.words += r.wordCount; }
  }
  const topOutlets = [...outlets.values()]
    .sort((a, b) => b.reads - a.reads || b.readings - a.readings || a.outlet.localeCompare(b.outlet))
    .slice(0, options.outlets);
  return { ...stats, perDay: [...perDay.values()], perWeek: [...perWeek.values()], addedPerDay: [...addedPerDay.values()], topOutlets };
}
