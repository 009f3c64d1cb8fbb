import { describe, expect, it } from 'vitest';
import { assignStory, storyAffinities } from './assign-story.js';

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
