import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Reading } from '../../domain/types.js';
import { isReadingsError } from '../../domain/errors.js';
import { editReading, readReading, requireReading, showReading } from '../../service/library.js';
import { deleteReadingEverywhere } from '../../service/stories.js';
import { formField, type FormBody } from './form-body.js';
import { toFullView } from '../../service/reading-views.js';
import { similarReadings } from '../../service/similar.js';
import { readingSummary } from '../../service/summaries.js';
import type { Storage } from '../../store/storage.js';
import type { AppDeps } from '../context.js';
import { nowOf } from '../context.js';
import { readingHref } from './components.js';
import { readerView, type ReaderData } from './reader-view.js';
import { guarded, renderPage, type PageContext, type PagesApp } from './respond.js';

/** Seed 003's footer lists five similar readings. */
const SHOWN_SIMILAR = 5;
/** A reload within this many seconds is the same visit: it does not count another read. */
export const READ_WINDOW_SECONDS = 10 * 60;

const seenCookie = (id: string): string => `seen-${id}`;

/**
 * Counts a read, once per visit: the first view sets a short-lived cookie
 * scoped to this reading's path; views while it lives count nothing.
 */
function countRead(c: PageContext, storage: Storage, reading: Reading, now: Date): Reading {
  const user = c.var.user.id;
  if (getCookie(c, seenCookie(reading.id)) === user) return reading;
  const updated = readReading(storage.readings, reading.id, now);
  setCookie(c, seenCookie(reading.id), user, {
    path: readingHref(reading.id),
    maxAge: READ_WINDOW_SECONDS,
    httpOnly: true,
    sameSite: 'Lax',
    secure: new URL(c.req.url).protocol === 'https:',
  });
  return updated;
}

export function loadReader(storage: Storage, reading: Reading, deps: AppDeps, csrfToken: string, notice: ReaderData['notice'] = null): ReaderData {
  const { original } = showReading(storage.readings, reading.id);
  const view = toFullView(reading, original);
  const similar = similarReadings(storage, reading.id, SHOWN_SIMILAR, deps.config.relate);
  const summary = reading.extractionStatus === 'ok' ? readingSummary(storage, reading.id).summary : null;
  const storyId = storage.relate.storyOf(reading.id);
  const story = storyId ? storage.relate.story(storyId) : null;
  return { reading, original: view.original, similar: similar.items, summary, story: story && story.size > 1 ? story : null, sources: storage.feeds.sourcesOf(reading.id), csrfToken, notice };
}

/** The charset the original declared, else UTF-8. */
function charsetOf(contentType: string | null): string {
  const m = contentType ? /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType) : null;
  return m?.[1] ?? 'utf-8';
}

export function registerReader(app: PagesApp, deps: AppDeps): void {
  app.get('/readings/:id', (c) => guarded(c, () => {
    const storage = c.var.storage;
    const { reading } = showReading(storage.readings, c.req.param('id'));
    if (reading.id !== c.req.param('id')) return c.redirect(readingHref(reading.id), 301);
    const now = nowOf(deps);
    const counted = countRead(c, storage, reading, now);
    const notice = c.req.query('saved') === 'category' ? { kind: 'success' as const, text: 'Category saved.' } : null;
    return renderPage(c, 'library', counted.title || 'Untitled', readerView(loadReader(storage, counted, deps, c.var.csrfToken, notice)));
  }));

  app.post('/readings/:id/category', (c) => guarded(c, async () => {
    const storage = c.var.storage;
    const reading = requireReading(storage.readings, c.req.param('id'));
    const body = (await c.req.parseBody()) as FormBody;
    try {
      editReading(storage.readings, reading.id, { category: formField(body, 'category') }, nowOf(deps));
    } catch (error) {
      if (!isReadingsError(error) || error.code !== 'invalid_argument') throw error;
      const refused = { kind: 'error' as const, text: `The category was not changed: ${error.message}.` };
      return renderPage(c, 'library', reading.title || 'Untitled', readerView(loadReader(storage, reading, deps, c.var.csrfToken, refused)), 422);
    }
    return c.redirect(`${readingHref(reading.id)}?saved=category`, 303);
  }));

  // Back to the library, not to the reader page: viewing it again would count a read.
  app.post('/readings/:id/unread', (c) => guarded(c, () => {
    const reading = editReading(c.var.storage.readings, c.req.param('id'), { unread: true }, nowOf(deps));
    // The next visit is a read again.
    deleteCookie(c, seenCookie(reading.id), { path: readingHref(reading.id) });
    return c.redirect('/?done=unread', 303);
  }));

  app.post('/readings/:id/delete', (c) => guarded(c, () => {
    deleteReadingEverywhere(c.var.storage, c.req.param('id'), nowOf(deps));
    return c.redirect('/?done=deleted', 303);
  }));

  // The verbatim input, as plain text: never rendered as HTML, whatever it holds.
  app.get('/readings/:id/original', (c) => guarded(c, () => {
    const { reading, original } = showReading(c.var.storage.readings, c.req.param('id'));
    const bytes = original?.bytes ?? new Uint8Array();
    const download = c.req.query('download') !== undefined;
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'content-type': `text/plain; charset=${charsetOf(original?.contentType ?? null)}`,
      'content-disposition': `${download ? 'attachment' : 'inline'}; filename="reading-${reading.id}.txt"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "sandbox; default-src 'none'",
      'cache-control': 'private, no-store',
    });
  }));
}
