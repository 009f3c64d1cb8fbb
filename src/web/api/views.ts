import type { Reading } from '../../domain/types.js';
import { showReading } from '../../service/library.js';
import { toFullView, toListView, type ReadingFullView, type ReadingListView } from '../../service/reading-views.js';
import type { Storage } from '../../store/storage.js';
import { readingSourceView, type ReadingSourceView } from '../../service/feeds/feed-view.js';

export { toListView };

/** A reading in full, with the story it belongs to. */
export function fullReading(storage: Storage, idOrReading: string | Reading): ReadingFullView & { story: { id: string; title: string; size: number; outlets: string[]; unknownOutlets: number } | null; feeds: ReadingSourceView[] } {
  const { reading, original } = showReading(storage.readings, typeof idOrReading === 'string' ? idOrReading : idOrReading.id);
  const storyId = storage.relate.storyOf(reading.id);
  const story = storyId ? storage.relate.story(storyId) : null;
  return {
    ...toFullView(reading, original),
    story: story && { id: story.id, title: story.title, size: story.size, outlets: story.outlets, unknownOutlets: story.unknownOutlets },
    feeds: storage.feeds.sourcesOf(reading.id).map(readingSourceView),
  };
}

export type { ReadingListView };
