import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../test/helpers/temp-dir.js';
import { BATCH } from '../../test/helpers/kazakhstan-batch.js';
import type { Reading } from '../domain/types.js';
import { openStorage } from '../store/storage.js';
import { loadAnalyzer } from './analyzer.js';
import { inProcessPlanner, workerPlanner, type BatchPlanner } from './batch-planner.js';
import { groupUngrouped } from './group-batch.js';
import { DEFAULT_RELATE, relateNewReading } from './relate-reading.js';
import { watchFeeds } from './feeds/watch.js';
import { regroupRecent } from './feeds/regroup-recent.js';
import { deleteReadingEverywhere, mergeStories, regroup } from './stories.js';
import { inProcessPool } from './extract-pool.js';

const tempDir = useTempDir();
/** The plan worker as built (the test setup builds the project); from the sources, planning runs in this thread. */
const BUILT_PLAN_WORKER = fileURLToPath(new URL('../../dist/service/plan-worker.js', import.meta.url));
/** A planner in the built worker thread; fails rather than compare this thread with itself when there is none. */
function builtWorkerPlanner(): BatchPlanner {
  const planner = workerPlanner(BUILT_PLAN_WORKER);
  expect(planner).not.toBe(inProcessPlanner);
  return planner;
}

async function library(name: string) {
  const path = join(tempDir(), name);
  const storage = openStorage(path);
  const analyze = await loadAnalyzer();
  let n = 0;
  const newStoryId = (): string => `story-${++n}`;
  const insert = (r: Reading): void => storage.readings.insert(r, r.id, { readingId: r.id, bytes: new TextEncoder().encode(r.text), contentType: null, label: r.id });
  /** Stored as a bulk import stores it: analysed, out of the index and of stories until the batch is grouped. */
  const store = (r: Reading): void => storage.transaction(() => {
    insert(r);
    storage.relate.saveFeatures(r.id, analyze(r), { index: false });
  });
  /** Added one at a time, as a single `add` does. */
  const add = (r: Reading): void => void storage.transaction(() => {
    insert(r);
    relateNewReading(storage.relate, r, analyze(r), DEFAULT_RELATE, newStoryId);
  });
  const group = (partBudget?: number, planner?: BatchPlanner) => groupUngrouped(storage, DEFAULT_RELATE, { newStoryId, now: new Date('2026-12-01T00:00:00Z'), partBudget, planner });
  const grouping = (): string[][] => {
    const byStory = new Map<string, string[]>();
    for (const r of storage.readings.iterate({})) {
      const story = storage.relate.storyOf(r.id)!;
      byStory.set(story, [...(byStory.get(story) ?? []), r.id].sort());
    }
    return [...byStory.values()].sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  };
  return { path, storage, store, add, group, grouping };
}

