import { isReadingsError } from '../../domain/errors.js';
import { searchReadings, toFilter } from '../../service/library.js';
import type { ReadingSummary } from '../../domain/types.js';
import type { ReadingFilter } from '../../store/repository.js';
import type { Storage } from '../../store/storage.js';
import { libraryView, type LibraryData, type LibraryQuery, type LibraryRow } from './library-view.js';
import { guarded, renderPage, type PagesApp } from './respond.js';
import { knowsOutlets, outletCount } from '../../service/story-outlets.js';

export const PAGE_SIZE = 50;
const MAX_PAGE = 10_000;

const text = (value: string | undefined, max = 200): string => (value ?? '').trim().slice(0, max);

export function parseLibraryQuery(params: Record<string, string | undefined>): LibraryQuery {
  const page = Number.parseInt(params.page ?? '1', 10);
  return {
    q: text(params.q, 500),
    source: text(params.source),
    category: text(params.category),
    since: text(params.since, 40),
    state: params.state === 'unread' ? 'unread' : 'all',
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The filters as the store takes them; a date that cannot be read is reported and left out. */
export function libraryFilter(q: LibraryQuery): { filter: ReadingFilter; error: string | null } {
  try {
    return { filter: toFilter({ source: q.source, category: q.category, since: q.since, unread: q.state === 'unread' }), error: null };
  } catch (error) {
    if (!isReadingsError(error)) throw error;
    const filter = toFilter({ source: q.source, category: q.category, unread: q.state === 'unread' });
    return { filter, error: `“${q.since}” is not a date the library understands (try 2022-01-14, yesterday or 7d); showing every date.` };
  }
}

/** Each reading's story, when it has other outlets' versions ("+4 outlets"). */
function storyOf(storage: Storage, r: ReadingSummary): LibraryRow['story'] {
  const id = storage.relate.storyOf(r.id);
  if (!id) return null;
  const story = storage.relate.story(id);
  if (!story || story.size < 2) return null;
  return { id: story.id, otherOutlets: knowsOutlets(story) ? outletCount(story) - 1 : 0, otherReadings: story.size - 1 };
}

/** One page of the library: a search (ranked) or the filtered list (newest first). Never more than a page is read. */
export function loadLibrary(storage: Storage, query: LibraryQuery): LibraryData {
  const { filter, error } = libraryFilter(query);
  const page = { limit: PAGE_SIZE + 1, offset: (query.page - 1) * PAGE_SIZE };
  let found: { reading: ReadingSummary; snippet: string | null }[];
  let total: number | null = null;
  if (query.q) {
    found = searchReadings(storage.readings, query.q, filter, page).map((h) => ({ reading: h.reading, snippet: h.snippet }));
  } else {
    found = storage.readings.list(filter, page).map((reading) => ({ reading, snippet: null }));
    total = storage.readings.count(filter);
  }
  const rows = found.slice(0, PAGE_SIZE).map((f) => ({ ...f, story: storyOf(storage, f.reading) }));
  return { query, rows, total, hasNext: found.length > PAGE_SIZE, pageSize: PAGE_SIZE, error };
}

/** The notices a reader page's changes send back with (a fixed word in the URL, never text from it). */
const DONE: Readonly<Record<string, string>> = { deleted: 'The reading was deleted.', unread: 'Marked as unread.' };

export function registerLibrary(app: PagesApp): void {
  app.get('/', (c) => guarded(c, () => {
    const query = parseLibraryQuery(c.req.query());
    const done = c.req.query('done');
    const data = { ...loadLibrary(c.var.storage, query), done: done && Object.hasOwn(DONE, done) ? DONE[done]! : null };
    const title = query.q ? `Search: ${query.q}` : 'Library';
    return renderPage(c, 'library', title, libraryView(data));
  }));
}
