import { randomUUID } from 'node:crypto';
import { notFound, ReadingsError } from '../domain/errors.js';
import type { Reading } from '../domain/types.js';
import type { Correction } from '../relate/constraints.js';
import { groupStories } from '../relate/group-stories.js';
import { nearDuplicate } from '../relate/near-duplicate.js';
import { summarizeStory } from '../relate/story-summary.js';
import type { StoryFilter, StoryMembership, StoryRecord } from '../store/relate-store.js';
import type { Storage } from '../store/storage.js';
import { requireReading } from './library.js';
import { relateNewReading, type RelateSettings } from './relate-reading.js';
import { FEATURES_VERSION } from '../relate/analyze.js';
import { addDays, publishedDay } from '../relate/day.js';
import type { Features } from '../relate/types.js';
import type { Analyzer } from './prepare-reading.js';
import { distinctOutlets, sameOutlet } from '../domain/outlets.js';

export interface StoryMemberView {
  reading: Reading;
  membership: StoryMembership;
  /** Near-duplicates of this reading, collapsed under it. */
  copies: { reading: Reading; similarity: number | null }[];
}

export interface StoryView {
  story: StoryRecord;
  /** Originals by outlet, then time; copies collapsed under their original. */
  members: StoryMemberView[];
}

/** Finds a story by id or unique id prefix, or fails with not_found. */
export function requireStory(storage: Storage, id: string): StoryRecord {
  const full = storage.relate.resolveStoryId(id);
  const story = full === null ? null : storage.relate.story(full);
  if (!story || story.size === 0) throw notFound('story', id);
  return story;
}

/** The least number of outlets a listing asks of a story, checked (`label` names the option in the error). */
export function minOutletsOption(value: number, label: string): number {
  if (!Number.isInteger(value) || value < 1 || value > 10_000) throw new ReadingsError('invalid_argument', 'the number of outlets must be a whole number from 1 to 10000', label);
  return value;
}

/** A listing's filter from its options as parsed (a day, a least number of outlets), either left out. */
export function storyFilter(since: string | null | undefined, minOutlets: number | null | undefined): StoryFilter {
  return { ...(since ? { since } : {}), ...(minOutlets && minOutlets > 1 ? { minOutlets } : {}) };
}

/**
 * What an empty filtered listing says ("No story told by 3 outlets or more
 * has a reading since Jan. 1, 2099."), or null when nothing filtered it;
 * `day` writes a day as the caller shows days.
 */
export function noStoryFound(filter: StoryFilter, day: (iso: string) => string): string | null {
  const told = filter.minOutlets && filter.minOutlets > 1 ? ` told by ${filter.minOutlets} outlets or more` : '';
  if (filter.since) return `No story${told} has a reading since ${day(filter.since)}.`;
  return told ? `No story is${told} yet.` : null;
}

export function listStories(storage: Storage, filter: StoryFilter, page: { limit: number; offset: number }): { total: number; stories: StoryRecord[] } {
  return { total: storage.relate.countStories(filter), stories: storage.relate.stories(filter, page) };
}

export function storyMembers(storage: Storage, storyId: string): { reading: Reading; membership: StoryMembership }[] {
  return storage.relate
    .members(storyId)
    .map((membership) => ({ membership, reading: storage.readings.get(membership.readingId) }))
    .filter((m): m is { reading: Reading; membership: StoryMembership } => m.reading !== null);
}

export function showStory(storage: Storage, id: string): StoryView {
  const story = requireStory(storage, id);
  const all = storyMembers(storage, story.id);
  const present = new Set(all.map((m) => m.reading.id));
  const originals = all.filter((m) => !m.membership.duplicateOf || !present.has(m.membership.duplicateOf));
  const copiesOf = new Map<string, StoryMemberView['copies']>();
  for (const m of all) {
    const of = m.membership.duplicateOf;
    if (of && present.has(of)) copiesOf.set(of, [...(copiesOf.get(of) ?? []), { reading: m.reading, similarity: m.membership.duplicateSimilarity }]);
  }
  const when = (r: Reading): string => r.publishedAt ?? r.createdAt;
  originals.sort((a, b) =>
    (a.reading.outlet ?? '\uffff').localeCompare(b.reading.outlet ?? '\uffff') || when(a.reading).localeCompare(when(b.reading)) || a.reading.id.localeCompare(b.reading.id),
  );
  return { story, members: originals.map((m) => ({ ...m, copies: copiesOf.get(m.reading.id) ?? [] })) };
}