describe('groupUngrouped', () => {
  it('groups a bulk import as one batch: stories by event, copies under the earliest published, kept out of the index', async () => {
    const { storage, store, group, grouping } = await library('batch.db');
    for (const r of BATCH) store(r);
    expect(storage.relate.countUngrouped()).toBe(5);
    expect(group()).toEqual({ readings: 5, newStories: 2, joined: 0 });
    expect(grouping()).toEqual([['f-first', 'f-second'], ['k-copy', 'k-retold', 'k-wire']]);
    expect(storage.relate.countUngrouped()).toBe(0);
    expect(storage.relate.membership('k-copy')).toMatchObject({ duplicateOf: 'k-wire' });
    expect(storage.relate.membership('k-wire')).toMatchObject({ duplicateOf: null });
    expect(storage.relate.membership('k-retold')).toMatchObject({ duplicateOf: null });
    // The copy stands in the index through its original: four of the five readings are candidates.
    expect(storage.relate.docCount()).toBe(4);
    const kazakhstan = storage.relate.story(storage.relate.storyOf('k-wire')!)!;
    expect(kazakhstan).toMatchObject({ size: 3, copies: 1, firstDay: '2022-01-11', lastDay: '2022-01-11' });
    expect([...kazakhstan.outlets].sort()).toEqual(['AP', 'Press TV', 'Reuters']);
    expect(storage.relate.membership('k-retold')!.affinity).toBeGreaterThan(0);
    storage.close();
  });

  it('does not post the copies a plan made in this thread found: nothing is posted only to be taken out again', async () => {
    const { storage, store, group } = await library('unposted.db');
    for (const r of BATCH) store(r);
    const posted: string[] = [];
    const putInIndex = storage.relate.putInIndex.bind(storage.relate);
    storage.relate.putInIndex = (readings) => {
      posted.push(...readings.map((r) => r.id));
      putInIndex(readings);
    };
    group(undefined, inProcessPlanner);
    expect(posted.sort()).toEqual(['f-first', 'f-second', 'k-retold', 'k-wire']);
    expect(storage.relate.docCount()).toBe(4);
    storage.close();
  });

  it('gives the same stories whatever order the batch was stored in', async () => {
    const forward = await library('forward.db');
    for (const r of BATCH) forward.store(r);
    forward.group();
    const backward = await library('backward.db');
    for (const r of [...BATCH].reverse()) backward.store({ ...r, createdAt: '2026-11-30T11:00:00Z' });
    backward.group();
    expect(backward.grouping()).toEqual(forward.grouping());
    expect(backward.storage.relate.membership('k-copy')).toMatchObject({ duplicateOf: 'k-wire' });
    forward.storage.close();
    backward.storage.close();
  });

  it("puts a batch's readings into the library's stories, which keep their ids and members", async () => {
    const { storage, add, store, group, grouping } = await library('joins.db');
    add(BATCH[1]!); // k-wire -> story-1
    add(BATCH[3]!); // f-first -> story-2
    expect(storage.relate.storyOf('k-wire')).toBe('story-1');
    for (const r of [BATCH[0]!, BATCH[2]!, BATCH[4]!]) store(r);
    expect(group()).toEqual({ readings: 3, newStories: 0, joined: 3 });
    expect(grouping()).toEqual([['f-first', 'f-second'], ['k-copy', 'k-retold', 'k-wire']]);
    expect(storage.relate.storyOf('k-retold')).toBe('story-1');
    expect(storage.relate.storyOf('f-second')).toBe('story-2');
    expect(storage.relate.membership('k-copy')).toMatchObject({ storyId: 'story-1', duplicateOf: 'k-wire' });
    expect(storage.relate.story('story-1')).toMatchObject({ size: 3, copies: 1 });
    expect(storage.relate.story('story-2')).toMatchObject({ size: 2, copies: 0 });
    storage.close();
  });

  it('plans in a worker thread what it plans in this one: same stories, ids, copies and index, joining the library', async () => {
    const results = [];
    for (const planner of [inProcessPlanner, builtWorkerPlanner()]) {
      const { storage, add, store, group, grouping } = await library(`joins-${results.length}.db`);
      add(BATCH[1]!); // k-wire -> story-1
      add(BATCH[3]!); // f-first -> story-2
      for (const r of [BATCH[0]!, BATCH[2]!, BATCH[4]!]) store(r);
      const counts = group(undefined, planner);
      await planner.close();
      results.push({
        counts,
        grouping: grouping(),
        members: BATCH.map((r) => storage.relate.membership(r.id)),
        stories: ['story-1', 'story-2'].map((id) => storage.relate.story(id)),
        docCount: storage.relate.docCount(),
        candidates: BATCH.map((r) => storage.relate.candidates(storage.relate.features([r.id]).get(r.id)!, { limit: 10 }).sort()),
      });
      storage.close();
    }
    expect(results[0]!.counts).toEqual({ readings: 3, newStories: 0, joined: 3 });
    expect(results[0]!.docCount).toBe(4);
    expect(results[0]!.members.find((m) => m!.readingId === 'k-copy')).toMatchObject({ storyId: 'story-1', duplicateOf: 'k-wire' });
    expect(results[1]).toEqual(results[0]);
  });

  it('plans a new batch in a worker thread as in this one, taking its word-for-word copy out of the index it was posted into', async () => {
    const results = [];
    for (const planner of [inProcessPlanner, builtWorkerPlanner()]) {
      const { storage, store, group, grouping } = await library(`new-${results.length}.db`);
      for (const r of BATCH) store(r);
      const counts = group(undefined, planner);
      await planner.close();
      const wire = storage.relate.features(['k-wire']).get('k-wire')!;
      results.push({ counts, grouping: grouping(), members: BATCH.map((r) => storage.relate.membership(r.id)), docCount: storage.relate.docCount(), story: storage.relate.story('story-1'), candidates: storage.relate.candidates(wire, { limit: 10 }).sort() });
      storage.close();
    }
    expect(results[0]).toMatchObject({ counts: { readings: 5, newStories: 2, joined: 0 }, docCount: 4 });
    expect(results[0]!.candidates).toContain('k-retold');
    expect(results[0]!.candidates).not.toContain('k-copy');
    expect(results[1]).toEqual(results[0]);
  });

  it('groups a batch too large for one part in parts, each joining the stories of the parts before', async () => {
    const { storage, store, group, grouping } = await library('parts.db');
    for (const r of BATCH) store({ ...r, createdAt: r.publishedAt! });
    // A budget of one unit: every reading is a part of its own, stored order (the wire first).
    expect(group(1)).toEqual({ readings: 5, newStories: 2, joined: 3 });
    expect(grouping()).toEqual([['f-first', 'f-second'], ['k-copy', 'k-retold', 'k-wire']]);
    expect(storage.relate.membership('k-copy')).toMatchObject({ duplicateOf: 'k-wire' });
    expect(storage.relate.docCount()).toBe(4);
    storage.close();
  });

  it('does nothing when every reading is in a story', async () => {
    const { storage, add, group } = await library('none.db');
    add(BATCH[1]!);
    expect(group()).toEqual({ readings: 0, newStories: 0, joined: 0 });
    expect(storage.relate.story('story-1')).toMatchObject({ size: 1 });
    storage.close();
  });

  it('groups only the leftovers stored before a time when asked: an import under way groups its own', async () => {
    const { storage, store } = await library('before.db');
    for (const r of BATCH.slice(0, 3)) store({ ...r, createdAt: '2026-11-30T10:00:00Z' });
    for (const r of BATCH.slice(3)) store({ ...r, createdAt: '2026-11-30T12:00:00Z' });
    expect(storage.relate.countUngrouped('2026-11-30T11:00:00Z')).toBe(3);
    expect(groupUngrouped(storage, DEFAULT_RELATE, { storedBefore: '2026-11-30T11:00:00Z' })).toMatchObject({ readings: 3, newStories: 1 });
    expect(storage.relate.countUngrouped()).toBe(2);
    expect(storage.relate.storyOf('f-first')).toBeNull();
    expect(storage.relate.storyOf('k-retold')).toBe(storage.relate.storyOf('k-wire'));
    storage.close();
  });

  it('`watch` (and the server\'s scheduler) groups leftovers ten minutes old in the background', async () => {
    const { storage, store, grouping } = await library('leftovers.db');
    for (const r of BATCH) store({ ...r, createdAt: '2026-11-30T10:00:00Z' });
    const fetch = { allowPrivate: false, connectTimeoutMs: 1000, totalTimeoutMs: 1000, maxBytes: 1e6, maxRedirects: 1, userAgent: 'test' };
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 300);
    let grouped = 0;
    await watchFeeds({ storage, fetch, pool: inProcessPool(), now: () => new Date('2026-11-30T10:05:00Z') }, {
      signal: controller.signal,
      maxSleepMs: 1,
      onLeftovers: (n) => {
        grouped = n;
      },
    });
    expect(grouped).toBe(0);
    expect(storage.relate.countUngrouped()).toBe(5); // five minutes old: an import may still be running
    const later = new AbortController();
    await watchFeeds({ storage, fetch, pool: inProcessPool(), now: () => new Date('2026-11-30T10:11:00Z') }, {
      signal: later.signal,
      maxSleepMs: 1,
      onLeftovers: (n) => {
        grouped = n;
        later.abort();
      },
    });
    expect(grouped).toBe(5);
    expect(grouping()).toEqual([['f-first', 'f-second'], ['k-copy', 'k-retold', 'k-wire']]);
    storage.close();
  });

  it('leaves to another writer the readings it grouped meanwhile (a scheduler beside an import): every reading in one story, sizes right', async () => {
    const { path, storage, store, grouping } = await library('race.db');
    for (const r of BATCH) store(r);
    const other = openStorage(path);
    let raced = false;
    const result = groupUngrouped(storage, DEFAULT_RELATE, {
      onProgress: () => {
        if (raced) return;
        raced = true;
        expect(groupUngrouped(other, DEFAULT_RELATE, {}).readings).toBe(5);
      },
    });
    expect(raced).toBe(true);
    expect(result.readings).toBe(0);
    expect(grouping()).toEqual([['f-first', 'f-second'], ['k-copy', 'k-retold', 'k-wire']]);
    expect(storage.relate.story(storage.relate.storyOf('k-wire')!)).toMatchObject({ size: 3, copies: 1 });
    expect(storage.relate.docCount()).toBe(4);
    other.close();
    storage.close();
  });
});

