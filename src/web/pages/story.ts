import { parseSinceDay } from '../../service/since.js';
import { nowOf } from '../context.js';
import { listStories, mergeStories, showStory, splitStory, storyFilter } from '../../service/stories.js';
import { relatedStories } from '../../service/similar.js';
import type { RelateSettings } from '../../service/relate-reading.js';
import { queryString, storyHref } from './components.js';
import { formField, type FormBody } from './form-body.js';
import { storyComparison, storySummary } from '../../service/summaries.js';
import type { Storage } from '../../store/storage.js';
import { storyView, type StoryData } from './story-view.js';
import { storiesView } from './stories-view.js';
import { guarded, renderPage, type PagesApp } from './respond.js';

const STORIES_PER_PAGE = 30;

export function loadStory(storage: Storage, id: string, settings: RelateSettings, csrfToken: string, notice: StoryData['notice'] = null): StoryData {
  const view = showStory(storage, id);
  const usable = view.members.some((m) => m.reading.extractionStatus === 'ok');
  const comparison = usable && view.story.size > 1 ? storyComparison(storage, view.story.id) : null;
  return {
    view,
    summary: usable ? storySummary(storage, view.story.id).summary : null,
    report: comparison?.report ?? null,
    silentOf: comparison?.silentOf ?? (() => []),
    related: relatedStories(storage, view.story.id, settings),
    csrfToken,
    notice,
  };
}

/** The notice a correction's redirect asks for: fixed words, and a story looked up by its id (never text from the URL). */
function correctionNotice(storage: Storage, query: Record<string, string | undefined>): StoryData['notice'] {
  if (query.done === 'merged') return { text: 'Merged: the other story’s readings are in this one now.' };
  if (query.done !== 'split') return null;
  const to = query.to ? storage.relate.story(query.to) : null;
  return { text: 'Moved to a story of its own:', ...(to ? { link: { href: storyHref(to.id), text: to.title || 'Untitled' } } : {}) };
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
    const storage = c.var.storage;
    const data = loadStory(storage, c.req.param('id'), c.var.deps.config.relate, c.var.csrfToken, correctionNotice(storage, c.req.query()));
    return renderPage(c, 'stories', data.view.story.title || 'Story', storyView(data));
  }));

  app.post('/stories/:id/merge', (c) => guarded(c, async () => {
    const body = (await c.req.parseBody()) as FormBody;
    const merged = mergeStories(c.var.storage, c.req.param('id'), formField(body, 'story'), nowOf(c.var.deps));
    return c.redirect(`${storyHref(merged.id)}?done=merged`, 303);
  }));

  app.post('/stories/:id/split', (c) => guarded(c, async () => {
    const body = (await c.req.parseBody()) as FormBody;
    const { from, to } = splitStory(c.var.storage, c.req.param('id'), [formField(body, 'reading')], nowOf(c.var.deps));
    return c.redirect(`${storyHref(from.id)}${queryString({ done: 'split', to: to.id })}`, 303);
  }));
}
