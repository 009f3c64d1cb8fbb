/**
 * Postings of an in-memory candidate index: key -> day -> items, read back
 * nearest days first. Most keys (LSH buckets above all) are held on one day
 * only, so such a key keeps that day and its items without a map of its own
 * (a map per key was most of a large batch's index).
 */
import { dayDiff } from './day.js';
import { MAX_POSTINGS_PER_KEY } from './postings.js';
import type { CandidateOptions } from './types.js';

const NO_DAY = '';

interface OneDay<T> {
  day: string;
  items: T[];
}

export class DayPostings<T> {
  private readonly postings = new Map<string, OneDay<T> | Map<string, T[]>>();
  /** Day numbers (days since 1970): the same few hundred days are looked up millions of times. */
  private readonly dayNumbers = new Map<string, number>();

  add(key: string, day: string | null, item: T): void {
    const d = day ?? NO_DAY;
    const entry = this.postings.get(key);
    if (!entry) this.postings.set(key, { day: d, items: [item] });
    else if (entry instanceof Map) {
      const items = entry.get(d);
      if (items) items.push(item);
      else entry.set(d, [item]);
    } else if (entry.day === d) entry.items.push(item);
    else this.postings.set(key, new Map([[entry.day, entry.items], [d, [item]]]));
  }

  /**
   * Up to MAX_POSTINGS_PER_KEY items of one key: nearest days first, the latest
   * added first within a day, undated ones last. Written into `out` when given
   * (emptied first): a batch asks for millions of them.
   */
  nearest(key: string, day: string | null, window: CandidateOptions['window'], out: T[] = []): T[] {
    out.length = 0;
    const entry = this.postings.get(key);
    if (!entry) return out;
    const take = (items: readonly T[] | undefined): boolean => {
      if (items) for (let i = items.length - 1; i >= 0 && out.length < MAX_POSTINGS_PER_KEY; i--) out.push(items[i]!);
      return out.length >= MAX_POSTINGS_PER_KEY;
    };
    if (!(entry instanceof Map)) {
      if (entry.day === NO_DAY || !window || (entry.day >= window.from && entry.day <= window.to)) take(entry.items);
      return out;
    }
    for (const d of this.daysByDistance(entry, day, window)) if (take(entry.get(d))) return out;
    take(entry.get(NO_DAY));
    return out;
  }

  private dayNumber(day: string): number {
    let n = this.dayNumbers.get(day);
    if (n === undefined) {
      n = dayDiff('1970-01-01', day);
      this.dayNumbers.set(day, n);
    }
    return n;
  }

  /** A key's days within the window, nearest the reading's day first (the earlier of two equally near first). */
  private daysByDistance(byDay: Map<string, T[]>, day: string | null, window: CandidateOptions['window']): string[] {
    if (window) {
      const centre = this.dayNumber(day ?? window.to);
      const days: [string, number][] = [];
      for (const d of byDay.keys()) if (d !== NO_DAY && d >= window.from && d <= window.to) days.push([d, Math.abs(this.dayNumber(d) - centre)]);
      return days.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([d]) => d);
    }
    const dated = [...byDay.keys()].filter((d) => d !== NO_DAY);
    if (!day) return dated.sort().reverse();
    const centre = this.dayNumber(day);
    return dated.sort((a, b) => Math.abs(this.dayNumber(a) - centre) - Math.abs(this.dayNumber(b) - centre) || (a < b ? 1 : -1));
  }
}
