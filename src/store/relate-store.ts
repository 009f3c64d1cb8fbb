import type { Correction } from '../relate/constraints.js';
import type { Features, RelateIndex, StoryDetails } from '../relate/types.js';

/** A story as stored: its members are in story_members. */
export interface StoryRecord extends StoryDetails {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoryMembership {
  readingId: string;
  storyId: string;
  /** The reading's average link to the story when it joined (0 for a new story). */
  affinity: number;
  /** The earliest copy this reading is a near-duplicate of, if any. */
  duplicateOf: string | null;
  duplicateSimilarity: number | null;
}

/** A reading analysed but in no story, with its features as stored (JSON: parsed where they are used, a few at a time). */
export interface UngroupedReading {
  id: string;
  featuresJson: string;
  publishedAt: string | null;
  createdAt: string;
}

export interface StoryFilter {
  since?: string;
  /** Only stories told by at least this many outlets, counted as `outletCount` counts them. */
  minOutlets?: number;
}

/**
 * The relate side of the one storage interface: the candidate index the
 * relate core reads (RelateIndex), the features and postings behind it, and
 * stories with their members and manual corrections.
 */
export interface RelateStore extends RelateIndex {
  /**
   * Stores a reading's features, postings and document-frequency counts;
   * with `index: false` the features only (a word-for-word copy, found
   * through its original). A reading kept out is indexed as soon as its
   * membership names no original (`setMembership`).
   */
  saveFeatures(readingId: string, features: Features, options?: { index?: boolean }): void;
  /** Puts stored readings kept out of the candidate index into it (with their features as stored); the ones already in are left as they are. */
  putInIndex(readings: readonly { id: string; features: Features }[]): void;
  /**
   * Readings analysed but in no story yet (a bulk import groups its readings
   * once they are all stored; an interrupted one leaves some here), earliest
   * stored first, with the times that order them: as many as fit in
   * `budget`, each costing `cost(length of its features JSON)` (at least
   * one), so that a large import is grouped in parts of bounded memory;
   * only those stored before `storedBefore` when given (an import still under
   * way is left to group its own).
   */
  ungrouped(budget: number, cost: (featuresLength: number) => number, storedBefore?: string): UngroupedReading[];
  /** How many readings `ungrouped` has in all (stored before `storedBefore`, an ISO time, when given). */
  countUngrouped(storedBefore?: string): number;
  /** Takes a reading's features out of the index (document frequencies included). */
  removeFeatures(readingId: string): void;
  /** Takes indexed readings out of the candidate index and keeps their features (copies found once they were posted); the others are left as they are. */
  takeOutOfIndex(readingIds: readonly string[]): void;
  /** Every reading's features, in id order, without holding them all at once. */
  allFeatures(): IterableIterator<{ id: string; features: Features }>;
  /**
   * The features of the readings published (else added) on `day` or later,
   * with that day and their story (null when in none): a regrouping of recent
   * stories reads those, not the whole library.
   */
  featuresFrom(day: string): IterableIterator<{ id: string; features: Features; day: string; story: string | null }>;
  hasFeatures(readingId: string): boolean;
  /** Readings with a clean text but no features yet (stored with grouping deferred, or analysed by an older version). */
  unanalyzed(version: number): string[];
  /** Readings in no story. */
  unassigned(): string[];
  saveEmbedding(readingId: string, model: string, vector: Float32Array): void;
  embeddings(ids: readonly string[], model: string): Map<string, Float32Array>;

  story(id: string): StoryRecord | null;
  /** The id of the story whose id is `idOrPrefix`, else of the one whose id starts with it (4 hex characters at least), else null. */
  resolveStoryId(idOrPrefix: string): string | null;
  stories(filter: StoryFilter, page: { limit: number; offset: number }): StoryRecord[];
  countStories(filter: StoryFilter): number;
  saveStory(story: StoryRecord): void;
  deleteStory(id: string): void;
  membership(readingId: string): StoryMembership | null;
  members(storyId: string): StoryMembership[];
  /** Sets a reading's story; a reading kept out of the index that is no longer anyone's copy is indexed. */
  setMembership(member: StoryMembership): void;
  /** `setMembership` for many readings at once. */
  setMemberships(members: readonly StoryMembership[]): void;
  /** A story's members that can be found as candidates (its size less its copies kept out of the index), for average-link assignment. */
  storySize(storyId: string): number;
  /** How many of a story's members are kept out of the candidate index. */
  copiesOutOfIndex(storyId: string): number;

  corrections(): Correction[];
  addCorrection(correction: Correction, at: string): void;

  /** When the recent stories were last regrouped in the background, and the library's size then. */
  lastBackgroundRegroup(): BackgroundRegroup | null;
  recordBackgroundRegroup(run: BackgroundRegroup): void;
  /** Readings that joined their stories one at a time since the recent stories were last regrouped as a whole. */
  oneAtATimeJoins(): OneAtATimeJoins;
  /** Counts a reading of `day` (`YYYY-MM-DD`: published, else added) that joined its story one at a time. */
  noteOneAtATimeJoin(day: string): void;
  clearOneAtATimeJoins(): void;
}

export interface OneAtATimeJoins {
  readings: number;
  /** The earliest of their days, or null when there are none. */
  earliestDay: string | null;
}

export interface BackgroundRegroup {
  /** ISO 8601. */
  at: string;
  readings: number;
}
