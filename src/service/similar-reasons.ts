import type { SimilarityReasons } from '../relate/types.js';

/** Why a reading is similar, in a few words: shared names first, then numbers, dates and the rarest shared terms. */
export function reasonLabels(r: SimilarityReasons, count: number): string[] {
  return [...r.people, ...r.places, ...r.organisations, ...r.numbers, ...r.dates, ...r.terms].slice(0, count);
}
