/**
 * `planBatch`: what grouping a batch of new readings decides, before any of
 * it is written: the batch is clustered as a whole (the order it came in
 * does not matter) together with the library readings it found as
 * candidates, whose stories may gain readings and never merge with each
 * other; copies are found among each reading's closest story-mates. Pure:
 * it runs on the thread that writes, or beside it in a worker.
 */
import { DEFAULT_LINK_CAP } from './assign-story.js';
import { batchCopies } from './batch-copies.js';
import type { Correction } from './constraints.js';
import { groupWithNeighbours, type Neighbour, type StoryGroup } from './group-stories.js';
import { linkScore } from './link.js';
import { summarizeStory } from './story-summary.js';
import type { Features, RelateStats, StoryDetails } from './types.js';
import { statKeys } from './weights.js';

export interface BatchReading {
  id: string;
  features: Features;
  publishedAt: string | null;
  createdAt: string;
}

/** A library reading the batch found as a candidate. */
export interface LibraryReading {
  id: string;
  features: Features;
  storyId: string;
  /** Its original, when it is a copy. */
  duplicateOf: string | null;
}

export interface BatchPlanInput {
  batch: readonly BatchReading[];
  library: readonly LibraryReading[];
  corrections: readonly Correction[];
  threshold: number;
  windowDays: number;
  /**
   * The library index's size and document frequencies (of the keys of the
   * batch and of `library`); absent when `library` is empty, and the batch is
   * weighed by its own statistics.
   */
  libraryStats?: { docCount: number; docFreq: ReadonlyMap<string, number> };
}

export interface PlannedMember {
  readingId: string;
  affinity: number;
  duplicateOf: string | null;
  duplicateSimilarity: number | null;
}

/** A story the batch's readings go to: one of the library's, or a new one with its details. */
export type PlannedStory =
  | { joins: string; members: PlannedMember[] }
  | { joins: null; details: StoryDetails; members: PlannedMember[] };

export interface BatchPlan {
  /** The stories the batch goes to, in the order a regroup names them (largest first): the writer names the new ones in this order. */
  stories: PlannedStory[];
  /** Word-for-word copies, kept out of the candidate index (found through their original). */
  keptOut: string[];
}

export function planBatch(input: BatchPlanInput, onProgress?: (done: number, total: number) => void): BatchPlan {
  const featuresOf = new Map<string, Features>(input.batch.map((b) => [b.id, b.features]));
  const inBatch = new Set(featuresOf.keys());
  const fixed = new Map<string, string>();
  const libraryOriginal = new Map<string, string | null>();
  for (const r of input.library) {
    featuresOf.set(r.id, r.features);
    fixed.set(r.id, r.storyId);
    libraryOriginal.set(r.id, r.duplicateOf);
  }
  const joinable = new Set(fixed.values());
  let fresh = 0;
  const { groups, neighbours } = groupWithNeighbours(
    [...featuresOf].map(([id, features]) => ({ id, features })),
    {
      threshold: input.threshold,
      windowDays: input.windowDays,
      corrections: input.corrections,
      fixed,
      stats: input.libraryStats && fixed.size > 0 ? batchStats(input.libraryStats, featuresOf, inBatch) : undefined,
      // Named for the plan only: the writer gives each new story its id.
      newStoryId: () => `\u0000new:${fresh++}`,
      onProgress,
    },
  );
  const storyOf = new Map<string, string>();
  for (const g of groups) for (const id of g.members) storyOf.set(id, g.id);
  const when = (b: BatchReading): string => b.publishedAt ?? b.createdAt;
  const order = [...input.batch].sort((a, b) => when(a).localeCompare(when(b)) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1)).map((b) => b.id);
  const copies = batchCopies({ order, storyOf, neighbours, features: (id) => featuresOf.get(id), libraryOriginal: (id) => libraryOriginal.get(id) ?? null });

  const stories: PlannedStory[] = [];
  for (const group of groups) {
    const members = group.members.filter((id) => inBatch.has(id));
    if (members.length === 0) continue;
    const planned = members.map((id) => ({
      readingId: id,
      affinity: affinity(id, group, storyOf, neighbours.get(id) ?? [], featuresOf),
      duplicateOf: copies.get(id)?.original ?? null,
      duplicateSimilarity: copies.get(id)?.similarity ?? null,
    }));
    stories.push(
      joinable.has(group.id)
        ? { joins: group.id, members: planned }
        : { joins: null, details: details(group, featuresOf, (id) => copies.get(id)?.verbatim === true), members: planned },
    );
  }
  return { stories, keptOut: [...copies].filter(([, c]) => c.verbatim).map(([id]) => id) };
}

/** Term statistics of the library with the batch in it (the batch is not in the index yet). */
function batchStats(library: NonNullable<BatchPlanInput['libraryStats']>, featuresOf: ReadonlyMap<string, Features>, inBatch: ReadonlySet<string>): RelateStats {
  const own = new Map<string, number>();
  for (const id of inBatch) for (const key of statKeys(featuresOf.get(id)!)) own.set(key, (own.get(key) ?? 0) + 1);
  return { docCount: library.docCount + inBatch.size, docFreq: (key) => (library.docFreq.get(key) ?? 0) + (own.get(key) ?? 0) };
}

function details(group: StoryGroup, featuresOf: ReadonlyMap<string, Features>, verbatim: (id: string) => boolean): StoryDetails {
  const summary = summarizeStory(group.members.map((id) => ({ id, features: featuresOf.get(id)! })));
  return {
    title: summary.title || featuresOf.get(group.members[0]!)!.title,
    outlets: summary.outlets,
    unknownOutlets: summary.unknownOutlets,
    size: group.members.length,
    copies: group.members.filter(verbatim).length,
    firstDay: summary.firstDay,
    lastDay: summary.lastDay,
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