describe('groupUngrouped beside other writers', () => {
  /** The in-process planner, with `duringPlan` run once, where the writer waits for a worker's plan: after its posting. */
  const plannerWith = (duringPlan: () => void): BatchPlanner => {
    let ran = false;
    return {
      start(request, onProgress) {
        const plan = inProcessPlanner.start(request, onProgress);
        return {
          poll: () => {
            if (ran) return;
            ran = true;
            duringPlan();
          },
          wait: () => plan.wait(),
          made: () => null,
        };
      },
      close: async () => {},
    };
  };

  it('leaves the library to other writers while its plan is made: a write that does not wait goes through', async () => {
    const { path, storage, store, group, grouping } = await library('turns.db');
    for (const r of BATCH) store(r);
    const other = openStorage(path, { busyTimeoutMs: 0 });
    let read: Reading | null = null;
    expect(group(undefined, plannerWith(() => {
      read = other.transaction(() => other.readings.markRead('f-first', '2026-12-01T00:00:00Z'));
    }))).toMatchObject({ readings: 5, newStories: 2 });
    expect(read).toMatchObject({ id: 'f-first', readCount: 1 });
    expect(grouping()).toEqual([['f-first', 'f-second'], ['k-copy', 'k-retold', 'k-wire']]);
    other.close();
    storage.close();
  });

  it('plans a part again when a reading of it was deleted meanwhile, and writes no membership for it', async () => {
    const { path, storage, store, group, grouping } = await library('deleted.db');
    // An id the CLI could name (hex), for the reading another writer deletes.
    const doomed = 'f5ec0000-0000-4000-8000-000000000002';
    for (const r of BATCH) store(r.id === 'f-second' ? { ...r, id: doomed } : r);
    const other = openStorage(path);
    expect(group(undefined, plannerWith(() => deleteReadingEverywhere(other, doomed)))).toMatchObject({ readings: 4 });
    expect(grouping()).toEqual([['f-first'], ['k-copy', 'k-retold', 'k-wire']]);
    expect(storage.relate.docCount()).toBe(3); // f-first, k-wire, k-retold: the copy is out, the deleted reading's postings gone
    other.close();
    storage.close();
  });
});

