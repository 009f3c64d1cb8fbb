import { assignStory, DEFAULT_THRESHOLD } from '../relate/assign-story.js';
import { crowdScaled } from '../relate/crowded-subjects.js';
import { DEFAULT_WINDOW_DAYS, findSimilar, type ScoredCandidate } from '../relate/find-similar.js';
import { windowOption } from '../relate/day.js';
import { COPY_JACCARD, copySimilarity, nearDuplicate } from '../relate/near-duplicate.js';
import { summarizeStory } from '../relate/story-summary.js';
import type { Features } from '../relate/types.js';
import type { Reading } from '../domain/types.js';
import { rescoreWithEmbeddings, type DenseQuery } from './dense-rescore.js';
import type { RelateStore, StoryMembership, StoryRecord } from '../store/relate-store.js';
import { sameOutlet } from '../domain/outlets.js';

export interface RelateSettings {
  /** Days either side of a reading's published day in which its story's other readings are looked for. */
  windowDays: number;
  /** Least average link to a story for a reading to join it. */
  threshold: number;
}

export const DEFAULT_RELATE: RelateSettings = { windowDays: DEFAULT_WINDOW_DAYS, threshold: DEFAULT_THRESHOLD };

/** How many of the best candidates are checked for being near-duplicates. */
const DUPLICATE_CHECKS = 8;
/** Up to this size a story's title is recomputed on every addition; beyond it, at each doubling. */
const RETITLE_ALWAYS = 12;

/**
 * Relates a reading that has just been stored: indexes its features, finds
 * whether it copies an earlier reading, and puts it in a story at once (a
 * copy joins its original's story; otherwise the story it links to best on
 * average, or a new one). Run inside the ingest transaction.
 */
export function relateNewReading(
  store: RelateStore,
  reading: Reading,
  features: Features | null,
  settings: RelateSettings,
  newStoryId: () => string,
  dense: DenseQuery | null = null,
): StoryMembership {
  if (!features) return joinStory(store, reading, null, newStoryId(), 0, null);
  // A copy (syndicated wire copy, a re-post) joins its original's story
  // without scoring the candidates: most of a feed's duplicates end here.
  // Its original stands for it in the candidate index (a new reading finds
  // the original, and the story's average link counts the two as one text),
  // so it is not indexed: fifty copies of a wire story cost one reading's
  // postings and count once in the document frequencies.
  const copy = copyInBuckets(store, reading.id, features, settings.windowDays);
  const copyStory = copy ? store.storyOf(copy.id) : null;
  const index = (options?: { index: boolean }): void => {
    store.saveFeatures(reading.id, features, options);
    if (dense) store.saveEmbedding(reading.id, dense.model, dense.vector);
  };
  if (copy && copyStory) {
    index({ index: false });
    return joinStory(store, reading, features, copyStory, copy.similarity, { ...copy, outOfIndex: true });
  }
  const lexical = findSimilar(features, store, { windowDays: settings.windowDays, exclude: new Set([reading.id]) });
  const scored = rescoreWithEmbeddings(lexical, store, dense);
  index();
  const spun = findOriginal(store, features, scored);
  if (spun) {
    const storyId = store.storyOf(spun.id);
    if (storyId) return joinStory(store, reading, features, storyId, spun.similarity, spun);
  }
  const assignment = assignStory(crowdScaled(scored, features), (id) => store.storySize(id), { threshold: settings.threshold });
  const storyId = assignment.storyId === 'new' ? newStoryId() : assignment.storyId;
  // Scored against the stories so far, where a batch would see all the readings at once (regroup-recent.ts).
  store.noteOneAtATimeJoin(features.day ?? reading.createdAt.slice(0, 10));
  return joinStory(store, reading, features, storyId, assignment.storyId === 'new' ? 0 : assignment.affinity, null);
}

/**
 * The earliest reading this one copies word for word (MinHash estimate of
 * the shingle Jaccard at least COPY_JACCARD), looked for among the readings
 * sharing its LSH buckets, which a copy almost always does.
 */
