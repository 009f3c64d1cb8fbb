/**
 * Which keys of a reading go into the candidate index (postings), and how
 * the index picks candidates from them.
 *
 * Posted per reading (about 20 rows for a headline, at most ~60 for a long
 * article), in a table `relate_postings` keyed by `(key, day, reading_id)`:
 *   - its title terms (at most 12): a headline names the event;
 *   - its most frequent names (`e:`, at most 12) and numbers (`n:`, at most 6):
 *     what tells one event from another of the same kind;
 *   - its most frequent body terms not in the title (at most 12);
 *   - 16 MinHash LSH bands (`h:`): near-duplicates share at least one.
 * Not posted: rare body terms and dates. A key is chosen without looking at
 * the library, so a reading's rows never change after it is stored.
 *
 * Candidates for a reading: its own term keys, rarest first (document
 * frequency from `relate_df`), at most `MAX_QUERY_KEYS` keys held by more
 * than one reading (keys of one reading cost one row and do not count), and
 * its 16 LSH buckets (no document frequency kept: see index-keys.ts), at
 * most `MAX_POSTINGS_PER_KEY` rows per key, nearest days first. Each candidate
 * scores the summed IDF of the keys it shares; the best `limit` are returned.
 * The work is bounded by keys x rows per key, whatever the library's size:
 * no scan. In SQL, the nearest days of one key are index range reads: the
 * reading's own day, then, if it holds fewer than the limit,
 *   SELECT reading_id FROM relate_postings WHERE key = ? AND day < ? AND day >= ? ORDER BY day DESC LIMIT ?
 *   (the days before the reading's day, and the mirror query after it).
 */
import { lshKeys } from './minhash.js';
import { entityKeys } from './entities.js';
import type { Features } from './types.js';

export const MAX_QUERY_KEYS = 24;
export const MAX_POSTINGS_PER_KEY = 200;
const TITLE_TERMS = 12;
const NAMES = 12;
const NUMBERS = 6;
const BODY_TERMS = 12;

/** Every key a reading is posted under: its term keys, then its LSH buckets. */
export function postingKeys(f: Features): string[] {
  return postingKeysOf(termKeys(f), lshKeys(f.signature));
}

/** `postingKeys` from a reading's term keys and LSH buckets, for callers that keep both. */
export function postingKeysOf(terms: readonly string[], buckets: readonly string[]): string[] {
  return [...terms, ...buckets];
}

/** The posted keys other than LSH buckets: the ones with document frequencies. */
export function termKeys(f: Features): string[] {
  const keys = new Set<string>(f.titleTerms.slice(0, TITLE_TERMS));
  for (const e of f.entities.slice(0, NAMES)) for (const k of entityKeys(e)) keys.add(`e:${k}`);
  for (const n of f.numbers.slice(0, NUMBERS)) keys.add(`n:${n}`);
  let body = 0;
  for (const term of Object.keys(f.terms)) {
    if (body >= BODY_TERMS) break;
    if (keys.has(term)) continue;
    keys.add(term);
    body++;
  }
  return [...keys];
}

/** The keys to look up for a reading's candidates, rarest first, with their document frequencies. */
export function queryKeys(keys: readonly string[], docFreq: (key: string) => number): { key: string; df: number }[] {
  const sorted = keys
    .map((key) => ({ key, df: docFreq(key) }))
    .filter((k) => k.df > 0)
    .sort((a, b) => a.df - b.df || (a.key < b.key ? -1 : 1));
  const out: { key: string; df: number }[] = [];
  let counted = 0;
  for (const k of sorted) {
    if (k.df > 1 && ++counted > MAX_QUERY_KEYS) break;
    out.push(k);
  }
  return out;
}
