import type { ReadingSummary } from '../../domain/types.js';
import { notice, pager, queryString, readingHref, readingMeta, textAttributes, type StoryBadge } from './components.js';
import { plural } from './format.js';
import { html, snippetHtml, type Html } from './html.js';

/** The library's query string, parsed: search, filters, page. */
export interface LibraryQuery {
  q: string;
  source: string;
  category: string;
  since: string;
  state: 'all' | 'unread';
  page: number;
}

export interface LibraryRow {
  reading: ReadingSummary;
  /** Search snippet: escaped by the store, matches in <mark>. */
  snippet: string | null;
  /** The reading's story, when it holds other readings: "+4 outlets". */
  story: StoryBadge | null;
}

export interface LibraryData {
  query: LibraryQuery;
  rows: LibraryRow[];
  /** Readings matching the filters; null for a search (ranked, not counted). */
  total: number | null;
  hasNext: boolean;
  pageSize: number;
  /** A filter that could not be used, in plain words. */
  error: string | null;
  /** What a change made on a reader page did, once it sent the reader back here ("The reading was deleted."). */
  done?: string | null;
}

export const queryParams = (q: LibraryQuery): Record<string, string | null> => ({
  q: q.q || null,
  source: q.source || null,
  category: q.category || null,
  since: q.since || null,
  state: q.state === 'unread' ? 'unread' : null,
});

function filters(q: LibraryQuery): Html {
  const filtered = Boolean(q.source || q.category || q.since || q.state !== 'all');
  return html`<form class="filters" method="get" action="/" role="search" aria-label="Search and filter the library">
  <div class="search-row">
    <label for="q" class="visually-hidden">Search readings</label>
    <input id="q" name="q" type="search" value="${q.q}" placeholder="Search: words, &quot;a phrase&quot;, prefix*" autocomplete="off" accesskey="s">
    <button type="submit">Search</button>
  </div>
  <details class="filter-fields"${filtered ? html` open` : ''}>
    <summary>Filters${filtered ? ' (on)' : ''}</summary>
    <div class="field-row">
      <p class="field"><label for="source">Outlet</label><input id="source" name="source" value="${q.source}" placeholder="e.g. NHK World"></p>
      <p class="field"><label for="category">Category</label><input id="category" name="category" value="${q.category}" placeholder="e.g. nhk"></p>
      <p class="field"><label for="since">Since</label><input id="since" name="since" type="date" value="${q.since}"></p>
      <p class="field"><label for="state">Read state</label><select id="state" name="state">
        <option value="all"${q.state === 'all' ? html` selected` : ''}>All readings</option>
        <option value="unread"${q.state === 'unread' ? html` selected` : ''}>Unread only</option>
      </select></p>
      <p class="field field-actions"><button type="submit">Apply</button> <a href="/">Clear</a></p>
    </div>
  </details>
</form>`;
}

function row(r: LibraryRow): Html {
  return html`<li class="item${r.reading.readCount === 0 ? ' item-unread' : ''}">
  <h2 class="item-title"${textAttributes(r.reading.language)}><a href="${readingHref(r.reading.id)}">${r.reading.title || 'Untitled'}</a></h2>
  ${readingMeta(r.reading, r.story, { outletLink: true })}
  ${r.snippet ? html`<p class="snippet"${textAttributes(r.reading.language)}>${snippetHtml(r.snippet)}</p>` : ''}
</li>`;
}

function heading(data: LibraryData): Html {
  const { query, total } = data;
  if (query.q) return html`<h1>Results for “${query.q}”</h1>`;
  return html`<h1>Library${total !== null ? html` <span class="count">${plural(total, 'reading')}</span>` : ''}</h1>`;
}

function empty(data: LibraryData): Html {
  if (data.query.q) return html`<p class="empty">No readings match “${data.query.q}”. Try fewer words, or a prefix such as <code>troop*</code>.</p>`;
  if (data.total === 0 && data.query.page === 1 && !queryParams(data.query).source && !data.query.category && !data.query.since && data.query.state === 'all') {
    return html`<div class="empty"><p>Your library is empty.</p><p><a class="button" href="/add">Add your first reading</a></p></div>`;
  }
  return html`<p class="empty">No readings match these filters. <a href="/">Show all readings</a></p>`;
}

/** Download what the filters show (a search's ranking is not kept: the export is every reading the filters let through). */
function exportLinks(data: LibraryData): Html | null {
  if (data.query.q || data.rows.length === 0) return null;
  const { q: _q, ...filters } = queryParams(data.query);
  const href = (format: string): string => `/export${queryString({ format, ...filters })}`;
  const what = filters.source || filters.category || filters.since || filters.state ? 'these readings' : 'the library';
  return html`<p class="export muted">Download ${what}: <a href="${href('jsonl')}" download>JSONL</a> (everything, original inputs included) · <a href="${href('markdown')}" download>Markdown</a></p>`;
}

/** The library: search box and filters, then readings newest first (or best match first), with paging. */
export function libraryView(data: LibraryData): Html {
  return html`<div class="library">
  <div class="page-head">${heading(data)}<a class="button" href="/add">Add reading</a></div>
  ${filters(data.query)}
  ${data.done ? notice('success', data.done) : ''}
  ${data.error ? notice('error', data.error) : ''}
  ${data.rows.length ? html`<ol class="items">${data.rows.map(row)}</ol>` : empty(data)}
  ${pager({ ...queryParams(data.query) }, data.query.page, data.hasNext, data.total, data.pageSize)}
  ${exportLinks(data)}
</div>`;
}