describe('regrouping recent stories in the background', () => {
  it('`watch` regroups the last week\'s stories as a whole, once, leaving older stories and readings in no story alone', async () => {
    const { storage, store, add, grouping } = await library('consolidate.db');
    const floods = BATCH.find((r) => r.id === 'f-first')!;
    add({ ...floods, id: 'f-old', publishedAt: '2021-12-20T10:00:00Z' });
    // Regrouped as a whole before (else the regrouping reaches back to it: the next test).
    storage.transaction(() => storage.relate.clearOneAtATimeJoins());
    for (const r of BATCH) add(r);
    store({ ...BATCH.find((r) => r.id === 'k-retold')!, id: 'k-late', publishedAt: '2022-01-11T18:00:00Z' });
    // A reading that joined the wrong story when it came, as one-at-a-time assignment sometimes does.
    const wrong = storage.relate.storyOf('k-wire')!;
    const before = storage.relate.storyOf('f-second')!;
    const misplace = (): void => storage.transaction(() => storage.relate.setMembership({ readingId: 'f-second', storyId: wrong, affinity: 0, duplicateOf: null, duplicateSimilarity: null }));
    misplace();
    const oldStory = storage.relate.storyOf('f-old');

    const fetch = { allowPrivate: false, connectTimeoutMs: 1000, totalTimeoutMs: 1000, maxBytes: 1e6, maxRedirects: 1, userAgent: 'test' };
    const results: { since: string; readings: number; changed: number }[] = [];
    /** A watch that looks at the schedule for `ms`, its clock at `at`. */
    const watch = async (ms: number, at: string, options: { consolidateEveryMs?: number } = {}): Promise<void> => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), ms);
      await watchFeeds({ storage, fetch, pool: inProcessPool(), now: () => new Date(at) }, {
        signal: controller.signal,
        maxSleepMs: 1,
        ...options,
        onConsolidated: (r) => results.push({ since: r.since, readings: r.readings, changed: r.changed }),
      });
    };
    // READINGS_REGROUP_EVERY_MINUTES=0: never.
    await watch(100, '2022-01-12T08:00:00Z', { consolidateEveryMs: 0 });
    expect(results).toEqual([]);
    expect(storage.relate.storyOf('f-second')).toBe(wrong);
    await watch(400, '2022-01-12T08:00:00Z');
    // Once in the hour however many looks; the five grouped readings of the week, one of which moves.
    expect(results).toEqual([{ since: '2022-01-05', readings: 5, changed: 1 }]);
    expect(storage.relate.storyOf('f-second')).toBe(before);
    expect(storage.relate.storyOf('f-old')).toBe(oldStory);
    expect(storage.relate.storyOf('k-late')).toBeNull();
    expect(grouping().filter((g) => !g.includes('k-late'))).toEqual([['f-first', 'f-second'], ['f-old'], ['k-copy', 'k-retold', 'k-wire']]);
    expect(storage.relate.story(wrong)!.size).toBe(3);
    // The time is kept in the library: a watch started again within the hour (or the server, or a refresh from cron) waits for it.
    expect(storage.relate.lastBackgroundRegroup()).toEqual({ at: '2022-01-12T08:00:00.000Z', readings: 7 });
    misplace();
    add({ ...floods, id: 'f-third', publishedAt: '2022-01-11T12:00:00Z' });
    await watch(200, '2022-01-12T08:30:00Z');
    expect(results).toHaveLength(1);
    expect(storage.relate.storyOf('f-second')).toBe(wrong);
    storage.close();
  });
});

