/**
 * What any RelateIndex implementation (in memory, SQLite) shares: how
 * candidates are ranked from the postings of the rarest keys and of the
 * reading's LSH buckets.
 */
import { bestOf } from './heap.js';
import { lshKeys } from './minhash.js';
import { queryKeys, termKeys } from './postings.js';
import type { Features } from './types.js';

/**
 * Candidates for a reading: each reading found under its rarest posted keys
 * or in one of its LSH buckets scores the summed IDF of the keys it shares;
 * the best `limit`, ties by id. `nearest(key)` returns the postings of one
 * key, nearest days first, bounded; `inBuckets(keys)` the same for each
 * of several keys at once (a reading's buckets are looked up together).
 *
 * A bucket's document frequency is the number of readings found in it:
 * buckets are almost all held by one reading, so keeping their counts
 * (16 per reading) would double the counts table and its writes for keys
 * whose answer is nearly always "none".
 */
export function rankCandidates(
  features: Features,
  docCount: number,
  docFreq: (key: string) => number,
  nearest: (key: string) => readonly string[],
  inBuckets: (keys: readonly string[]) => ReadonlyMap<string, readonly string[]>,
  limit: number,
): string[] {
  const scores = new Map<string, number>();
  const add = (ids: readonly string[], df: number): void => {
    const weight = Math.log(1 + docCount / df);
    for (const id of ids) scores.set(id, (scores.get(id) ?? 0) + weight);
  };
  for (const { key, df } of queryKeys(termKeys(features), docFreq)) add(nearest(key), df);
  for (const ids of inBuckets(lshKeys(features.signature)).values()) if (ids.length > 0) add(ids, ids.length);
  return topByScore(scores, limit);
}

/** Readings found in a reading's LSH buckets, by how many buckets they share with it: the best `limit`, ties by id. */
export function rankBucketMates(buckets: ReadonlyMap<string, readonly string[]>, limit: number): string[] {
  const shared = new Map<string, number>();
  for (const ids of buckets.values()) for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  return topByScore(shared, limit);
}

/** `before(a, b)`: a ranks above b (higher score, then smaller id). */
const before = (a: readonly [string, number], b: readonly [string, number]): boolean => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0]);

/** The `limit` best ids of a score map, best first (ties by id). */
export function topByScore(scores: ReadonlyMap<string, number>, limit: number): string[] {
  return bestOf(scores, before, limit).map(([id]) => id);
}
