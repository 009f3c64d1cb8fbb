import { describe, expect, it } from 'vitest';
import { formatDay } from '../cli/format.js';
import { storyDays } from './story-days.js';

describe('storyDays', () => {
  it('gives the publication days, one day once', () => {
    expect(storyDays({ firstDay: '2022-01-12', lastDay: '2022-01-14', updatedAt: '2026-12-03T10:00:00Z' }, formatDay)).toBe('Jan. 12, 2022 – Jan. 14, 2022');
    expect(storyDays({ firstDay: '2022-01-12', lastDay: '2022-01-12', updatedAt: '2026-12-03T10:00:00Z' }, formatDay)).toBe('Jan. 12, 2022');
  });

  it('says when an undated story last changed, the day lists sort it by', () => {
    expect(storyDays({ firstDay: null, lastDay: null, updatedAt: '2026-12-03T10:00:00Z' }, formatDay)).toBe('undated, updated Dec. 3, 2026');
  });
});
