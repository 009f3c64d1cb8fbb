/**
 * The reference `RelateIndex`: postings and document frequencies in maps.
 * Used by tests, benchmarks and `groupStories`; the SQLite store implements
 * the same interface with the tables described in postings.ts.
 */
import { dayDiff } from './day.js';
import { rankBucketMates, rankCandidates } from './index-keys.js';
import { lshKeys } from './minhash.js';
import { MAX_POSTINGS_PER_KEY, postingKeys } from './postings.js';
import type { CandidateOptions, Features, RelateIndex, RelateStats } from './types.js';
import { statKeys } from './weights.js';

const NO_DAY = '';

interface OneDay {
  day: string;
  ids: string[];
}

export class InMemoryRelateIndex implements RelateIndex {
  private readonly docs = new Map<string, Features>();
  private readonly stories = new Map<string, string>();
  private readonly df = new Map<string, number>();
  /**
   * key -> day -> reading ids. Most keys (LSH buckets above all) are held by
   * readings of one day, so such a key keeps that day and its ids without a
   * map of its own (a map per key was most of a large batch's index).
   */
  private readonly postings = new Map<string, OneDay | Map<string, string[]>>();

  add(id: string, features: Features): void {
    if (this.docs.has(id)) throw new Error(`reading ${id} is already indexed`);
    this.docs.set(id, features);
    for (const key of statKeys(features)) this.df.set(key, (this.df.get(key) ?? 0) + 1);
    const day = features.day ?? NO_DAY;
    for (const key of postingKeys(features)) {
      const entry = this.postings.get(key);
      if (!entry) this.postings.set(key, { day, ids: [id] });
      else if (entry instanceof Map) {
        const ids = entry.get(day);
        if (ids) ids.push(id);
        else entry.set(day, [id]);
      } else if (entry.day === day) entry.ids.push(id);
      else this.postings.set(key, new Map([[entry.day, entry.ids], [day, [id]]]));
    }
  }

  setStory(id: string, storyId: string): void {
    this.stories.set(id, storyId);
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Library statistics read straight from the maps (no copy): for batch scoring. */
  stats(): RelateStats {
    return { docCount: this.docs.size, docFreq: (key) => this.df.get(key) ?? 0 };
  }

  docCount(): number {
    return this.docs.size;
  }

  docFreq(keys: string[]): Map<string, number> {
    return new Map(keys.map((k) => [k, this.df.get(k) ?? 0]));
  }

  statsFor(): RelateStats {
    return this.stats();
  }

  features(ids: string[]): Map<string, Features> {
    const out = new Map<string, Features>();
    for (const id of ids) {
      const f = this.docs.get(id);
      if (f) out.set(id, f);
    }
    return out;
  }

  storyOf(id: string): string | null {
    return this.stories.get(id) ?? null;
  }

  storiesOf(ids: readonly string[]): Map<string, string> {
    const out = new Map<string, string>();
    for (const id of ids) {
      const story = this.stories.get(id);
      if (story) out.set(id, story);
    }
    return out;
  }

  candidates(features: Features, options: CandidateOptions): string[] {
    const nearest = (key: string): string[] => this.nearest(key, features.day, options.window);
    const inBuckets = (keys: readonly string[]): Map<string, string[]> => new Map(keys.map((k) => [k, nearest(k)]));
    return rankCandidates(features, this.docs.size, (k) => this.df.get(k) ?? 0, nearest, inBuckets, options.limit);
  }

  bucketMates(features: Features, options: CandidateOptions): string[] {
    const keys = lshKeys(features.signature);
    return rankBucketMates(new Map(keys.map((k) => [k, this.nearest(k, features.day, options.window)])), options.limit);
  }

  /** Up to MAX_POSTINGS_PER_KEY ids of one key, nearest days first, then undated ones. */
  private nearest(key: string, day: string | null, window: CandidateOptions['window']): string[] {
    const entry = this.postings.get(key);
    if (!entry) return [];
    const out: string[] = [];
    const takeIds = (ids: readonly string[]): boolean => {
      for (let i = ids.length - 1; i >= 0 && out.length < MAX_POSTINGS_PER_KEY; i--) out.push(ids[i]!);
      return out.length >= MAX_POSTINGS_PER_KEY;
    };
    if (!(entry instanceof Map)) {
      if (entry.day === NO_DAY || !window || (entry.day >= window.from && entry.day <= window.to)) takeIds(entry.ids);
      return out;
    }
    const byDay = entry;
    const take = (d: string): boolean => {
      const ids = byDay.get(d);
      return ids ? takeIds(ids) : out.length >= MAX_POSTINGS_PER_KEY;
    };
    for (const d of this.daysByDistance(byDay, day, window)) if (take(d)) return out;
    take(NO_DAY);
    return out;
  }

  /** Day numbers (days since 1970), kept per index: the same few hundred days are looked up millions of times. */
  private readonly dayNumbers = new Map<string, number>();

  private dayNumber(day: string): number {
    let n = this.dayNumbers.get(day);
    if (n === undefined) {
      n = dayDiff('1970-01-01', day);
      this.dayNumbers.set(day, n);
    }
    return n;
  }

  /** The key's days within the window, nearest the reading's day first (the earlier of two equally near first). */
  private daysByDistance(byDay: Map<string, string[]>, day: string | null, window: CandidateOptions['window']): string[] {
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
