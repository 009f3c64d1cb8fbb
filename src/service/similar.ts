import type { Reading } from '../domain/types.js';
import { findSimilar } from '../relate/find-similar.js';
import { reasons } from '../relate/similarity.js';
import type { SimilarityReasons } from '../relate/types.js';
import { statKeys } from '../relate/weights.js';
import type { Storage } from '../store/storage.js';
import { rescoreWithEmbeddings } from './dense-rescore.js';
import { requireReading } from './library.js';
import type { RelateSettings } from './relate-reading.js';

export interface SimilarItem {
  reading: Reading;
  /** In [0, 1]: how closely the two cover the same event. */
  score: number;
  reasons: SimilarityReasons;
  storyId: string | null;
}

export interface SimilarResult {
  reading: Reading;
  items: SimilarItem[];
  /** Why there are none, when the reading cannot have any. */
  reason: string | null;
}

/**
 * Share of the grouping threshold a reading's link must reach to be listed
 * as similar, when it is not in the same story: below it two readings share
 * words of the day ("tuesday, organize, crisis") rather than an event.
 * Measured on ECB+ and UCI (top ten of 600 readings each): a floor of 0.1
 * (0.4 of 0.25) dropped 331 of UCI's 1,221 other-event items and 2 of its
 * 4,761 same-event ones, 6 and 1 of ECB+'s.
 */
export const SIMILAR_FLOOR_SHARE = 0.4;

/** A reading's similar readings, best first, with the shared names, numbers, dates and rarest terms. */
export function similarReadings(storage: Storage, id: string, limit: number, settings: RelateSettings, embeddingModel: string | null = null): SimilarResult {
  const reading = requireReading(storage.readings, id);
  const features = storage.relate.features([reading.id]).get(reading.id);
  if (!features) {
    const reason = reading.extractionStatus === 'failed'
      ? `extraction failed (${reading.extractionErrorCode}): there is no text to compare`
      : 'this reading has not been analysed yet: run readings regroup';
    return { reading, items: [], reason };
  }
  const own = embeddingModel ? storage.relate.embeddings([reading.id], embeddingModel).get(reading.id) : undefined;
  const lexical = findSimilar(features, storage.relate, { windowDays: settings.windowDays, exclude: new Set([reading.id]) });
  const story = storage.relate.storiesOf([reading.id]).get(reading.id) ?? null;
  const floor = SIMILAR_FLOOR_SHARE * settings.threshold;
  const related = lexical.filter((c) => (c.link ?? c.score) >= floor || (story !== null && c.storyId === story));
  const scored = rescoreWithEmbeddings(related, storage.relate, own && embeddingModel ? { model: embeddingModel, vector: own } : null).slice(0, limit);
  const others = storage.relate.features(scored.map((s) => s.id));
  const stats = storage.relate.statsFor([statKeys(features), ...[...others.values()].map(statKeys)]);
  const items: SimilarItem[] = [];
  for (const s of scored) {
    const other = storage.readings.get(s.id);
    const f = others.get(s.id);
    if (!other || !f) continue;
    items.push({ reading: other, score: Math.min(1, s.score), reasons: reasons(features, f, stats), storyId: s.storyId });
  }
  return { reading, items, reason: items.length ? null : 'no other reading in the library covers this event' };
}