/** Recomputes a story's title, outlets and days from its members; deletes it when it has none. */
export function refreshStory(storage: Storage, storyId: string, now: string): StoryRecord | null {
  const story = storage.relate.story(storyId);
  if (!story) return null;
  const members = storyMembers(storage, storyId);
  if (members.length === 0) {
    storage.relate.deleteStory(storyId);
    return null;
  }
  const features = storage.relate.features(members.map((m) => m.reading.id));
  const summary = summarizeStory([...features].map(([id, f]) => ({ id, features: f })));
  // The readings' outlets as they are now (a user may have corrected one), then any the analysis names besides.
  const outlets = distinctOutlets(members.flatMap((m) => (m.reading.outlet ? [m.reading.outlet] : [])));
  for (const o of summary.outlets) if (!outlets.some((known) => sameOutlet(known, o))) outlets.push(o);
  const days = members.map((m) => m.reading.publishedAt?.slice(0, 10)).filter((d): d is string => Boolean(d)).sort();
  const fields = {
    title: summary.title || members[0]!.reading.title,
    outlets,
    unknownOutlets: members.filter((m) => !m.reading.outlet).length,
    size: members.length,
    copies: storage.relate.copiesOutOfIndex(storyId),
    firstDay: days[0] ?? null,
    lastDay: days[days.length - 1] ?? null,
  };
  const changed = (Object.keys(fields) as (keyof typeof fields)[]).some((k) => JSON.stringify(fields[k]) !== JSON.stringify(story[k]));
  if (!changed) return story;
  const updated: StoryRecord = { ...story, ...fields, updatedAt: now };
  storage.relate.saveStory(updated);
  return updated;
}

/** Moves every reading of story b into story a, and remembers it for regrouping. */
export function mergeStories(storage: Storage, a: string, b: string, now: Date = new Date()): StoryRecord {
  const into = requireStory(storage, a);
  const from = requireStory(storage, b);
  if (into.id === from.id) throw new ReadingsError('invalid_argument', 'cannot merge a story with itself', a);
  return storage.transaction(() => {
    const moved = storage.relate.members(from.id);
    for (const m of moved) storage.relate.setMembership({ ...m, storyId: into.id });
    const readingIds = [...storage.relate.members(into.id).map((m) => m.readingId)].sort();
    storage.relate.addCorrection({ kind: 'merge', readingIds }, now.toISOString());
    storage.relate.deleteStory(from.id);
    return refreshStory(storage, into.id, now.toISOString())!;
  });
}

/** Takes readings out of a story into a new one of their own, and remembers it for regrouping. */
export function splitStory(storage: Storage, storyId: string, readingIds: readonly string[], now: Date = new Date()): { from: StoryRecord; to: StoryRecord } {
  const story = requireStory(storage, storyId);
  const members = storage.relate.members(story.id);
  const memberIds = new Set(members.map((m) => m.readingId));
  const apart = readingIds.map((id) => {
    const full = storage.readings.resolveId(id);
    if (!full || !memberIds.has(full)) throw new ReadingsError('not_found', `no reading with this id in story ${story.id}`, id);
    return full;
  });
  if (new Set(apart).size === memberIds.size) throw new ReadingsError('invalid_argument', 'a split must leave at least one reading in the story', storyId);
  return storage.transaction(() => {
    const at = now.toISOString();
    const newId = randomUUID();
    storage.relate.saveStory({ ...story, id: newId, createdAt: at, updatedAt: at });
    const apartSet = new Set(apart);
    for (const m of members) {
      if (apartSet.has(m.readingId)) storage.relate.setMembership({ ...m, storyId: newId, duplicateOf: apartSet.has(m.duplicateOf ?? '') ? m.duplicateOf : null });
      else if (m.duplicateOf && apartSet.has(m.duplicateOf)) storage.relate.setMembership({ ...m, duplicateOf: null, duplicateSimilarity: null });
    }
    const rest = [...memberIds].filter((id) => !apartSet.has(id)).sort();
    storage.relate.addCorrection({ kind: 'split', apart: [...apart].sort(), from: rest }, at);
    return { from: refreshStory(storage, story.id, at)!, to: refreshStory(storage, newId, at)! };
  });
}

export interface RegroupResult {
  /** Readings analysed first (stored with grouping deferred, or by an older analysis). */
  analysed: number;
  /** Readings regrouped (those of the day `since` and after, when given). */
  readings: number;
  stories: number;
  kept: number;
  /** Readings regrouped into another story than they were in (or that were in none). */
  changed: number;
}

