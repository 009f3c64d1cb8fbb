import { randomUUID } from 'node:crypto';
import { DEFAULT_LINK_CAP } from '../relate/assign-story.js';
import { batchCopies, type BatchCopy } from '../relate/batch-copies.js';
import { windowOption } from '../relate/day.js';
import { DEFAULT_CANDIDATE_LIMIT } from '../relate/find-similar.js';
import { groupWithNeighbours, type Neighbour, type StoryGroup } from '../relate/group-stories.js';
import { linkScore } from '../relate/link.js';
import { summarizeStory } from '../relate/story-summary.js';
import type { Features, RelateStats } from '../relate/types.js';
import { statKeys } from '../relate/weights.js';
import type { RelateStore, StoryRecord } from '../store/relate-store.js';
import type { Storage } from '../store/storage.js';
import type { RelateSettings } from './relate-reading.js';
import { refreshStory } from './stories.js';

export interface BatchGrouping {
  /** Readings grouped. */
  readings: number;
  /** Stories they started. */
  newStories: number;
  /** Readings that joined a story already in the library. */
  joined: number;
}

export interface BatchOptions {
  onProgress?: (done: number, total: number) => void;
  now?: Date;
  newStoryId?: () => string;
  /** Budget of a part in `partCost` units (default PART_BUDGET). */
  partBudget?: number;
  /** Only readings stored before this ISO time (leftovers; an import under way groups its own). */
  storedBefore?: string;
}

/**
 * Groups the readings that are analysed but in no story (a bulk import's, once
 * all are stored) in one pass: the batch is clustered as a whole, like a
 * regroup (so the order it came in does not matter), together with the
 * library's readings it finds as candidates; the library's stories stay as
 * they are, may gain readings, and never merge with each other. Copies are
 * found among each reading's closest story-mates and kept out of the
 * candidate index, as `add` does. One transaction.
 */
export function groupUngrouped(storage: Storage, settings: RelateSettings, options: BatchOptions = {}): BatchGrouping {
  const total = storage.relate.countUngrouped(options.storedBefore);
  const result: BatchGrouping = { readings: 0, newStories: 0, joined: 0 };
  for (;;) {
    const batch = storage.relate.ungrouped(options.partBudget ?? PART_BUDGET, partCost, options.storedBefore);
    if (batch.length === 0) return result;
    const done = result.readings;
    let part: BatchGrouping;
    try {
      part = groupPart(storage, batch, settings, { ...options, onProgress: (i, n) => options.onProgress?.(Math.min(total, done + Math.round((i / n) * batch.length)), total) });
    } catch (error) {
      if (error instanceof GroupedMeanwhile) continue;
      throw error;
    }
    result.readings += part.readings;
    result.newStories += part.newStories;
    result.joined += part.joined;
  }
}

/**
 * How much of a batch is grouped in one part, in `partCost` units (a later
 * part sees the earlier parts' stories as the library's). The heap a reading
 * takes while grouped grows faster than its features: a long article brings
 * hundreds of weighted terms and its candidates' pair scores. Measured: all
 * 34,914 UCI headlines (~0.8 KB of features each, 27.5 MB) in one part peak
 * at ~850 MB; 10,000 articles (~6 KB each) peaked at 700 MB in parts of
 * ~7,700 and at 436 MB in parts of ~1,900.
 */
const PART_BUDGET = 32 * 1024 * 1024;
/** A reading's share of PART_BUDGET, from the length of its features JSON. */
const partCost = (featuresLength: number): number => featuresLength * Math.max(1, featuresLength / 1500);

