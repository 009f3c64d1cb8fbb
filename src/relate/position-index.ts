/**
 * The candidate index of a regroup or a batch: the same candidates as
 * `InMemoryRelateIndex.candidates` (rarest posted keys and LSH buckets,
 * nearest days first, summed IDF, ties to the smaller id), for readings known
 * by their position in a list sorted by id. Scores add up in one typed array
 * instead of a map per reading: ranking was a third of a large regroup.
 */
import { DayPostings } from './day-postings.js';
import { bestOf } from './heap.js';
import { lshKeys } from './minhash.js';
import { postingKeysOf, queryKeys, termKeys } from './postings.js';
import type { CandidateOptions, Features } from './types.js';
import { statKeys } from './weights.js';

export class PositionIndex {
  private readonly df = new Map<string, number>();
  private readonly postings = new DayPostings<number>();
  private readonly scores: Float64Array;

  /** Each reading's term keys and LSH buckets, worked out once: they are posted, then queried. */
  private readonly terms: string[][];
  private readonly buckets: string[][];
  /** Reused for every key looked up. */
  private readonly found: number[] = [];

  /** `docs` sorted by id: a position's rank among equal scores is its id's. */
  constructor(private readonly docs: readonly Features[]) {
    this.scores = new Float64Array(docs.length);
    this.terms = docs.map((f) => termKeys(f));
    this.buckets = docs.map((f) => lshKeys(f.signature));
    docs.forEach((f, position) => {
      for (const key of statKeys(f)) this.df.set(key, (this.df.get(key) ?? 0) + 1);
      for (const key of postingKeysOf(this.terms[position]!, this.buckets[position]!)) this.postings.add(key, f.day, position);
    });
  }

  docFreq(key: string): number {
    return this.df.get(key) ?? 0;
  }

  /** The best `limit` candidates of the reading at `position` (itself included when found), best first. */
  candidates(position: number, options: CandidateOptions): number[] {
    const f = this.docs[position]!;
    const n = this.docs.length;
    const touched: number[] = [];
    const add = (positions: readonly number[], df: number): void => {
      const weight = Math.log(1 + n / df);
      for (const p of positions) {
        if (this.scores[p] === 0) touched.push(p);
        this.scores[p] = this.scores[p]! + weight;
      }
    };
    for (const { key, df } of queryKeys(this.terms[position]!, (k) => this.docFreq(k))) add(this.postings.nearest(key, f.day, options.window, this.found), df);
    for (const key of this.buckets[position]!) {
      const found = this.postings.nearest(key, f.day, options.window, this.found);
      if (found.length > 0) add(found, found.length);
    }
    const best = topPositions(touched, this.scores, options.limit);
    for (const p of touched) this.scores[p] = 0;
    return best;
  }
}

/** The `limit` best positions, best first: higher score, then the smaller position. */
function topPositions(positions: readonly number[], scores: Float64Array, limit: number): number[] {
  return bestOf(positions, (a, b) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b), limit);
}