export interface RegroupOptions {
  analysing?: (done: number, total: number) => void;
  grouping?: (done: number, total: number) => void;
  /**
   * Regroup only the readings published (else added) on this day
   * (`YYYY-MM-DD`) or after; older readings stay in their stories, and those
   * within the grouping window before it are there for the newer ones to join.
   */
  since?: string;
  /**
   * Regroup only readings that are in a story, and analyse none (the analyzer
   * may then be null): a regrouping in the background leaves readings stored
   * with grouping deferred, or by an import still under way, to that import
   * or to `regroup`.
   */
  storiesOnly?: boolean;
  now?: Date;
}

/** Analyses, in batches of one transaction each, the readings that have no (current) features. */
export function analyseMissing(storage: Storage, analyzer: Analyzer, onProgress?: (done: number, total: number) => void): number {
  const ids = storage.relate.unanalyzed(FEATURES_VERSION);
  for (let i = 0; i < ids.length; i += ANALYSE_BATCH) {
    const batch = ids.slice(i, i + ANALYSE_BATCH);
    storage.transaction(() => {
      for (const id of batch) {
        const reading = storage.readings.get(id);
        if (!reading) continue;
        storage.relate.removeFeatures(id);
        storage.relate.saveFeatures(id, analyzer(reading));
      }
    });
    onProgress?.(Math.min(ids.length, i + ANALYSE_BATCH), ids.length);
  }
  return ids.length;
}

const ANALYSE_BATCH = 200;

/**
 * Recomputes every story from the stored features (order-independent),
 * keeping manual corrections and, where a group mostly stays together, its
 * story id. The new grouping replaces the old one in a single transaction,
 * so an interrupted regroup leaves the previous grouping intact.
 */
export function regroup(storage: Storage, settings: RelateSettings, analyzer: Analyzer | null, options: RegroupOptions = {}): RegroupResult {
  const analysed = analyzer && !options.storiesOnly ? analyseMissing(storage, analyzer, options.analysing) : 0;
  const { docs, previous, fixed } = regroupScope(storage, options, settings.windowDays);
  const regrouped = new Set(docs.map((d) => d.id));
  const corrections: Correction[] = storage.relate.corrections();
  const groups = groupStories([...docs, ...fixed.map((f) => f.doc)], {
    threshold: settings.threshold,
    windowDays: settings.windowDays,
    corrections,
    previous,
    ...(fixed.length > 0 ? { fixed: new Map(fixed.map((f) => [f.doc.id, f.story])) } : {}),
    newStoryId: () => randomUUID(),
    onProgress: options.grouping,
  });
  const featuresOf = new Map(docs.map((d) => [d.id, d.features]));
  // A copy mark made by an earlier, looser rule is dropped when the texts no longer qualify.
  const stillCopies = (id: string, of: string): boolean => nearDuplicate(featuresOf.get(id)!, featuresOf.get(of)!) !== null;
  const at = (options.now ?? new Date()).toISOString();
  let kept = 0;
  let changed = 0;
  storage.transaction(() => {
    // The grouping was made outside the transaction (it takes seconds, and other writers wait for one):
    // a merge or split made meanwhile would be undone by writing it.
    if (storage.relate.corrections().length !== corrections.length) {
      throw new ReadingsError('library_busy', 'a story was merged or split while regrouping; regroup again');
    }
    const oldStories = new Set(previous.values());
    for (const group of groups) {
      if (oldStories.has(group.id)) kept++;
      const existing = storage.relate.story(group.id);
      storage.relate.saveStory(existing ?? { id: group.id, title: '', outlets: [], unknownOutlets: 0, size: 0, copies: 0, firstDay: null, lastDay: null, createdAt: at, updatedAt: at });
      const inGroup = new Set(group.members);
      for (const id of group.members) {
        // The older readings a scoped regroup was given as context stay as they are.
        if (!regrouped.has(id)) continue;
        const old = storage.relate.membership(id);
        // Deleted while the grouping was made: nothing to write.
        if (!old && !storage.relate.hasFeatures(id)) continue;
        if (previous.get(id) !== group.id) changed++;
        const duplicateOf = old?.duplicateOf && inGroup.has(old.duplicateOf) && stillCopies(id, old.duplicateOf) ? old.duplicateOf : null;
        storage.relate.setMembership({
          readingId: id,
          storyId: group.id,
          affinity: old?.affinity ?? 0,
          duplicateOf,
          duplicateSimilarity: duplicateOf ? (old?.duplicateSimilarity ?? null) : null,
        });
      }
    }
    // Readings joined one at a time are regrouped now as a whole: the background regrouping need not wait for
    // them (it counts them off itself before its own regrouping).
    const joins = options.storiesOnly ? null : storage.relate.oneAtATimeJoins();
    if (joins && (options.since === undefined || (joins.earliestDay !== null && options.since <= joins.earliestDay))) storage.relate.clearOneAtATimeJoins();
    const touched = new Set(groups.map((g) => g.id));
    for (const id of oldStories) if (!touched.has(id)) touched.add(id);
    for (const id of touched) refreshStory(storage, id, at);
    // Readings with no text to compare (failed extraction) stand alone.
    for (const id of options.storiesOnly ? [] : storage.relate.unassigned()) {
      if (storage.relate.hasFeatures(id)) continue;
      const reading = storage.readings.get(id);
      if (reading) relateNewReading(storage.relate, reading, null, settings, randomUUID);
    }
  });
  return { analysed, readings: regrouped.size, stories: groups.filter((g) => g.members.some((id) => regrouped.has(id))).length, kept, changed };
}