function copyInBuckets(store: RelateStore, readingId: string, features: Features, windowDays: number): { id: string; similarity: number } | null {
  const mates = store.bucketMates(features, { limit: DUPLICATE_CHECKS + 1, ...windowOption(features.day, windowDays) }).filter((id) => id !== readingId);
  if (mates.length === 0) return null;
  const found = store.features(mates);
  let best: { id: string; similarity: number } | null = null;
  for (const id of mates) {
    const other = found.get(id);
    const similarity = other ? copySimilarity(features, other) : 0;
    if (similarity >= COPY_JACCARD && (!best || similarity > best.similarity)) best = { id, similarity };
  }
  return best && toOriginal(store, best);
}

/** The earliest reading this one copies or re-words (following copies of copies to their original). */
function findOriginal(store: RelateStore, features: Features, scored: readonly ScoredCandidate[]): { id: string; similarity: number } | null {
  const top = scored.slice(0, DUPLICATE_CHECKS).map((c) => c.id);
  const found = store.features(top);
  let best: { id: string; similarity: number } | null = null;
  for (const id of top) {
    const other = found.get(id);
    const dup = other ? nearDuplicate(features, other) : null;
    if (dup && (!best || dup.similarity > best.similarity)) best = { id, similarity: dup.similarity };
  }
  return best && toOriginal(store, best);
}

function toOriginal(store: RelateStore, copy: { id: string; similarity: number }): { id: string; similarity: number } {
  const root = store.membership(copy.id)?.duplicateOf;
  return root ? { id: root, similarity: copy.similarity } : copy;
}

function joinStory(
  store: RelateStore,
  reading: Reading,
  features: Features | null,
  storyId: string,
  affinity: number,
  copy: { id: string; similarity: number; outOfIndex?: boolean } | null,
): StoryMembership {
  const membership: StoryMembership = {
    readingId: reading.id,
    storyId,
    affinity,
    duplicateOf: copy?.id ?? null,
    duplicateSimilarity: copy?.similarity ?? null,
  };
  const existing = store.story(storyId);
  const day = features?.day ?? reading.publishedAt?.slice(0, 10) ?? null;
  const size = (existing?.size ?? 0) + 1;
  const copies = (existing?.copies ?? 0) + (copy?.outOfIndex ? 1 : 0);
  const story: StoryRecord = existing
    ? {
        ...existing,
        size,
        copies,
        outlets: reading.outlet && !existing.outlets.some((o) => sameOutlet(o, reading.outlet!)) ? [...existing.outlets, reading.outlet] : existing.outlets,
        unknownOutlets: existing.unknownOutlets + (reading.outlet ? 0 : 1),
        firstDay: minDay(existing.firstDay, day),
        lastDay: maxDay(existing.lastDay, day),
        updatedAt: reading.createdAt,
      }
    : {
        id: storyId,
        title: reading.title,
        outlets: reading.outlet ? [reading.outlet] : [],
        unknownOutlets: reading.outlet ? 0 : 1,
        size: 1,
        copies,
        firstDay: day,
        lastDay: day,
        createdAt: reading.createdAt,
        updatedAt: reading.createdAt,
      };
  store.saveStory(story);
  store.setMembership(membership);
  if (existing && (size <= RETITLE_ALWAYS || (size & (size - 1)) === 0)) {
    const title = storyTitle(store, storyId);
    if (title && title !== story.title) store.saveStory({ ...story, title });
  }
  return membership;
}

/** The most representative headline of a story's members. */
export function storyTitle(store: RelateStore, storyId: string): string {
  const ids = store.members(storyId).map((m) => m.readingId);
  const features = store.features(ids);
  return summarizeStory([...features].map(([id, f]) => ({ id, features: f }))).title;
}

const minDay = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a < b ? a : b);
const maxDay = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : a > b ? a : b);
