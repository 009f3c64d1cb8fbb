import type { StoryRecord } from '../store/relate-store.js';

/**
 * A story's days as a reader sees them: the first and last days its readings
 * were published, or, when none carries a date, the day the story last
 * changed (lists sort such a story by it, so "—" would leave its place
 * unexplained).
 */
export function storyDays(story: Pick<StoryRecord, 'firstDay' | 'lastDay' | 'updatedAt'>, day: (iso: string) => string): string {
  if (!story.firstDay) return `undated, updated ${day(story.updatedAt)}`;
  if (!story.lastDay || story.firstDay === story.lastDay) return day(story.firstDay);
  return `${day(story.firstDay)} – ${day(story.lastDay)}`;
}
