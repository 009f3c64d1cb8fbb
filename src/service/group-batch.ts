import { randomUUID } from 'node:crypto';
import { windowOption } from '../relate/day.js';
import { DEFAULT_CANDIDATE_LIMIT } from '../relate/find-similar.js';
import type { LibraryReading, PlannedStory } from '../relate/plan-batch.js';
import type { Features } from '../relate/types.js';
import { statKeys } from '../relate/weights.js';
import type { RelateStore, StoryMembership, UngroupedReading } from '../store/relate-store.js';
import type { Storage } from '../store/storage.js';
import { inProcessPlanner, workerPlanner, type BatchPlanner } from './batch-planner.js';
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
  /** Who makes the plans (default: a worker thread for large batches, else this thread). */
  planner?: BatchPlanner;
}

/**
 * Groups the readings that are analysed but in no story (a bulk import's, once
 * all are stored) in one pass: the batch is clustered as a whole, like a
 * regroup (so the order it came in does not matter), together with the
 * library's readings it finds as candidates; the library's stories stay as
 * they are, may gain readings, and never merge with each other. Copies are
 * found among each reading's closest story-mates and kept out of the
 * candidate index, as `add` does (plan-batch.ts). A part's stories are written in one
 * transaction, after its plan (see groupPart).
 */
export function groupUngrouped(storage: Storage, settings: RelateSettings, options: BatchOptions = {}): BatchGrouping {
  const total = storage.relate.countUngrouped(options.storedBefore);
  const result: BatchGrouping = { readings: 0, newStories: 0, joined: 0 };
  if (total === 0) return result;
  const planner = options.planner ?? (total >= PLAN_IN_WORKER_FROM ? workerPlanner() : inProcessPlanner);
  try {
    for (;;) {
      const batch = storage.relate.ungrouped(options.partBudget ?? PART_BUDGET, partCost, options.storedBefore);
      if (batch.length === 0) return result;
      const done = result.readings;
      let part: BatchGrouping;
      try {
        part = groupPart(storage, batch, settings, planner, { ...options, onProgress: (i, n) => options.onProgress?.(Math.min(total, done + Math.round((i / n) * batch.length)), total) });
      } catch (error) {
        if (error instanceof GroupedMeanwhile) continue;
        throw error;
      }
      result.readings += part.readings;
      result.newStories += part.newStories;
      result.joined += part.joined;
    }
  } finally {
    if (planner !== options.planner) void planner.close();
  }
}

/**
 * From how many readings a grouping is planned in a worker thread while this
 * one posts the batch into the candidate index (a worker takes ~0.1 s to
 * start; posting 35,000 headlines took ~10 s of a 45 s grouping).
 */
const PLAN_IN_WORKER_FROM = 2000;

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
/** Readings posted into the candidate index between two looks at the plan's progress. */
const POST_CHUNK = 2000;

