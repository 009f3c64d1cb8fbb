/**
 * The reference `RelateIndex`: postings and document frequencies in maps.
 * Used by tests and benchmarks (`groupStories` uses its positional twin,
 * position-index.ts); the SQLite store implements
 * the same interface with the tables described in postings.ts.
 */
import { DayPostings } from './day-postings.js';
import { rankBucketMates, rankCandidates } from './index-keys.js';
import { lshKeys } from './minhash.js';
import { postingKeys } from './postings.js';
import type { CandidateOptions, Features, RelateIndex, RelateStats } from './types.js';
import { statKeys } from './weights.js';

export class InMemoryRelateIndex implements RelateIndex {
  private readonly docs = new Map<string, Features>();
  private readonly stories = new Map<string, string>();
  private readonly df = new Map<string, number>();
  private readonly postings = new DayPostings<string>();

  add(id: string, features: Features): void {
    if (this.docs.has(id)) throw new Error(`reading ${id} is already indexed`);
    this.docs.set(id, features);
    for (const key of statKeys(features)) this.df.set(key, (this.df.get(key) ?? 0) + 1);
    for (const key of postingKeys(features)) this.postings.add(key, features.day, id);
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
    const nearest = (key: string): string[] => this.postings.nearest(key, features.day, options.window);
    const inBuckets = (keys: readonly string[]): Map<string, string[]> => new Map(keys.map((k) => [k, nearest(k)]));
    return rankCandidates(features, this.docs.size, (k) => this.df.get(k) ?? 0, nearest, inBuckets, options.limit);
  }

  bucketMates(features: Features, options: CandidateOptions): string[] {
    const keys = lshKeys(features.signature);
    return rankBucketMates(new Map(keys.map((k) => [k, this.postings.nearest(k, features.day, options.window)])), options.limit);
  }
}
