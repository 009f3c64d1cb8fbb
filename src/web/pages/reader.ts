import { getCookie, setCookie } from 'hono/cookie';
import type { Reading } from '../../domain/types.js';
import { readReading, showReading } from '../../service/library.js';
import { toFullView } from '../../service/reading-views.js';
import { similarReadings } from '../../service/similar.js';
import { readingSummary } from '../../service/summaries.js';
import type { Storage } from '../../store/storage.js';
import type { AppDeps } from '../context.js';
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

export function loadReader(storage: Storage, reading: Reading, deps: AppDeps): ReaderData {
  const { original } = showReading(storage.readings, reading.id);
  const view = toFullView(reading, original);
  const similar = similarReadings(storage, reading.id, SHOWN_SIMILAR, deps.config.relate);
  const summary = reading.extractionStatus === 'ok' ? readingSummary(storage, reading.id).summary : null;
  const storyId = storage.relate.storyOf(reading.id);
  const story = storyId ? storage.relate.story(storyId) : null;
  return { reading, original: view.original, similar: similar.items, summary, story: story && story.size > 1 ? story : null, sources: storage.feeds.sourcesOf(reading.id) };
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
    const now = (deps.now ?? (() => new Date()))();
    const counted = countRead(c, storage, reading, now);
    return renderPage(c, 'library', counted.title || 'Untitled', readerView(loadReader(storage, counted, deps)));
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
