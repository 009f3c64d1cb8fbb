import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isReadingsError, ReadingsError } from '../../domain/errors.js';
import { FULL_TEXT_MODES, type FullTextMode } from '../../feeds/full-text.js';
import { toFailure } from '../../service/failure.js';
import { feedDepsOf, type FeedDeps } from '../../service/feeds/deps.js';
import { addFeed, exportOpml, importOpmlBytes, refreshSoon, removeFeed, requireFeed } from '../../service/feeds/subscribe.js';
import type { AppDeps } from '../context.js';
import { nowOf } from '../context.js';
import { queryString } from './components.js';
import { EMPTY_SUBSCRIBE, feedsView, type FeedsNotice, type SubscribeForm } from './feeds-view.js';
import { formChecked, formField, type FormBody } from './form-body.js';
import { guarded, renderPage, type PageContext, type PagesApp } from './respond.js';

function subscribeFormOf(body: FormBody): SubscribeForm {
  const mode = formField(body, 'fullText');
  return {
    url: formField(body, 'url').slice(0, 2000),
    title: formField(body, 'title').slice(0, 300),
    category: formField(body, 'category').slice(0, 200),
    fullText: (FULL_TEXT_MODES as readonly string[]).includes(mode) ? (mode as FullTextMode) : 'auto',
    all: formChecked(body, 'all'),
  };
}

function validate(body: FormBody, form: SubscribeForm): void {
  const mode = formField(body, 'fullText');
  if (!form.url.trim()) throw new ReadingsError('invalid_argument', 'give the address of a site or of a feed', 'url');
  if (mode && !(FULL_TEXT_MODES as readonly string[]).includes(mode)) {
    throw new ReadingsError('invalid_argument', `full text must be one of ${FULL_TEXT_MODES.join(', ')}`, mode);
  }
}

async function uploadedOpml(body: FormBody): Promise<{ bytes: Uint8Array; label: string }> {
  const file = body.opml;
  if (!(file instanceof File) || (file.size === 0 && !file.name)) throw new ReadingsError('empty_input', 'choose an OPML file to upload', 'file');
  return { bytes: new Uint8Array(await file.arrayBuffer()), label: file.name || 'uploaded file' };
}

/** The notice a redirect after refresh or remove asks for, from ids and counts only (never text from the URL). */
function redirectNotice(query: Record<string, string | undefined>, deps: FeedDeps): FeedsNotice | null {
  const id = (name: string): number | null => (/^\d{1,15}$/.test(query[name] ?? '') ? Number(query[name]) : null);
  const refreshed = id('refreshed');
  if (refreshed !== null) {
    const feed = deps.storage.feeds.get(refreshed);
    return feed ? { kind: 'refreshed', feed, reenabled: query.enabled === '1' } : null;
  }
  const removed = id('removed');
  if (removed !== null) return { kind: 'removed', id: removed, deletedReadings: id('deleted') ?? 0, kept: query.kept === '1' };
  return null;
}

/** GET /feeds, GET /feeds.opml, POST /feeds (subscribe), /feeds/import, /feeds/:id/refresh, /feeds/:id/remove. */
export function registerFeeds(app: PagesApp, deps: AppDeps): void {
  const feedDeps = (c: PageContext): FeedDeps => feedDepsOf(deps.config, c.var.storage, deps.now);

  const show = (c: PageContext, notice: FeedsNotice | null, form: SubscribeForm = EMPTY_SUBSCRIBE, status: ContentfulStatusCode = 200): Response => {
    const data = {
      feeds: c.var.storage.feeds.list(),
      now: nowOf(deps),
      scheduled: Boolean(deps.feeds),
      csrfToken: c.var.csrfToken,
      form,
      notice,
    };
    const title = notice?.kind === 'subscribe_failed' ? 'Could not subscribe' : notice?.kind === 'import_failed' ? 'Could not import' : 'Feeds';
    return renderPage(c, 'feeds', title, feedsView(data), status);
  };

  app.get('/feeds', (c) => show(c, redirectNotice(c.req.query(), feedDeps(c))));

  app.get('/feeds.opml', (c) => {
    c.header('content-type', 'text/x-opml; charset=utf-8');
    c.header('content-disposition', 'attachment; filename="readings-feeds.opml"');
    c.header('cache-control', 'no-store');
    return c.body(exportOpml(feedDeps(c)));
  });

  app.post('/feeds', async (c) => {
    const body = (await c.req.parseBody()) as FormBody;
    const form = subscribeFormOf(body);
    try {
      validate(body, form);
      const result = await addFeed(form.url, { category: form.category, title: form.title, fullText: form.fullText, all: form.all }, feedDeps(c));
      if (result.added.length) deps.feeds?.wake();
      const problems = result.problems.map((p) => toFailure(p, form.url));
      return show(c, { kind: 'subscribed', added: result.added, existing: result.existing, candidates: result.candidates, problems, all: form.all });
    } catch (error) {
      if (!isReadingsError(error)) throw error;
      return show(c, { kind: 'subscribe_failed', failure: toFailure(error, form.url) }, form, 422);
    }
  });

  app.post('/feeds/import', async (c) => {
    const body = (await c.req.parseBody()) as FormBody;
    try {
      const { bytes, label } = await uploadedOpml(body);
      const result = importOpmlBytes(bytes, label, feedDeps(c));
      if (result.added.length) deps.feeds?.wake();
      const nothing = result.added.length === 0 && result.skipped.length === 0;
      return show(c, { kind: 'imported', label, ...result }, EMPTY_SUBSCRIBE, nothing ? 422 : 200);
    } catch (error) {
      if (!isReadingsError(error)) throw error;
      return show(c, { kind: 'import_failed', failure: toFailure(error, 'OPML file') }, EMPTY_SUBSCRIBE, 422);
    }
  });

  app.post('/feeds/:id/refresh', (c) => guarded(c, () => {
    const fd = feedDeps(c);
    const feed = requireFeed(fd, c.req.param('id'));
    refreshSoon(fd, feed);
    deps.feeds?.wake();
    return c.redirect(`/feeds${queryString({ refreshed: feed.id, enabled: feed.status === 'disabled' ? 1 : null })}`, 303);
  }));

  app.post('/feeds/:id/remove', (c) => guarded(c, async () => {
    const body = (await c.req.parseBody()) as FormBody;
    const fd = feedDeps(c);
    const feed = requireFeed(fd, c.req.param('id'));
    const keep = formChecked(body, 'keep');
    const { deletedReadings } = await removeFeed(fd, feed, keep);
    return c.redirect(`/feeds${queryString({ removed: feed.id, deleted: keep ? null : deletedReadings, kept: keep ? 1 : null })}`, 303);
  }));
}
