import { parseSinceDay } from '../../service/since.js';
import { listStories, showStory, storyFilter } from '../../service/stories.js';
import { storyComparison, storySummary } from '../../service/summaries.js';
import type { Storage } from '../../store/storage.js';
import { storyView, type StoryData } from './story-view.js';
import { storiesView } from './stories-view.js';
import { guarded, renderPage, type PagesApp } from './respond.js';

const STORIES_PER_PAGE = 30;

export function loadStory(storage: Storage, id: string): StoryData {
  const view = showStory(storage, id);
  const usable = view.members.some((m) => m.reading.extractionStatus === 'ok');
  const comparison = usable && view.story.size > 1 ? storyComparison(storage, view.story.id) : null;
  return {
    view,
    summary: usable ? storySummary(storage, view.story.id).summary : null,
    report: comparison?.report ?? null,
    silentOf: comparison?.silentOf ?? (() => []),
  };
}

export function registerStories(app: PagesApp): void {
  app.get('/stories', (c) => guarded(c, () => {
    const pageNo = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const since = (c.req.query('since') ?? '').trim().slice(0, 40);
    const day = since ? parseSinceDay(since, `since ${since}`, c.var.deps.now?.()) : null;
    // A hand-edited count that is no number shows every story rather than an error page.
    const minOutlets = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('outlets') ?? '1', 10) || 1));
    const { total, stories } = listStories(c.var.storage, storyFilter(day, minOutlets), { limit: STORIES_PER_PAGE, offset: (pageNo - 1) * STORIES_PER_PAGE });
    return renderPage(c, 'stories', 'Stories', storiesView({ stories, total, page: pageNo, pageSize: STORIES_PER_PAGE, since, day, minOutlets }));
  }));

  app.get('/stories/:id', (c) => guarded(c, () => {
    const data = loadStory(c.var.storage, c.req.param('id'));
    return renderPage(c, 'stories', data.view.story.title || 'Story', storyView(data));
  }));
}