describe('regrouping readings joined one at a time', () => {
  const HOUR = 60 * 60_000;

  it('counts the readings joined one at a time, not those of a batch nor copies, until a regrouping takes them in', async () => {
    const { storage, store, add, group } = await library('joins-counted.db');
    for (const r of BATCH.filter((r) => r.id.startsWith('f-'))) store(r);
    group();
    expect(storage.relate.oneAtATimeJoins()).toEqual({ readings: 0, earliestDay: null });
    // k-copy copies k-wire word for word: it joins its original's story without being scored.
    for (const id of ['k-wire', 'k-copy', 'k-retold']) add(BATCH.find((r) => r.id === id)!);
    expect(storage.relate.oneAtATimeJoins()).toEqual({ readings: 2, earliestDay: '2022-01-11' });
    regroup(storage, DEFAULT_RELATE, null, { now: new Date('2022-01-12T08:00:00Z') });
    expect(storage.relate.oneAtATimeJoins()).toEqual({ readings: 0, earliestDay: null });
    storage.close();
  });

  it('regroups before the hour once they are a quarter of the library, reaching back to the earliest of them', async () => {
    const { storage, add, grouping } = await library('joins-growth.db');
    const [first, ...rest] = BATCH;
    add(first!);
    const at = (iso: string): Promise<unknown> => regroupRecent({ storage, relate: DEFAULT_RELATE }, new Date(iso), HOUR);
    // The first time: nothing regrouped yet, so it is due.
    expect(await at('2022-01-12T08:00:00Z')).toMatchObject({ readings: 1 });
    expect(storage.relate.lastBackgroundRegroup()).toEqual({ at: '2022-01-12T08:00:00.000Z', readings: 1 });
    // Four more readings, one at a time, within the hour (more than a quarter of the library of one): due.
    for (const r of rest) add(r);
    const second = await at('2022-01-12T08:10:00Z');
    expect(second).toMatchObject({ since: '2022-01-05', readings: 5 });
    expect(grouping()).toEqual([['f-first', 'f-second'], ['k-copy', 'k-retold', 'k-wire']]);
    // A reading of last year, one at a time: a fifth of the library is not due within the hour; the regrouping
    // then reaches back to its day, beyond the last week.
    const floods = BATCH.find((r) => r.id === 'f-first')!;
    add({ ...floods, id: 'f-last-year', publishedAt: '2021-01-10T10:00:00Z' });
    expect(await at('2022-01-12T08:20:00Z')).toBeNull();
    add({ ...BATCH.find((r) => r.id === 'f-second')!, id: 'f-last-year-2', publishedAt: '2021-01-11T10:00:00Z' });
    expect(storage.relate.oneAtATimeJoins()).toEqual({ readings: 2, earliestDay: '2021-01-10' });
    expect(await at('2022-01-12T08:30:00Z')).toMatchObject({ since: '2021-01-10', readings: 7 });
    expect(storage.relate.oneAtATimeJoins()).toEqual({ readings: 0, earliestDay: null });
    expect(storage.relate.storyOf('f-last-year')).toBe(storage.relate.storyOf('f-last-year-2'));
    expect(storage.relate.storyOf('f-last-year')).not.toBe(storage.relate.storyOf('f-first'));
    // Nothing new: not due, even after the hour.
    expect(await at('2022-01-12T10:00:00Z')).toBeNull();
    storage.close();
  });
});

