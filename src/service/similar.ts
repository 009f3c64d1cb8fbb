import type { Reading } from '../domain/types.js';
import { findSimilar } from '../relate/find-similar.js';
import { reasons } from '../relate/similarity.js';
import type { SimilarityReasons } from '../relate/types.js';
import { statKeys } from '../relate/weights.js';
import type { StoryRecord } from '../store/relate-store.js';
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

/** Members of a story whose similar readings `relatedStories` reads: its first ones, by size it would read the whole library. */
const RELATED_FROM_MEMBERS = 10;
/**
 * Share of the grouping threshold a link must reach for its story to be
 * offered for merging: nearer the threshold than a similar reading's floor,
 * since a merge joins whole stories (at 0.4 a Hong Kong story was offered
 * the Kazakhstan one).
 */
const RELATED_FLOOR_SHARE = 0.7;

/**
 * Other stories that hold readings close to this story's readings, closest
 * first: the stories a reader may find to be the same event, and merge by
 * hand.
 */
export function relatedStories(storage: Storage, storyId: string, settings: RelateSettings, limit = 5): { story: StoryRecord; score: number }[] {
  const members = storage.relate.members(storyId).map((m) => m.readingId);
  const exclude = new Set(members);
  const floor = RELATED_FLOOR_SHARE * settings.threshold;
  const best = new Map<string, number>();
  for (const features of storage.relate.features(members.slice(0, RELATED_FROM_MEMBERS)).values()) {
    for (const c of findSimilar(features, storage.relate, { windowDays: settings.windowDays, exclude })) {
      const score = c.link ?? c.score;
      if (!c.storyId || c.storyId === storyId || score < floor) continue;
      best.set(c.storyId, Math.max(best.get(c.storyId) ?? 0, Math.min(1, c.score)));
    }
  }
  return [...best]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .flatMap(([id, score]) => {
      const story = storage.relate.story(id);
      return story ? [{ story, score }] : [];
    });
}