function groupPart(storage: Storage, batch: readonly UngroupedReading[], settings: RelateSettings, planner: BatchPlanner, options: BatchOptions): BatchGrouping {
  const relate = storage.relate;
  const library = libraryContext(relate, batch, settings);
  const corrections = relate.corrections();
  const plan = planner.start(
    {
      batch,
      library: library.readings,
      corrections,
      threshold: settings.threshold,
      windowDays: settings.windowDays,
      libraryStats: library.readings.length > 0 ? { docCount: relate.docCount(), docFreq: relate.docFreq([...library.keys]) } : undefined,
    },
    options.onProgress,
  );
  const newStoryId = options.newStoryId ?? randomUUID;
  const at = (options.now ?? new Date()).toISOString();
  const result: BatchGrouping = { readings: batch.length, newStories: 0, joined: 0 };
  // Posted while the plan is made, a slice a transaction, so that other
  // writers (the server's, a feed refresh) take their turn between slices
  // rather than wait out the whole grouping (35,000 headlines: ~5 s of
  // posting beside ~12 s of planning, past the server's 5 s wait). Posting
  // skips readings already in the index (and deleted ones), so a part
  // planned again, or an import stopped here, leaves nothing to undo: the
  // readings stay in no story until the next grouping; the few the plan finds
  // to be word-for-word copies are taken out again below. A slice that another
  // writer has grouped meanwhile is not posted: that writer kept its copies
  // out of the index, and posting them would put them back.
  // A plan made in this thread is known before posting: its copies are not
  // posted at all (syndicated copies can be most of a batch; posting and
  // taking them out again was a quarter of its grouping).
  const copies = new Set(plan.made()?.keptOut);
  for (let i = 0; i < batch.length; i += POST_CHUNK) {
    const slice = batch.slice(i, i + POST_CHUNK);
    const posted = storage.transaction(() => {
      if (relate.storiesOf(slice.map((b) => b.id)).size > 0) return false;
      relate.putInIndex(slice.filter((b) => !copies.has(b.id)).map((b) => ({ id: b.id, features: JSON.parse(b.featuresJson) as Features })));
      return true;
    });
    if (!posted) {
      plan.wait();
      throw new GroupedMeanwhile();
    }
    plan.poll();
  }
  const { stories, keptOut } = plan.wait();
  storage.transaction(() => {
    // What another writer did while the plan was made stands, and this part
    // is planned again: it grouped some of the batch (an import's own
    // grouping, a scheduler grouping leftovers), merged or split a story,
    // deleted a reading of the batch or the last reading of a story it joins.
    if (changedMeanwhile(relate, batch, stories, corrections.length)) throw new GroupedMeanwhile();
    relate.takeOutOfIndex(keptOut);
    const members: StoryMembership[] = [];
    for (const story of stories) {
      const storyId = story.joins ?? newStoryId();
      if (story.joins === null) {
        relate.saveStory({ id: storyId, ...story.details, createdAt: at, updatedAt: at });
        result.newStories++;
      } else result.joined += story.members.length;
      for (const member of story.members) members.push({ ...member, storyId });
    }
    relate.setMemberships(members);
    for (const story of stories) if (story.joins !== null) refreshStory(storage, story.joins, at);
  });
  return result;
}

function changedMeanwhile(relate: RelateStore, batch: readonly UngroupedReading[], stories: readonly PlannedStory[], corrections: number): boolean {
  if (relate.corrections().length !== corrections) return true;
  if (relate.storiesOf(batch.map((b) => b.id)).size > 0) return true;
  if (batch.some((b) => !relate.hasFeatures(b.id))) return true;
  return stories.some((s) => s.joins !== null && relate.story(s.joins) === null);
}

class GroupedMeanwhile extends Error {}

/**
 * The library's readings the batch finds as candidates (as `add` would, from
 * the postings: never a scan), with their stories, and the keys whose
 * document frequencies weigh the batch among them.
 */
function libraryContext(relate: RelateStore, batch: readonly UngroupedReading[], settings: RelateSettings): { readings: LibraryReading[]; keys: Set<string> } {
  const found = new Map<string, LibraryReading>();
  const keys = new Set<string>();
  if (relate.docCount() === 0) return { readings: [], keys };
  const inBatch = new Set(batch.map((b) => b.id));
  for (const b of batch) {
    const features = JSON.parse(b.featuresJson) as Features;
    for (const key of statKeys(features)) keys.add(key);
    const ids = relate
      .candidates(features, { limit: DEFAULT_CANDIDATE_LIMIT, ...windowOption(features.day, settings.windowDays) })
      .filter((id) => !inBatch.has(id) && !found.has(id));
    if (ids.length === 0) continue;
    const stored = relate.features(ids);
    for (const [id, storyId] of relate.storiesOf(ids)) {
      const f = stored.get(id);
      if (!f) continue;
      found.set(id, { id, features: f, storyId, duplicateOf: relate.membership(id)?.duplicateOf ?? null });
      for (const key of statKeys(f)) keys.add(key);
    }
  }
  return { readings: [...found.values()], keys };
}
