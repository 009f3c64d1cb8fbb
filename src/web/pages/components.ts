import type { Reading, ReadingSummary } from '../../domain/types.js';
import { firstOutlets } from '../../service/story-outlets.js';
import { formatDay, sourceLabel, plural, readingTime } from './format.js';
import { UNKNOWN_OUTLET } from '../../domain/outlets.js';
import { html, join, trusted, type Html } from './html.js';
import { csrfField } from '../auth/csrf.js';

/** Link to a reading. */
export const readingHref = (id: string): string => `/readings/${encodeURIComponent(id)}`;
export const storyHref = (id: string): string => `/stories/${encodeURIComponent(id)}`;

/** Each outlet once, linked to the reading where it says it; past `NAMED_OUTLETS`, how many more. */
/** Languages written right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb']);

/**
 * The `lang` and `dir` attributes of a reading's own words (its title, body,
 * summary): Arabic, Hebrew, Persian or Urdu right to left; a reading of no
 * known language as its first letter goes.
 */
export function textAttributes(language: string | null): Html {
  if (!language) return html` dir="auto"`;
  return html` lang="${language}" dir="${RIGHT_TO_LEFT.has(language) ? 'rtl' : 'auto'}"`;
}

export function outletChips(mentions: readonly { id: string; outlet: string | null }[]): Html {
  const { named, more } = firstOutlets(mentions);
  const links = named.map(({ name, id }) => html`<a class="chip" href="${readingHref(id)}">${name}</a>`);
  return join(more > 0 ? [...links, html`<span class="muted">and ${plural(more, 'more outlet')}</span>`] : links, ' ');
}

/** A query string from the non-empty values, "?a=1&b=2", or "" when there are none. */
export function queryString(params: Record<string, string | number | null | undefined | false>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== false && v !== '') search.set(k, String(v));
  const s = search.toString();
  return s ? `?${s}` : '';
}

export function timeTag(iso: string | null): Html | null {
  if (!iso) return null;
  return html`<time datetime="${iso}">${formatDay(iso)}</time>`;
}

/** A reading's day: its publication date, else "added" and the day it was added, by which it sorts. */
export function dayTag(r: { publishedAt: string | null; createdAt: string }): Html {
  return timeTag(r.publishedAt) ?? html`<span title="No publication date found">added ${timeTag(r.createdAt)}</span>`;
}

export function readState(r: Pick<Reading, 'readCount'>): Html {
  return r.readCount === 0 ? html`<span class="badge badge-unread">Unread</span>` : html`<span>Read ${plural(r.readCount, 'time')}</span>`;
}

/** Outlet · date · words · reading time · read count (· "+4 outlets"): one reading's line in lists. */
export interface StoryBadge {
  id: string;
  /** Outlets in the story other than the reading's own. */
  otherOutlets: number;
  otherReadings: number;
}

/** "+4 outlets", or "+2 readings" when the others are from the same outlet. */
export function storyBadgeText(s: StoryBadge): string {
  return s.otherOutlets > 0 ? `+${plural(s.otherOutlets, 'outlet')}` : `+${plural(s.otherReadings, 'reading')}`;
}

/** Who a reading is from (`sourceLabel`); with `link`, a named outlet links to the library filtered by it. */
export function outletTag(r: Pick<ReadingSummary, 'outlet' | 'url'>, link: boolean): Html {
  if (link && r.outlet) return html`<a href="/${queryString({ source: r.outlet })}" class="outlet">${r.outlet}</a>`;
  const label = sourceLabel(r);
  // The tag opens its line (a list's meta, the reader's head): a site's address stays as written, the words start a line.
  return label === UNKNOWN_OUTLET ? html`<span class="outlet unknown">Unknown outlet</span>` : html`<span class="outlet">${label}</span>`;
}

export function readingMeta(r: ReadingSummary, story: StoryBadge | null, options: { outletLink?: boolean } = {}): Html {
  const parts: (Html | string)[] = [outletTag(r, options.outletLink ?? false)];
  parts.push(dayTag(r));
  if (r.extractionStatus === 'failed') parts.push(html`<span class="badge badge-error">Extraction failed</span>`);
  else parts.push(plural(r.wordCount, 'word'), readingTime(r));
  parts.push(readState(r));
  if (story) parts.push(html`<a class="badge badge-story" href="${storyHref(story.id)}" title="The same story from other outlets">${storyBadgeText(story)}</a>`);
  return html`<p class="meta">${join(parts, html`<span class="sep" aria-hidden="true"> · </span>`)}</p>`;
}

/** Page numbers with previous/next links. */
export function pager(base: Record<string, string | null>, page: number, hasNext: boolean, total: number | null, pageSize: number): Html | null {
  if (page === 1 && !hasNext) return null;
  const pages = total === null ? null : Math.max(1, Math.ceil(total / pageSize));
  const link = (p: number, label: string, rel: string): Html => html`<a href="/${queryString({ ...base, page: p > 1 ? p : null })}" rel="${rel}">${label}</a>`;
  return html`<nav class="pager" aria-label="Pages">
    ${page > 1 ? link(page - 1, '← Previous', 'prev') : html`<span></span>`}
    <span class="pager-at">Page ${page}${pages ? html` of ${pages}` : ''}</span>
    ${hasNext ? link(page + 1, 'Next →', 'next') : html`<span></span>`}
  </nav>`;
}

/** A message box: notice, or error in plain words. */
export function notice(kind: 'info' | 'error' | 'success', body: Html | string): Html {
  return html`<div class="notice notice-${kind}" role="${kind === 'error' ? 'alert' : 'status'}">${body}</div>`;
}

/** The hidden field every form that changes something carries (checked by the server core's CSRF guard). */
export const csrfInput = (token: string): Html => trusted(csrfField(token));
