import { describe, expect, it } from 'vitest';
import { assignStory, DEFAULT_LINK_CAP, storyAffinities } from './assign-story.js';

describe('assignStory', () => {
  const sizes = new Map([['big', 10], ['pair', 2]]);
  const size = (id: string) => sizes.get(id) ?? 0;

  it('uses the average link: the sum of similarities over the story size', () => {
    const scored = [
      { id: 'a', score: 0.6, storyId: 'big' },
      { id: 'b', score: 0.5, storyId: 'big' },
      { id: 'c', score: 0.4, storyId: 'pair' },
    ];
    const aff = storyAffinities(scored, size);
    expect(aff.get('big')).toBeCloseTo(0.11);
    expect(aff.get('pair')).toBeCloseTo(0.2);
    expect(assignStory(scored, size, { threshold: 0.1 })).toEqual({ storyId: 'pair', affinity: 0.2 });
  });

  it('starts a new story below the threshold, and skips excluded stories', () => {
    const scored = [{ id: 'c', score: 0.4, storyId: 'pair' }];
    expect(assignStory(scored, size, { threshold: 0.3 }).storyId).toBe('new');
    expect(assignStory(scored, size, { threshold: 0.1, excluded: (s) => s === 'pair' }).storyId).toBe('new');
  });
});

describe('assignStory with link scores and the default cap', () => {
  it('compares the length-normalized link, not the raw score, with the threshold', () => {
    const scored = [{ id: 'a', score: 0.1, storyId: 's', link: 0.4 }];
    expect(assignStory(scored, () => 1, { threshold: 0.3 }).storyId).toBe('s');
    expect(assignStory([{ id: 'a', score: 0.1, storyId: 's' }], () => 1, { threshold: 0.3 }).storyId).toBe('new');
  });

  it('divides by at most DEFAULT_LINK_CAP members, so a big story stays joinable', () => {
    const scored = Array.from({ length: DEFAULT_LINK_CAP }, (_, i) => ({ id: `m${i}`, score: 0.3, storyId: 'big' }));
    expect(assignStory(scored, () => 400, { threshold: 0.2 }).storyId).toBe('big');
    expect(assignStory(scored, () => 400, { threshold: 0.2, linkCap: Infinity }).storyId).toBe('new');
  });
});
