/**
 * The reference `RelateIndex`: postings and document frequencies in maps.
 * Used by tests, benchmarks and `groupStories`; the SQLite store implements
 * the same interface with the tables described in postings.ts.
 */
import { addDays, dayDiff } from './day.js';
import { rankBucketMates, rankCandidates } from './index-keys.js';
import { lshKeys } from './minhash.js';
import { MAX_POSTINGS_PER_KEY, postingKeys } from './postings.js';
import type { CandidateOptions, Features, RelateIndex, RelateStats } from './types.js';
import { statKeys } from './weights.js';

const NO_DAY = '';

export class InMemoryRelateIndex implements RelateIndex {
  private readonly docs = new Map<string, Features>();
  private readonly stories = new Map<string, string>();
  private readonly df = new Map<string, number>();
  /** key -> day -> reading ids */
  private readonly postings = new Map<string, Map<string, string[]>>();

  add(id: string, features: Features): void {
    if (this.docs.has(id)) throw new Error(`reading ${id} is already indexed`);
    this.docs.set(id, features);
    for (const key of statKeys(features)) this.df.set(key, (this.df.get(key) ?? 0) + 1);
    const day = features.day ?? NO_DAY;
    for (const key of postingKeys(features)) {
      let byDay = this.postings.get(key);
      if (!byDay) this.postings.set(key, (byDay = new Map()));
      const ids = byDay.get(day);
      if (ids) ids.push(id);
      else byDay.set(day, [id]);
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
    const byDay = this.postings.get(key);
    if (!byDay) return [];
    const out: string[] = [];
    const take = (d: string): boolean => {
      const ids = byDay.get(d);
      if (ids) for (let i = ids.length - 1; i >= 0 && out.length < MAX_POSTINGS_PER_KEY; i--) out.push(ids[i]!);
      return out.length >= MAX_POSTINGS_PER_KEY;
    };
    for (const d of this.daysByDistance(byDay, day, window)) if (take(d)) return out;
    take(NO_DAY);
    return out;
  }

  private daysByDistance(byDay: Map<string, string[]>, day: string | null, window: CandidateOptions['window']): string[] {
    if (window) {
      const centre = day ?? window.to;
      const span = Math.max(Math.abs(dayDiff(window.from, centre)), Math.abs(dayDiff(centre, window.to)));
      const days: string[] = [];
      for (let d = 0; d <= span; d++) {
        for (const cand of d === 0 ? [centre] : [addDays(centre, -d), addDays(centre, d)]) {
          if (cand >= window.from && cand <= window.to && byDay.has(cand)) days.push(cand);
        }
      }
      return days;
    }
    const dated = [...byDay.keys()].filter((d) => d !== NO_DAY);
    if (!day) return dated.sort().reverse();
    return dated.sort((a, b) => Math.abs(dayDiff(a, day)) - Math.abs(dayDiff(b, day)) || (a < b ? 1 : -1));
  }
}