function groupPart(storage: Storage, batch: ReturnType<RelateStore['ungrouped']>, settings: RelateSettings, options: BatchOptions): BatchGrouping {
  const relate = storage.relate;
  const featuresOf = new Map<string, Features>(batch.map((b) => [b.id, b.features]));
  const inBatch = new Set(featuresOf.keys());
  const libraryStories = libraryContext(relate, batch, inBatch, settings, featuresOf);
  const { groups, neighbours } = groupWithNeighbours(
    [...featuresOf].map(([id, features]) => ({ id, features })),
    {
      threshold: settings.threshold,
      windowDays: settings.windowDays,
      corrections: relate.corrections(),
      fixed: libraryStories,
      stats: libraryStories.size > 0 ? batchStats(relate, featuresOf, inBatch) : undefined,
      newStoryId: () => (options.newStoryId ?? randomUUID)(),
      onProgress: options.onProgress,
    },
  );
  const storyOf = new Map<string, string>();
  for (const g of groups) for (const id of g.members) storyOf.set(id, g.id);
  const when = (b: (typeof batch)[number]): string => b.publishedAt ?? b.createdAt;
  const order = [...batch].sort((a, b) => when(a).localeCompare(when(b)) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1)).map((b) => b.id);
  const copies = batchCopies({ order, storyOf, neighbours, features: (id) => featuresOf.get(id), libraryOriginal: (id) => relate.membership(id)?.duplicateOf ?? null });

  const at = (options.now ?? new Date()).toISOString();
  const result: BatchGrouping = { readings: batch.length, newStories: 0, joined: 0 };
  storage.transaction(() => {
    relate.putInIndex(batch.filter((b) => !copies.get(b.id)?.verbatim));
    // Another writer (an import's own grouping, a scheduler grouping leftovers)
    // may have grouped some of them since they were read: its stories stand,
    // this part is rolled back and the rest read again. Checked after a first
    // write, which holds the write lock until this transaction ends.
    if (relate.storiesOf(batch.map((b) => b.id)).size > 0) throw new GroupedMeanwhile();
    for (const group of groups) {
      const fresh = group.members.filter((id) => inBatch.has(id));
      if (fresh.length === 0) continue;
      const existing = relate.story(group.id);
      if (existing) result.joined += fresh.length;
      else {
        relate.saveStory(newStory(group, featuresOf, copies, at));
        result.newStories++;
      }
      for (const id of fresh) {
        const copy = copies.get(id);
        relate.setMembership({
          readingId: id,
          storyId: group.id,
          affinity: affinity(id, group, storyOf, neighbours.get(id) ?? [], featuresOf),
          duplicateOf: copy?.original ?? null,
          duplicateSimilarity: copy?.similarity ?? null,
        });
      }
      if (existing) refreshStory(storage, group.id, at);
    }
  });
  return result;
}

/** Some readings of a part were grouped by another writer while it was computed. */
class GroupedMeanwhile extends Error {}

/**
 * The library's readings the batch finds as candidates (as `add` would, from
 * the postings: never a scan), added to `featuresOf`; returns their stories.
 */
function libraryContext(
  relate: RelateStore,
  batch: readonly { id: string; features: Features }[],
  inBatch: ReadonlySet<string>,
  settings: RelateSettings,
  featuresOf: Map<string, Features>,
): Map<string, string> {
  const stories = new Map<string, string>();
  if (relate.docCount() === 0) return stories;
  for (const b of batch) {
    const ids = relate
      .candidates(b.features, { limit: DEFAULT_CANDIDATE_LIMIT, ...windowOption(b.features.day, settings.windowDays) })
      .filter((id) => !inBatch.has(id) && !featuresOf.has(id));
    if (ids.length === 0) continue;
    const found = relate.features(ids);
    for (const [id, story] of relate.storiesOf(ids)) {
      const f = found.get(id);
      if (!f) continue;
      featuresOf.set(id, f);
      stories.set(id, story);
    }
  }
  return stories;
}

/** Term statistics of the library with the batch in it (the batch is not in the index yet). */
function batchStats(relate: RelateStore, featuresOf: ReadonlyMap<string, Features>, inBatch: ReadonlySet<string>): RelateStats {
  const own = new Map<string, number>();
  const keys = new Set<string>();
  for (const [id, f] of featuresOf) {
    for (const key of statKeys(f)) {
      keys.add(key);
      if (inBatch.has(id)) own.set(key, (own.get(key) ?? 0) + 1);
    }
  }
  const library = relate.docFreq([...keys]);
  const docCount = relate.docCount() + inBatch.size;
  return { docCount, docFreq: (key) => (library.get(key) ?? 0) + (own.get(key) ?? 0) };
}

function newStory(group: StoryGroup, featuresOf: ReadonlyMap<string, Features>, copies: ReadonlyMap<string, BatchCopy>, at: string): StoryRecord {
  const summary = summarizeStory(group.members.map((id) => ({ id, features: featuresOf.get(id)! })));
  return {
    id: group.id,
    title: summary.title || featuresOf.get(group.members[0]!)!.title,
    outlets: summary.outlets,
    size: group.members.length,
    copies: group.members.filter((id) => copies.get(id)?.verbatim).length,
    firstDay: summary.firstDay,
    lastDay: summary.lastDay,
    createdAt: at,
    updatedAt: at,
  };
}

/** A reading's average link to the other readings of its story (through its closest ones), as `add` records it. */
function affinity(id: string, group: StoryGroup, storyOf: ReadonlyMap<string, string>, neighbours: readonly Neighbour[], featuresOf: ReadonlyMap<string, Features>): number {
  if (group.members.length < 2) return 0;
  const words = featuresOf.get(id)!.words;
  let sum = 0;
  for (const n of neighbours) if (storyOf.get(n.id) === group.id) sum += linkScore(n.score, words, featuresOf.get(n.id)!.words);
  return sum / Math.min(DEFAULT_LINK_CAP, group.members.length - 1);
}
