/**
 * What any RelateIndex implementation (in memory, SQLite) shares: which keys
 * count towards document frequencies, and how candidates are ranked from the
 * postings of the rarest keys.
 */
import { lshKeys } from './minhash.js';
import { postingKeys, queryKeys } from './postings.js';
import type { Features } from './types.js';
import { statKeys } from './weights.js';

/** The keys whose document frequency the index keeps for a reading. */
export function docFreqKeys(f: Features): string[] {
  return [...new Set([...statKeys(f), ...lshKeys(f.signature)])];
}

/**
 * Candidates for a reading: each reading found under its rarest posted keys
 * scores the summed IDF of the keys it shares; the best `limit`, ties by id.
 * `nearest(key)` returns the postings of one key, nearest days first, bounded.
 */
export function rankCandidates(
  features: Features,
  docCount: number,
  docFreq: (key: string) => number,
  nearest: (key: string) => readonly string[],
  limit: number,
): string[] {
  const scores = new Map<string, number>();
  for (const { key, df } of queryKeys(postingKeys(features), docFreq)) {
    const weight = Math.log(1 + docCount / df);
    for (const id of nearest(key)) scores.set(id, (scores.get(id) ?? 0) + weight);
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
}
