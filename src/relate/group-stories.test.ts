import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import type { Correction } from './constraints.js';
import { DEFAULT_SHARED_NEIGHBOURS, groupStories, neighbourhood, type GroupDoc, type StoryGroup } from './group-stories.js';
import { createNlp } from './nlp.js';
import { summarizeStory } from './story-summary.js';

const FIXTURE = resolve(__dirname, '../../fixtures/stories/two-earthquakes');

interface Row {
  id: string;
  title: string;
  text: string;
  outlet: string;
  publishedAt: string;
}

const nlp = createNlp();
const rows = readFileSync(join(FIXTURE, 'library.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const library: GroupDoc[] = rows.map((r) => ({ id: r.id, features: analyze({ ...r, language: 'en' }, { nlp }) }));
const expected = JSON.parse(readFileSync(join(FIXTURE, 'expected.json'), 'utf8')) as { stories: { members: string[]; title?: string }[] };

const membersOf = (groups: StoryGroup[]): string[][] => groups.map((g) => g.members).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

describe('groupStories on the golden library', () => {
  it('finds the expected stories: two earthquakes stay two events', () => {
    expect(membersOf(groupStories(library))).toEqual(expected.stories.map((s) => s.members).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('titles a story with its most representative headline and lists its outlets', () => {
    const chile = groupStories(library).find((g) => g.members.includes('q1'))!;
    const summary = summarizeStory(library.filter((d) => chile.members.includes(d.id)));
    expect(summary.title).toBe(expected.stories[0]!.title);
    expect(summary.outlets).toEqual(['Andes Wire', 'Pacific Daily', 'Santiago Post']);
    expect([summary.firstDay, summary.lastDay]).toEqual(['2024-03-04', '2024-03-05']);
  });

  it('does not depend on the order of the readings', () => {
    const reference = groupStories(library);
    fc.assert(
      fc.property(fc.shuffledSubarray(library, { minLength: library.length, maxLength: library.length }), (order) => {
        expect(groupStories(order)).toEqual(reference);
      }),
      { numRuns: 30 },
    );
  });

  it('is idempotent: regrouping a grouping keeps every story and its id', () => {
    const first = groupStories(library, { newStoryId: (m) => `s-${m.join('+')}` });
    const previous = new Map(first.flatMap((g) => g.members.map((id) => [id, g.id] as const)));
    expect(groupStories(library, { previous })).toEqual(first);
  });

  it('keeps a story’s id when a reading joins it', () => {
    const without = library.filter((d) => d.id !== 'q3');
    const before = groupStories(without, { newStoryId: () => 'chile' }).find((g) => g.members.includes('q1'))!;
    const previous = new Map(before.members.map((id) => [id, before.id] as const));
    const after = groupStories(library, { previous }).find((g) => g.members.includes('q1'))!;
    expect(after).toEqual({ id: 'chile', members: ['q1', 'q2', 'q3'] });
  });
});

describe('manual corrections survive a regroup', () => {
  it('merge: two stories the user merged stay one', () => {
    const groups = groupStories(library, { corrections: [{ kind: 'merge', readingIds: ['q1', 'q2', 'q3', 'j1', 'j2'] }] });
    expect(groups.find((g) => g.members.includes('q1'))!.members).toEqual(['j1', 'j2', 'q1', 'q2', 'q3']);
  });

  it('split: readings split out stay apart from the rest, and together', () => {
    const groups = groupStories(library, { corrections: [{ kind: 'split', apart: ['q3'], from: ['q1', 'q2'] }] });
    expect(groups.find((g) => g.members.includes('q1'))!.members).toEqual(['q1', 'q2']);
    expect(groups.find((g) => g.members.includes('q3'))!.members).toEqual(['q3']);
  });

  it('the later correction wins when two contradict', () => {
    const split: Correction = { kind: 'split', apart: ['q3'], from: ['q1', 'q2'] };
    const merge: Correction = { kind: 'merge', readingIds: ['q1', 'q2', 'q3'] };
    expect(groupStories(library, { corrections: [split, merge] }).find((g) => g.members.includes('q3'))!.members).toEqual(['q1', 'q2', 'q3']);
    expect(groupStories(library, { corrections: [merge, split] }).find((g) => g.members.includes('q3'))!.members).toEqual(['q3']);
  });
});

describe('shared-neighbour augmentation', () => {
  it('keeps the two earthquakes apart with or without it, and a split-out reading is not pulled into the other event', () => {
    const plain = membersOf(groupStories(library, { sharedNeighbours: false }));
    expect(membersOf(groupStories(library))).toEqual(plain);
    const groups = groupStories(library, { corrections: [{ kind: 'split', apart: ['q3'], from: ['q1', 'q2'] }] });
    expect(groups.find((g) => g.members.includes('q3'))!.members).toEqual(['q3']);
  });

  it('counts as neighbours the readings near a reading\'s best, not a crowded subject\'s other events further down', () => {
    // Reading 0's own story (1, 2) scores 0.6; six other events of its subject pass the threshold at 0.26.
    const candidates = { ids: [1, 2, 3, 4, 5, 6, 7, 8], scores: [0.6, 0.55, 0.26, 0.26, 0.26, 0.26, 0.26, 0.26] };
    const passes = (s: number): boolean => s >= 0.25;
    expect(neighbourhood(0, candidates, DEFAULT_SHARED_NEIGHBOURS, passes)).toEqual([0, 1, 2]);
    expect(neighbourhood(0, candidates, { ...DEFAULT_SHARED_NEIGHBOURS, relative: 0 }, passes)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // Where the story itself is told loosely, its readings stay neighbours, up to k.
    const loose = { ids: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], scores: [0.5, 0.45, 0.4, 0.35, 0.3, 0.3, 0.28, 0.27, 0.26, 0.25] };
    expect(neighbourhood(0, loose, DEFAULT_SHARED_NEIGHBOURS, passes)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