describe('regroup beside other writers', () => {
  it('writes nothing for a reading deleted while it grouped, and refuses to undo a merge made meanwhile', async () => {
    const { storage, add, grouping } = await library('regroup-race.db');
    // An id the CLI could name (hex), for the reading another writer deletes.
    const doomed = 'f5ec0000-0000-4000-8000-000000000002';
    for (const r of BATCH) add(r.id === 'f-second' ? { ...r, id: doomed } : r);
    const analyze = await loadAnalyzer();
    let deleted = false;
    const result = regroup(storage, DEFAULT_RELATE, analyze, {
      grouping: () => {
        if (deleted) return;
        deleted = true;
        deleteReadingEverywhere(storage, doomed);
      },
    });
    expect(deleted).toBe(true);
    expect(result.readings).toBe(5);
    expect(grouping()).toEqual([['f-first'], ['k-copy', 'k-retold', 'k-wire']]);
    expect(storage.relate.story(storage.relate.storyOf('f-first')!)!.size).toBe(1);

    let merged = false;
    expect(() =>
      regroup(storage, DEFAULT_RELATE, analyze, {
        grouping: () => {
          if (merged) return;
          merged = true;
          mergeStories(storage, storage.relate.storyOf('k-wire')!, storage.relate.storyOf('f-first')!);
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'library_busy' }));
    // The merge stands: one story of four.
    expect(grouping()).toEqual([['f-first', 'k-copy', 'k-retold', 'k-wire']]);
    storage.close();
  });
});
