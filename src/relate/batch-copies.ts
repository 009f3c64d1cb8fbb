/**
 * `batchCopies`: the near-duplicates in a batch grouped at once. Each new
 * reading, earliest first, is checked against its most similar readings in
 * its own story that came before it (the library's, then the batch's earlier
 * ones); the closest copy's original becomes its original, as `add` decides
 * one reading at a time.
 */
import { COPY_JACCARD, copySimilarity, nearDuplicate } from './near-duplicate.js';
import type { Features } from './types.js';

export interface BatchCopy {
  /** The original (a copy of a copy points to the first one). */
  original: string;
  similarity: number;
  /** Word for word (shingle Jaccard >= COPY_JACCARD): found through its original, kept out of the candidate index. */
  verbatim: boolean;
}

export interface BatchCopyInput {
  /** The batch's readings, earliest first. */
  order: readonly string[];
  /** Every grouped reading's story. */
  storyOf: ReadonlyMap<string, string>;
  /** Each reading's most similar readings, best first. */
  neighbours: ReadonlyMap<string, readonly { id: string }[]>;
  features: (id: string) => Features | undefined;
  /** The original of a reading already in the library, when it is a copy. */
  libraryOriginal: (id: string) => string | null;
}

/** How many of a reading's closest earlier story-mates are checked (as many as `add` checks). */
export const COPY_CHECKS = 8;

export function batchCopies(input: BatchCopyInput): Map<string, BatchCopy> {
  const position = new Map(input.order.map((id, i) => [id, i]));
  const copies = new Map<string, BatchCopy>();
  const originalOf = (id: string): string => (position.has(id) ? (copies.get(id)?.original ?? id) : (input.libraryOriginal(id) ?? id));
  for (const [p, id] of input.order.entries()) {
    const features = input.features(id);
    const story = input.storyOf.get(id);
    if (!features || story === undefined) continue;
    const earlier = (input.neighbours.get(id) ?? [])
      .filter((n) => input.storyOf.get(n.id) === story && (position.get(n.id) ?? -1) < p)
      .slice(0, COPY_CHECKS);
    let best: { id: string; similarity: number; other: Features } | null = null;
    for (const n of earlier) {
      const other = input.features(n.id);
      const dup = other ? nearDuplicate(features, other) : null;
      if (dup && (!best || dup.similarity > best.similarity)) best = { id: n.id, similarity: dup.similarity, other: other! };
    }
    if (best) copies.set(id, { original: originalOf(best.id), similarity: best.similarity, verbatim: copySimilarity(features, best.other) >= COPY_JACCARD });
  }
  return copies;
}