type FeaturesDoc = { id: string; features: Features };

interface RegroupScope {
  /** The readings to regroup. */
  docs: FeaturesDoc[];
  /** Their stories now (reading id -> story id). */
  previous: Map<string, string>;
  /** Older readings, fixed in their stories, that the regrouped ones may join. */
  fixed: { doc: FeaturesDoc; story: string }[];
}

/**
 * What a regroup looks at: every analysed reading; or, with `since`, those
 * published (else added) on that day or after and older ones in no story yet
 * (stored with grouping deferred), with the grouped readings of the
 * `windowDays` before the earliest of them fixed in their stories, which they
 * may join as a bulk import joins the library: the rest of the library is not
 * read. `storiesOnly` leaves out the readings in no story.
 */
function regroupScope(storage: Storage, options: RegroupOptions, windowDays: number): RegroupScope {
  const previous = new Map<string, string>();
  const { since } = options;
  if (since === undefined) {
    const docs: FeaturesDoc[] = [];
    for (const doc of storage.relate.allFeatures()) {
      const story = storage.relate.storyOf(doc.id);
      if (story) previous.set(doc.id, story);
      if (story || !options.storiesOnly) docs.push(doc);
    }
    return { docs, previous, fixed: [] };
  }
  // Readings in no story are regrouped whatever their day; the context reaches back from the earliest.
  const loose = options.storiesOnly ? [] : storage.relate.ungrouped(Number.POSITIVE_INFINITY, () => 1);
  let earliest = since;
  for (const u of loose) {
    const day = publishedDay(u.publishedAt) ?? publishedDay(u.createdAt) ?? since;
    if (day < earliest) earliest = day;
  }
  const docs: FeaturesDoc[] = loose.map((u) => ({ id: u.id, features: JSON.parse(u.featuresJson) as Features }));
  const fixed: RegroupScope['fixed'] = [];
  for (const { id, features, day, story } of storage.relate.featuresFrom(addDays(earliest, -windowDays))) {
    if (story === null) continue;
    if (day >= since) {
      docs.push({ id, features });
      previous.set(id, story);
    } else fixed.push({ doc: { id, features }, story });
  }
  return { docs, previous, fixed };
}

/** Removes a reading from the library and from its story (and the index). */
export function deleteReadingEverywhere(storage: Storage, id: string, now: Date = new Date()): Reading {
  const reading = requireReading(storage.readings, id);
  storage.transaction(() => {
    const storyId = storage.relate.storyOf(reading.id);
    if (storyId) promoteCopies(storage, storyId, reading.id);
    storage.relate.removeFeatures(reading.id);
    storage.readings.delete(reading.id);
    if (storyId) refreshStory(storage, storyId, now.toISOString());
  });
  return reading;
}

/** The copies of a reading about to go: the earliest stored becomes the original of the others (and is indexed). */
function promoteCopies(storage: Storage, storyId: string, originalId: string): void {
  const copies = storage.relate.members(storyId).filter((m) => m.duplicateOf === originalId);
  if (copies.length === 0) return;
  const createdAt = (m: StoryMembership): string => storage.readings.get(m.readingId)?.createdAt ?? '';
  const [heir, ...rest] = copies.sort((a, b) => createdAt(a).localeCompare(createdAt(b)) || a.readingId.localeCompare(b.readingId));
  storage.relate.setMembership({ ...heir!, duplicateOf: null, duplicateSimilarity: null });
  for (const m of rest) storage.relate.setMembership({ ...m, duplicateOf: heir!.readingId });
}
